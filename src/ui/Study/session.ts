/**
 * What a review session asks, and in which order (pure: the screen passes the time in).
 *
 * Due now, most overdue first, then the new cards in the notes' reading order (a concept before
 * the ones written after it, which often build on it). New cards are all due: the student
 * chooses how much to learn by the scope ("study this section") and by stopping; there is no
 * daily cap to explain.
 */
import type { StudyCard } from '../../notes/study';
import { progressOf, type MapRecords } from './records';

export interface SessionQueue {
  /** The cards due now, in the order they are asked. */
  due: StudyCard[];
  /** How many of them are new. */
  fresh: number;
  /** Cards reviewed today (since local midnight), due or not now. */
  doneToday: number;
  /** When the next card not due yet falls due (epoch ms), null if none is waiting. */
  nextDue: number | null;
}

export function sessionQueue(
  cards: readonly StudyCard[],
  records: MapRecords,
  now: number,
): SessionQueue {
  const reviews: { card: StudyCard; due: number }[] = [];
  const fresh: StudyCard[] = [];
  let doneToday = 0;
  let nextDue: number | null = null;
  const midnight = startOfDay(now);
  for (const card of cards) {
    const progress = progressOf(card, records);
    if (progress === null) {
      fresh.push(card);
      continue;
    }
    if (progress.lastReview !== null && progress.lastReview >= midnight) doneToday += 1;
    if (progress.due <= now) reviews.push({ card, due: progress.due });
    else if (nextDue === null || progress.due < nextDue) nextDue = progress.due;
  }
  reviews.sort((a, b) => a.due - b.due || a.card.order - b.card.order);
  return {
    due: [...reviews.map((review) => review.card), ...fresh],
    fresh: fresh.length,
    doneToday,
    nextDue,
  };
}

function startOfDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** "Name it" or "explain it". */
export type Direction = 'name' | 'explain';

/** The directions a session asks in: one of them, or both in turn (the default). */
export type AskMode = Direction | 'mixed';

/**
 * The direction a card is asked in. Mixed turns each card around at every review (its review
 * count), so a concept is practised both ways: first named from its text, then explained.
 */
export function directionOf(mode: AskMode, reps: number): Direction {
  if (mode !== 'mixed') return mode;
  return reps % 2 === 0 ? 'name' : 'explain';
}
