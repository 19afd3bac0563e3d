/**
 * The concept graph: what every view of Musubi (map, panel, outline, search, presentation, CLI)
 * is drawn from. Built by buildConceptGraph from the documents of a map (one notes file, or every
 * file of a notebook folder); plain data, JSON-serialisable.
 */
import type { Block, Diagnostic, Inline } from '../document/model';
import type { RelationKind } from './relations';

/**
 * A node id: the slug of the concept's name, made only by `conceptId()` (ids.ts), or, for two
 * different concepts of a notebook that share a name, that slug qualified by the concept's file
 * (`qualifiedConceptId()`, identity.ts). Used as the Cytoscape id, the route parameter and the
 * map key, so it must be stable across edits of unrelated notes (shared links keep working).
 */
export type NodeId = string & { readonly __brand: 'NodeId' };

/** title = the document title; section = a section heading; term = a definition-list term. */
export type ConceptKind = 'title' | 'section' | 'term';

export interface ConceptLink {
  text: string;
  url: string;
}

/** One place in the notes where a concept is written down (merged concepts have several). */
export interface ConceptOccurrence {
  kind: ConceptKind;
  /**
   * The notes file it is written in, as diagnostics name it (`data/kubernetes.rst`,
   * `data/cryptography/Enigma.md`): a concept of a notebook may be written in several files.
   */
  file: string;
  /** Titles of the enclosing sections, outermost first (the document title is not included). */
  path: string[];
  /**
   * The concept this occurrence is written inside (its section, or the term whose definition
   * holds it; the notes' title for a top-level section; for a file's own concept, the file whose
   * `toctree` lists it), null at the top. The map draws a concept inside the parent of its first
   * occurrence.
   */
  parent: NodeId | null;
  /** Rich body: the blocks written under this occurrence, minus nested concepts of their own. */
  blocks: Block[];
  /** Classifiers of a term (`term : classifier`). */
  classifiers: Inline[][];
  line: number;
  endLine: number;
}

export interface ConceptNode {
  id: NodeId;
  label: string;
  aliases: string[];
  /** Kind of the first occurrence. */
  kind: ConceptKind;
  /** Section path of the first occurrence. */
  path: string[];
  /** Ids of the concepts on `path`, where each has a node (for clickable breadcrumbs). */
  pathIds: (NodeId | null)[];
  occurrences: ConceptOccurrence[];
  /** Plain text of all occurrences' bodies (docutils astext(): blocks joined by a blank line). */
  text: string;
  /** Every hyperlink in the body, in order, unresolved ones excluded (they are diagnostics). */
  links: ConceptLink[];
  /** Source lines where the concept is written (one per occurrence, in `occurrences[i].file`). */
  lines: number[];
  /**
   * Tags, without `#`, in the order first written: Markdown `#tags` in the concept's own text,
   * and for a file's own concept its frontmatter `tags` (a filterable group on the map).
   */
  tags: string[];
  /** Position in the notes' own reading order (0-based): the default tour follows it. */
  order: number;
}

export interface ConceptEdge {
  id: string;
  /** A in "A → B": B is part of A, or defined in terms of A. */
  source: NodeId;
  target: NodeId;
  kind: RelationKind;
  label: string;
  /**
   * Why the relation exists, for a `mentions` or `links` edge: the sentence (or clause, up to
   * ~120 characters) of the target's text that names or refers to the source, and where it is
   * written.
   */
  evidence?: Evidence;
}

export interface Evidence {
  text: string;
  /** 1-based line in `file`. */
  line: number;
  file: string;
}

export interface Tour {
  name: string;
  title: string;
  steps: NodeId[];
  /** Every step is asked as a question first (`quiz: true` on the tour in the companion file). */
  quiz?: boolean;
  /** What the companion file says of single steps, for the steps it says something of. */
  stepDetails?: TourStepDetail[];
}

/** A tour step's speaker notes, and whether it is a question (overriding the tour's `quiz`). */
export interface TourStepDetail {
  step: NodeId;
  notes?: string;
  quiz?: boolean;
}

export interface ConceptGraph {
  /**
   * The map id: the notes file's stem (`kubernetes` for data/kubernetes.rst), or a notebook
   * folder's name (`cryptography` for data/cryptography/).
   */
  mapId: string;
  /**
   * The notes' title (a notebook's: its root `index` or `README` file's title), or the map id
   * when they have none.
   */
  title: string;
  /** The notes' subtitle (reST promotes a lone second-level title to it), when they have one. */
  subtitle?: string;
  nodes: ConceptNode[];
  edges: ConceptEdge[];
  /** Named tours from the companion file; the default tour is `nodes` sorted by `order`. */
  tours: Tour[];
  /** Problems in the notes and in the companion file; the graph is built regardless. */
  diagnostics: GraphDiagnostic[];
  /** Study mode's settings from the companion file (`study:`); absent when it says none. */
  study?: StudySettings;
}

interface StudySettings {
  /** Concepts never asked in study mode (named directly, or steps of an excluded tour). */
  exclude: NodeId[];
}

export interface GraphDiagnostic extends Diagnostic {
  /** The file the problem is in (notes or companion), relative to the project. */
  file: string;
}
