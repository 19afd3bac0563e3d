/**
 * Applies a checked companion file to a built concept graph: aliases, edge removals and
 * additions, edge labels, named tours, concepts left out of study. Pure: returns a new graph. Concept names that match no
 * node become warnings at the companion line that names them, and the rest still applies.
 */
import { RELATION_LABELS } from '../concepts/relations';
import type { Companion, CompanionEdge, ConceptRef } from './model';
import { conceptId, referencedId } from '../concepts/ids';
import type {
  ConceptEdge,
  ConceptGraph,
  ConceptNode,
  GraphDiagnostic,
  NodeId,
  Tour,
  TourStepDetail,
} from '../concepts/model';

export function applyCompanion(
  graph: ConceptGraph,
  companion: Companion,
  file: string,
  /**
   * Named in "no concept ... in <notes>" warnings: the notes file's name, or the notebook
   * folder's; the map id's `.rst` by default.
   */
  notesFile = `${graph.mapId}.rst`,
): ConceptGraph {
  const diagnostics: GraphDiagnostic[] = [];
  const warn = (line: number, message: string) =>
    diagnostics.push({ file, line, severity: 'warning', message });

  const nodes = withCompanionAliases(graph.nodes, companion, conceptResolver(graph.nodes));
  // Resolved again with the companion's aliases on the nodes, so a tour may say サイドカー.
  const resolve = conceptResolver(nodes);
  const resolveOrWarn = (ref: ConceptRef, consequence: string): NodeId | null => {
    const id = resolve(ref.name);
    if (id === null)
      warn(ref.line, `${ref.path}: no concept "${ref.name}" in ${notesFile}; ${consequence}`);
    return id;
  };
  for (const { concept } of companion.aliases) resolveOrWarn(concept, 'the aliases are unused');

  /** Both ends resolved, or null (with a warning per unknown end). */
  const resolveEdge = (edge: CompanionEdge, consequence: string) => {
    const source = resolveOrWarn(edge.from, consequence);
    const target = resolveOrWarn(edge.to, consequence);
    return source !== null && target !== null ? { source, target } : null;
  };
  const matches = (
    edge: ConceptEdge,
    ends: { source: NodeId; target: NodeId },
    rule: CompanionEdge,
  ) =>
    edge.source === ends.source &&
    edge.target === ends.target &&
    (rule.kind === undefined || edge.kind === rule.kind);
  const describe = (rule: CompanionEdge) =>
    `${rule.path}: no ${rule.kind ? `${rule.kind} ` : ''}edge from "${rule.from.name}" to "${rule.to.name}"`;

  let edges = graph.edges;

  for (const rule of companion.removeEdges) {
    const ends = resolveEdge(rule, 'nothing removed');
    if (!ends) continue;
    const kept = edges.filter((edge) => !matches(edge, ends, rule));
    if (kept.length === edges.length) warn(rule.line, `${describe(rule)}; nothing removed`);
    edges = kept;
  }

  for (const rule of companion.addEdges) {
    const ends = resolveEdge(rule, 'edge not added');
    if (!ends) continue;
    const id = `extra:${ends.source}->${ends.target}`;
    if (ends.source === ends.target) {
      warn(rule.line, `${rule.path}: an edge from "${rule.from.name}" to itself; edge not added`);
    } else if (edges.some((edge) => edge.id === id)) {
      warn(rule.line, `${rule.path}: this edge is already added above; ignored`);
    } else {
      edges = [
        ...edges,
        {
          id,
          ...ends,
          kind: 'extra',
          label: rule.label ?? companion.edgeLabels.extra ?? RELATION_LABELS.extra,
        },
      ];
    }
  }

  // Kind labels first, so that a label for a single edge wins over the label of its kind.
  // (Added edges already got theirs above, unless they carry their own.)
  edges = edges.map((edge) => {
    const kindLabel = companion.edgeLabels[edge.kind];
    return kindLabel !== undefined && edge.kind !== 'extra' ? { ...edge, label: kindLabel } : edge;
  });

  for (const rule of companion.labelEdges) {
    const ends = resolveEdge(rule, 'label not applied');
    if (!ends) continue;
    if (!edges.some((edge) => matches(edge, ends, rule))) {
      warn(rule.line, `${describe(rule)}; label not applied`);
      continue;
    }
    edges = edges.map((edge) =>
      matches(edge, ends, rule) ? { ...edge, label: rule.label! } : edge,
    );
  }

  const tours: Tour[] = [...graph.tours];
  for (const tour of companion.tours) {
    const steps: NodeId[] = [];
    const stepDetails: TourStepDetail[] = [];
    for (const step of tour.steps) {
      const id = resolveOrWarn(step, 'step skipped');
      if (id === null) continue;
      steps.push(id);
      if (step.notes !== undefined || step.quiz !== undefined) {
        stepDetails.push({
          step: id,
          ...(step.notes !== undefined && { notes: step.notes }),
          ...(step.quiz !== undefined && { quiz: step.quiz }),
        });
      }
    }
    if (steps.length === 0) {
      warn(tour.line, `${tour.path}: the tour has no steps that name a concept; tour skipped`);
      continue;
    }
    tours.push({
      name: tour.name,
      title: tour.title,
      steps,
      ...(tour.quiz && { quiz: true }),
      ...(stepDetails.length > 0 && { stepDetails }),
    });
  }

  const excluded = new Set<NodeId>(graph.study?.exclude ?? []);
  for (const ref of companion.study.excludeConcepts) {
    const id = resolveOrWarn(ref, 'not excluded from study');
    if (id !== null) excluded.add(id);
  }
  for (const ref of companion.study.excludeTours) {
    const tour = tours.find((candidate) => candidate.name === ref.name);
    if (tour) for (const id of tour.steps) excluded.add(id);
    else warn(ref.line, `${ref.path}: no tour "${ref.name}" in this file; nothing excluded`);
  }

  return {
    ...graph,
    nodes,
    edges,
    tours,
    diagnostics: [...graph.diagnostics, ...diagnostics],
    ...(excluded.size > 0 && { study: { exclude: [...excluded] } }),
  };
}

/**
 * Finds a concept by id, by name (through conceptId, so `Ingress Controller` and
 * `ingress-controller` both work) or by one of its aliases. A notebook's qualified id
 * (`caesar-cipher--how-it-works`) is matched as written (referencedId).
 */
function conceptResolver(nodes: readonly ConceptNode[]): (name: string) => NodeId | null {
  const byKey = new Map<string, NodeId>();
  for (const node of nodes) for (const alias of node.aliases) byKey.set(conceptId(alias), node.id);
  for (const node of nodes) byKey.set(conceptId(node.label), node.id);
  for (const node of nodes) byKey.set(node.id, node.id);
  return (name) => byKey.get(referencedId(name)) ?? null;
}

/**
 * buildConceptGraph receives the aliases too (they count as mentions); merging them here as
 * well keeps them on the node whatever the builder does with them, without duplicates.
 */
function withCompanionAliases(
  nodes: readonly ConceptNode[],
  companion: Companion,
  resolve: (name: string) => NodeId | null,
): ConceptNode[] {
  const extra = new Map<NodeId, string[]>();
  for (const { concept, names } of companion.aliases) {
    const id = resolve(concept.name);
    if (id !== null) extra.set(id, [...(extra.get(id) ?? []), ...names]);
  }
  return nodes.map((node) => {
    const names = extra.get(node.id);
    if (!names) return node;
    const aliases = [...node.aliases];
    for (const name of names)
      if (name !== node.label && !aliases.includes(name)) aliases.push(name);
    return { ...node, aliases };
  });
}
