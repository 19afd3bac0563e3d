/**
 * FSRS scheduling through ts-fsrs (issue 12: "a well-kept library"). This is the only file that
 * imports it: it turns a stored record into ts-fsrs's Card and back, so the rest of the app (and
 * the explorer, which only reads records) never loads the scheduler.
 *
 * Parameters are ts-fsrs's defaults (90 % retention, learning steps 1 min and 10 min), with
 * fuzz on: cards learnt together are spread over neighbouring days instead of all falling due on
 * the same one. ts-fsrs seeds the fuzz from the card itself, so a review is reproducible.
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
} from 'ts-fsrs';
import type { StudyCard } from '../../notes/study';
import type { CardState, StudyRecord } from './records';

/** The four answers, in the order of their keys 1–4. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const RATINGS: Readonly<Record<GradeName, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATES: Readonly<Record<CardState, State>> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const STATE_NAMES: Readonly<Record<State, CardState>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const scheduler = fsrs(generatorParameters({ enable_fuzz: true }));

function toCard(record: StudyRecord | null, now: number): Card {
  if (record === null) return createEmptyCard(new Date(now));
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5; computed from last_review
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: STATES[record.state],
    ...(record.lastReview !== null && { last_review: new Date(record.lastReview) }),
  };
}

function toRecord(map: string, card: StudyCard, scheduled: Card): StudyRecord {
  return {
    map,
    id: card.id,
    hash: card.hash,
    due: scheduled.due.getTime(),
    stability: scheduled.stability,
    difficulty: scheduled.difficulty,
    scheduledDays: scheduled.scheduled_days,
    learningSteps: scheduled.learning_steps,
    reps: scheduled.reps,
    lapses: scheduled.lapses,
    state: STATE_NAMES[scheduled.state],
    lastReview: scheduled.last_review?.getTime() ?? null,
  };
}

/**
 * The record after answering `grade` at `now`. `progress` is the card's current progress
 * (progressOf: null for a new or changed card, which starts from an empty FSRS card).
 */
export function review(
  map: string,
  card: StudyCard,
  progress: StudyRecord | null,
  grade: GradeName,
  now: number,
): StudyRecord {
  const next = scheduler.next(toCard(progress, now), new Date(now), RATINGS[grade]);
  return toRecord(map, card, next.card);
}

/** For each answer, how long until the card would be asked again (ms), shown on its button. */
export function nextIntervals(
  progress: StudyRecord | null,
  now: number,
): Record<GradeName, number> {
  const preview = scheduler.repeat(toCard(progress, now), new Date(now));
  const after = (grade: GradeName) => preview[RATINGS[grade]].card.due.getTime() - now;
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}
