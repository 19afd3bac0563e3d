/**
 * Study cards, made from the notes with no authoring (issue 12): every concept with text of its
 * own is a card, asked in two directions ("name it": the text is shown with the name blanked;
 * "explain it": the name is shown, the text is the answer). A concept with no text of its own
 * has nothing to ask and is skipped, and so is every concept the companion file excludes
 * (`study: { exclude: [...] }`, resolved into `graph.study.exclude` by applyCompanion).
 *
 * Pure: the browser keeps the scheduling state (src/ui/Study), keyed by map and concept id, with
 * the card's `hash` so that a definition rewritten since the last review is asked as new.
 */
import type { ConceptGraph, ConceptNode, NodeId } from '../concepts/model';

export interface StudyCard {
  id: NodeId;
  label: string;
  /** The label and the aliases: what "name it" hides. */
  names: readonly string[];
  /** Fingerprint of the card's text (cardHash): when it changes, the card starts over. */
  hash: string;
  /** The concept's place in the notes' reading order: new cards are asked in that order. */
  order: number;
}

/**
 * The cards of a map, made once per graph: the node panel asks for them on every selection, and
 * hashing every text of a map of thousands of concepts each time took half of the panel's render
 * (issue 15, click → panel). A graph is never changed once built, so its cards stay right.
 */
const cardsOfGraph = new WeakMap<ConceptGraph, readonly StudyCard[]>();

/** The cards of a map, in the notes' reading order. */
export function studyCards(graph: ConceptGraph): readonly StudyCard[] {
  let cards = cardsOfGraph.get(graph);
  if (!cards) {
    cards = makeCards(graph);
    cardsOfGraph.set(graph, cards);
  }
  return cards;
}

function makeCards(graph: ConceptGraph): StudyCard[] {
  const excluded = new Set<NodeId>(graph.study?.exclude ?? []);
  return graph.nodes
    .filter((node) => hasOwnText(node) && !excluded.has(node.id))
    .sort((a, b) => a.order - b.order)
    .map((node) => ({
      id: node.id,
      label: node.label,
      names: [node.label, ...node.aliases],
      hash: cardHash(node.text),
      order: node.order,
    }));
}

function hasOwnText(node: ConceptNode): boolean {
  return node.text.trim() !== '';
}

/**
 * A fingerprint of a card's text. Whitespace is collapsed first: re-wrapping a paragraph or
 * re-indenting a definition does not change what is asked, so it keeps the card's progress.
 * cyrb53 (a public-domain 53-bit string hash): enough to tell edits apart, no crypto needed, and
 * synchronous, so the map can compare hashes while it draws.
 */
export function cardHash(text: string): string {
  const normalised = text.replace(/\s+/gu, ' ').trim();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
