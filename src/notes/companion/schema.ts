/**
 * The shape of a companion file (`data/<map>.map.yaml`), one small zod schema per unit.
 *
 * The file is validated unit by unit (one alias entry, one edge, one tour step) rather than as a
 * whole, so a mistake drops only the unit it is in and the rest of the file still applies.
 *
 * Every `error` below is the "expected ..." half of a diagnostic: companion.ts adds the key path
 * in front and what was actually found behind (`tours.intro.steps[2]: expected a concept name
 * (string), got a number`).
 */
import { z } from 'zod';
import { RELATION_KINDS } from '../concepts/relations';

export const TOP_LEVEL_KEYS = ['aliases', 'edgeLabels', 'edges', 'tours', 'study'] as const;

/** A concept is named by its name as written in the notes, or by its id (`ingress-controller`). */
export const conceptRefSchema = z
  .string({ error: 'a concept name (string)' })
  .trim()
  .min(1, { error: 'a concept name (not empty)' });

const nameSchema = z
  .string({ error: 'a name (string)' })
  .trim()
  .min(1, { error: 'a name (not empty)' });

const labelSchema = z.string({ error: 'a label (string)' }).trim();

/** `Sidecar: [サイドカー]`; a single name (`Sidecar: サイドカー`) is read as a list of one. */
export const aliasNamesSchema = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(nameSchema, { error: 'a list of names' }),
);

/** Keys the strict objects below accept, listed in their "unknown key" diagnostics. */
function strict<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `one of ${keys}` : what),
  });
}

const edgeKindSchema = z.enum(RELATION_KINDS, {
  error: `an edge kind (${RELATION_KINDS.join(', ')})`,
});

export const edgeLabelsSchema = strict(
  {
    nesting: labelSchema.optional(),
    mentions: labelSchema.optional(),
    extra: labelSchema.optional(),
  },
  'a mapping from edge kind to label',
);

/** `edges:` itself; its lists are checked item by item with the schemas after it. */
export const edgesSectionSchema = strict(
  {
    add: z.array(z.unknown(), { error: 'a list of edges' }).optional(),
    remove: z.array(z.unknown(), { error: 'a list of edges' }).optional(),
    label: z.array(z.unknown(), { error: 'a list of edges' }).optional(),
  },
  'a mapping with add, remove and label',
);

export const addEdgeSchema = strict(
  { from: conceptRefSchema, to: conceptRefSchema, label: labelSchema.optional() },
  'an edge { from, to, label }',
);

export const removeEdgeSchema = strict(
  { from: conceptRefSchema, to: conceptRefSchema, kind: edgeKindSchema.optional() },
  'an edge { from, to }',
);

export const labelEdgeSchema = strict(
  {
    from: conceptRefSchema,
    to: conceptRefSchema,
    label: labelSchema,
    kind: edgeKindSchema.optional(),
  },
  'an edge { from, to, label }',
);

const quizSchema = z.boolean({ error: 'true or false' });

/** One tour; its steps are checked one by one so that one bad step does not lose the tour. */
export const tourSchema = strict(
  {
    title: z.string({ error: 'a title (string)' }).optional(),
    /** Every step is a question first: the room names the concept before the card does. */
    quiz: quizSchema.optional(),
    steps: z.array(z.unknown(), { error: 'a list of concept names' }),
  },
  'a tour { title, quiz, steps }',
);

/**
 * A step written as a mapping rather than a name: the concept, what the speaker wants to say
 * there (shown in the speaker view only) and whether it is asked as a question first.
 */
export const tourStepSchema = strict(
  {
    concept: conceptRefSchema,
    notes: z.string({ error: 'speaker notes (text)' }).optional(),
    quiz: quizSchema.optional(),
  },
  'a tour step { concept, notes, quiz }',
);

/** `study:` itself; its exclude list is checked item by item with the schemas after it. */
export const studySectionSchema = strict(
  {
    exclude: z
      .array(z.unknown(), { error: 'a list of concept names or { tour: name }' })
      .optional(),
  },
  'a mapping with exclude',
);

/** One item of `study.exclude` that names a tour: `{ tour: architecture }`. */
export const excludedTourSchema = strict(
  {
    tour: z
      .string({ error: 'a tour name (string)' })
      .trim()
      .min(1, { error: 'a tour name (not empty)' }),
  },
  'a concept name or { tour: name }',
);

// z.custom, not z.record: z.record copies entries into a fresh plain object, where a key named
// `__proto__` (a concept may be called that) sets the prototype instead of adding an entry and
// silently vanishes. yaml's toJS defines such keys as own properties; this keeps its object.
export const mappingSchema = z.custom<Record<string, unknown>>(
  (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
  { error: 'a mapping' },
);
