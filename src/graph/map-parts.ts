/**
 * A big map in parts (issue 15, "data that scales"): the map opens on its skeleton, every concept
 * and relation with its place but without its text, and the texts come in parts of the map, loaded
 * when a concept is shown (the panel, a preview) or when everything is needed (search in the
 * text, study, presenting). The build splits (splitMap, Node); the app joins (textsFromParts).
 *
 * What the skeleton leaves out of a concept: its plain text, its links, and each occurrence's
 * body and classifiers; of a relation: its evidence. Everything else (names, aliases, places,
 * lines, tags, order, every relation) is in the skeleton, so the map, the outline, deep links and
 * search by name work before any text has arrived.
 *
 * Pure: used by the build (src/site/virtual-maps.ts) and by the app.
 */
import type { Block, Inline } from '../notes/document/model';
import type {
  ConceptEdge,
  ConceptGraph,
  ConceptLink,
  ConceptNode,
  Evidence,
  NodeId,
} from '../notes/concepts/model';
import type { ConceptTexts, ConceptWithText, MapBundle } from './map-bundle';

/** What the skeleton leaves out of one concept. */
interface ConceptText {
  text: string;
  links: ConceptLink[];
  /** Per occurrence, in order: its body and its classifiers. */
  bodies: { blocks: Block[]; classifiers: Inline[][] }[];
}

/**
 * One part of a map's texts: its concepts' texts, and the evidence of every relation that has an
 * end among them (a relation between two parts is in both, so either end's part explains it).
 * Pairs, not objects keyed by id: a concept may be called `__proto__`.
 */
export interface TextPart {
  concepts: [NodeId, ConceptText][];
  evidence: [string, Evidence][];
}

export interface SplitMap {
  /** The map without texts: its graph is the skeleton. */
  skeleton: MapBundle;
  parts: TextPart[];
  /** For each concept of the skeleton (in the order of `skeleton.graph.nodes`), its part. */
  partOf: number[];
}

/**
 * About how many bytes of JSON a part holds: small enough that the concept a reader opens costs
 * a few milliseconds to fetch and parse, large enough that a map of 50,000 concepts has a few
 * hundred parts, not thousands.
 */
const PART_BYTES = 120_000;

/**
 * Splits a map into its skeleton and its text parts. Concepts go to parts in the notes' reading
 * order, so a part holds neighbouring concepts (a section's terms together): the concepts a
 * reader looks at together come in one part.
 */
export function splitMap(bundle: MapBundle, partBytes = PART_BYTES): SplitMap {
  const { graph } = bundle;
  const indexOf = new Map<NodeId, number>(graph.nodes.map((node, index) => [node.id, index]));
  const reading = graph.nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => a.node.order - b.node.order);
  const partOf = new Array<number>(graph.nodes.length).fill(0);
  const parts: TextPart[] = [];
  let current: TextPart | null = null;
  let bytes = 0;
  for (const { node, index } of reading) {
    const text = textOf(node);
    const size = JSON.stringify(text).length;
    if (!current || (bytes > 0 && bytes + size > partBytes)) {
      current = { concepts: [], evidence: [] };
      parts.push(current);
      bytes = 0;
    }
    current.concepts.push([node.id, text]);
    partOf[index] = parts.length - 1;
    bytes += size;
  }
  for (const edge of graph.edges) {
    if (!edge.evidence) continue;
    const ends = new Set(
      [edge.source, edge.target].flatMap((id) => {
        const index = indexOf.get(id);
        return index === undefined ? [] : [partOf[index]!];
      }),
    );
    for (const part of ends) parts[part]!.evidence.push([edge.id, edge.evidence]);
  }
  return {
    skeleton: { ...bundle, graph: skeletonOf(graph) },
    parts,
    partOf,
  };
}

function textOf(node: ConceptNode): ConceptText {
  return {
    text: node.text,
    links: node.links,
    bodies: node.occurrences.map(({ blocks, classifiers }) => ({ blocks, classifiers })),
  };
}

function skeletonOf(graph: ConceptGraph): ConceptGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({
      ...node,
      text: '',
      links: [],
      occurrences: node.occurrences.map((occurrence) => ({
        ...occurrence,
        blocks: [],
        classifiers: [],
      })),
    })),
    edges: graph.edges.map((edge) => {
      if (!edge.evidence) return edge;
      const { evidence: _evidence, ...rest } = edge;
      return rest;
    }),
  };
}

function withText(node: ConceptNode, text: ConceptText): ConceptNode {
  return {
    ...node,
    text: text.text,
    links: text.links,
    occurrences: node.occurrences.map((occurrence, index) => ({
      ...occurrence,
      ...(text.bodies[index] ?? { blocks: [], classifiers: [] }),
    })),
  };
}

/**
 * The seam the app reads texts through (MapBundle.texts): a concept's text loads its part once,
 * the whole graph loads every part once. `loadPart(i)` fetches part i (a dynamic import in the
 * app, a function in tests).
 */
export function textsFromParts(
  skeleton: ConceptGraph,
  partOf: readonly number[],
  loadPart: (index: number) => Promise<TextPart>,
): ConceptTexts {
  const partIndex = new Map<NodeId, number>(
    skeleton.nodes.map((node, index) => [node.id, partOf[index] ?? 0]),
  );
  const nodeById = new Map<NodeId, ConceptNode>(skeleton.nodes.map((node) => [node.id, node]));
  const partCount = Math.max(0, ...partOf.map((part) => part + 1));
  const loading = new Map<number, Promise<TextPart>>();
  const loaded = new Map<number, TextPart>();
  const texts = new Map<NodeId, ConceptText>();
  const evidence = new Map<string, Evidence>();
  let whole: Promise<ConceptGraph> | null = null;

  const part = (index: number): Promise<TextPart> => {
    let promise = loading.get(index);
    if (!promise) {
      promise = loadPart(index).then((data) => {
        loaded.set(index, data);
        for (const [id, text] of data.concepts) texts.set(id, text);
        for (const [id, why] of data.evidence) evidence.set(id, why);
        return data;
      });
      // A failed load may be tried again (the network came back).
      promise.catch(() => loading.delete(index));
      loading.set(index, promise);
    }
    return promise;
  };

  const relationsOf = (id: NodeId): ConceptEdge[] =>
    skeleton.edges
      .filter((edge) => edge.source === id || edge.target === id)
      .map((edge) => {
        const why = evidence.get(edge.id);
        return why ? { ...edge, evidence: why } : edge;
      });

  // The same object each time it is asked for: the panel re-renders only when it changes.
  const made = new Map<NodeId, ConceptWithText>();
  const known = (id: NodeId): ConceptWithText | null => {
    const done = made.get(id);
    if (done) return done;
    const node = nodeById.get(id);
    const text = texts.get(id);
    if (!node || !text) return null;
    const concept = { node: withText(node, text), relations: relationsOf(id) };
    made.set(id, concept);
    return concept;
  };

  return {
    loaded: known,
    async concept(id) {
      const index = partIndex.get(id);
      if (index === undefined) return null;
      await part(index);
      return known(id);
    },
    graph() {
      whole ??= Promise.all(Array.from({ length: partCount }, (_, index) => part(index))).then(
        () => ({
          ...skeleton,
          nodes: skeleton.nodes.map((node) => {
            const text = texts.get(node.id);
            return text ? withText(node, text) : node;
          }),
          edges: skeleton.edges.map((edge) => {
            const why = evidence.get(edge.id);
            return why ? { ...edge, evidence: why } : edge;
          }),
        }),
      );
      // A failed load may be tried again.
      whole.catch(() => (whole = null));
      return whole;
    },
  };
}

/**
 * What a map's module exports for a map in parts: the skeleton bundle with the seam to its texts
 * (src/site/virtual-maps.ts writes the call; each loader imports one part's chunk).
 *
 * @public imported only by the generated map modules, which knip cannot see.
 */
export function mapFromParts(
  split: { skeleton: MapBundle; partOf: readonly number[] },
  loaders: readonly (() => Promise<TextPart>)[],
): MapBundle {
  return {
    ...split.skeleton,
    texts: textsFromParts(split.skeleton.graph, split.partOf, (index) => {
      const load = loaders[index];
      return load ? load() : Promise.reject(new Error(`no part ${index} of this map`));
    }),
  };
}
