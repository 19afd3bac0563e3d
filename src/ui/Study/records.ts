/**
 * What the browser remembers about one card: its FSRS scheduling state (scheduler.ts writes it,
 * from ts-fsrs's Card) under the map and concept id, with the hash of the text it was earned on.
 * Plain data with times as epoch milliseconds, so IndexedDB, the JSON export and the tests all
 * hold the same thing. Deriving how well a card is known needs no scheduler: the explorer's
 * overlay and review dates read records without loading ts-fsrs.
 */
import type { KnowledgeStatus } from '../../graph/concept-map-handle';
import type { NodeId } from '../../notes/concepts/model';
import type { StudyCard } from '../../notes/study';

/** FSRS's card states (ts-fsrs `State`), by name so a stored record reads on its own. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

export interface StudyRecord {
  /** The map id (the notes file's stem). */
  map: string;
  /** The concept id. */
  id: string;
  /** cardHash() of the text this progress was made on: a different text starts over. */
  hash: string;
  /** When the card is next due (epoch ms). */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** When it was last rated (epoch ms), null if never. */
  lastReview: number | null;
}

/** A map's records by concept id. */
export type MapRecords = ReadonlyMap<string, StudyRecord>;

/**
 * The card's progress, or null when it is new: never reviewed, or its text changed since the
 * last review (the student learnt something else; the new text is asked from scratch).
 */
export function progressOf(card: StudyCard, records: MapRecords): StudyRecord | null {
  const record = records.get(card.id);
  return record && record.hash === card.hash ? record : null;
}

/**
 * How well a card is known, for the overlay: new (never reviewed, or changed), due (its review
 * is due now), learning (in its first short steps, or relearning after a lapse), known (in
 * review, not due).
 */
export function knowledgeOf(record: StudyRecord | null, now: number): KnowledgeStatus {
  if (record === null || record.state === 'new') return 'new';
  if (record.due <= now) return 'due';
  return record.state === 'review' ? 'known' : 'learning';
}

/** Every card's status, for `ConceptMapHandle.setKnowledge`. */
export function knowledgeMap(
  cards: readonly StudyCard[],
  records: MapRecords,
  now: number,
): Map<NodeId, KnowledgeStatus> {
  return new Map(cards.map((card) => [card.id, knowledgeOf(progressOf(card, records), now)]));
}

/**
 * Which of two records of one card to keep when importing: the more recently reviewed one (the
 * student's latest knowledge), the one already here on a tie.
 */
export function newerRecord(here: StudyRecord | undefined, imported: StudyRecord): StudyRecord {
  if (!here) return imported;
  return (imported.lastReview ?? -Infinity) > (here.lastReview ?? -Infinity) ? imported : here;
}
