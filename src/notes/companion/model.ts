/**
 * The companion file (`data/<map>.map.yaml`): what notes cannot say — extra names for concepts,
 * edge labels, extra or removed edges, named tours, what study mode leaves out. Optional; format in docs/graph-format.md.
 *
 * parseCompanion (parse.ts) reads and checks it: every mistake becomes a diagnostic
 * with the file, the line and the key path, and only the unit it is in (one alias entry, one
 * edge, one tour step) is dropped, so the map always builds. applyCompanion
 * (apply.ts) then resolves the concept names against the built graph.
 */
import { referencedId } from '../concepts/ids';
import type { NodeId } from '../concepts/model';
import type { RelationKind } from '../concepts/relations';

/** A concept named in the companion file, with where it was named (for "no concept" warnings). */
export interface ConceptRef {
  name: string;
  /** Key path, e.g. `tours.architecture.steps[3]`. */
  path: string;
  line: number;
}

export interface CompanionAlias {
  concept: ConceptRef;
  names: string[];
}

export interface CompanionEdge {
  from: ConceptRef;
  to: ConceptRef;
  /** Set for added and relabelled edges. */
  label?: string;
  /** Restricts remove/label to one kind of edge. */
  kind?: RelationKind;
  path: string;
  line: number;
}

/** A tour step: the concept, and what its mapping form (`{ concept, notes, quiz }`) adds. */
export interface CompanionTourStep extends ConceptRef {
  /** Speaker notes for the step, shown in the speaker view. */
  notes?: string;
  /** Asked as a question first (true), or told even in a quiz tour (false). */
  quiz?: boolean;
}

export interface CompanionTour {
  name: string;
  title: string;
  /** `quiz: true`: every step is asked as a question first. */
  quiz?: boolean;
  steps: CompanionTourStep[];
  path: string;
  line: number;
}

/** A tour named in the companion file (`study.exclude[2].tour`), with where it was named. */
interface TourRef {
  name: string;
  path: string;
  line: number;
}

/** `study:` — what study mode leaves out (issue 12). */
export interface CompanionStudy {
  excludeConcepts: ConceptRef[];
  excludeTours: TourRef[];
}

export interface Companion {
  aliases: CompanionAlias[];
  edgeLabels: Partial<Record<RelationKind, string>>;
  addEdges: CompanionEdge[];
  removeEdges: CompanionEdge[];
  labelEdges: CompanionEdge[];
  tours: CompanionTour[];
  study: CompanionStudy;
}

/**
 * Extra names per concept id, for buildConceptGraph (aliases count as mentions). Names are
 * resolved with conceptId, so `Sidecar`, `sidecar` and the id `sidecar` are one entry (a
 * notebook's qualified id as written: referencedId).
 */
export function companionAliases(companion: Companion): Map<NodeId, string[]> {
  const aliases = new Map<NodeId, string[]>();
  for (const { concept, names } of companion.aliases) {
    const id = referencedId(concept.name);
    const known = aliases.get(id) ?? [];
    aliases.set(id, [...known, ...names.filter((name) => !known.includes(name))]);
  }
  return aliases;
}
