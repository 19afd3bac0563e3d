/**
 * The study state as a JSON file, for a student moving to another browser (issue 12): every
 * map's records, times written as ISO dates so the file reads on its own. Reading a file checks
 * it record by record (zod); a file that is not one of ours, or a newer format, is refused with
 * a message saying so, and nothing is changed.
 */
import { z } from 'zod';
import { CARD_STATES, type StudyRecord } from './records';

// zod compiles its parsers with `new Function` unless told not to; the site's CSP forbids eval
// (src/site/content-security-policy.ts), and even zod's probe for it is reported as a violation.
z.config({ jitless: true });

const FORMAT = 'musubi-study';
const VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });

const recordSchema = z.object({
  map: z.string().min(1),
  id: z.string().min(1),
  hash: z.string(),
  due: isoDate,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(CARD_STATES),
  lastReview: isoDate.nullable(),
});

const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  exportedAt: isoDate,
  records: z.array(recordSchema),
});

type StudyFile = z.infer<typeof fileSchema>;

export function toStudyFile(records: readonly StudyRecord[], now: number): StudyFile {
  return {
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date(now).toISOString(),
    records: records.map((record) => ({
      ...record,
      due: new Date(record.due).toISOString(),
      lastReview: record.lastReview === null ? null : new Date(record.lastReview).toISOString(),
    })),
  };
}

/** The name the download gets: `musubi-study-2025-05-01.json`. */
export function studyFileName(now: number): string {
  return `musubi-study-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ReadResult =
  | { ok: true; records: StudyRecord[] }
  | { ok: false; problem: 'not-json' | 'not-study-file' | 'newer-version' | 'invalid' };

/** The records of an exported file, or why it cannot be read. */
export function readStudyFile(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (
    data === null ||
    typeof data !== 'object' ||
    (data as { format?: unknown }).format !== FORMAT
  ) {
    return { ok: false, problem: 'not-study-file' };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > VERSION)
    return { ok: false, problem: 'newer-version' };
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  return {
    ok: true,
    records: parsed.data.records.map((record) => ({
      ...record,
      due: Date.parse(record.due),
      lastReview: record.lastReview === null ? null : Date.parse(record.lastReview),
    })),
  };
}
