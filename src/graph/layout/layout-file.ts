/**
 * The layout file, `data/<map>.layout.json`, beside the notes and meant to be committed (issue 9:
 * "a layout that stays put"): where each concept was drawn, and which the author placed by hand.
 * The build reads it, lays out only what is new (index.ts) and writes it back; `npm start`
 * writes it when a concept is dragged. One concept per line, in the notes' order, so a change
 * shows as a small diff.
 *
 *   { "musubi": "layout", "version": 1,
 *     "positions": { "pod": [120, -40], ... },
 *     "pinned": ["pod"] }
 *
 * A file that cannot be read is reported and ignored (the map is laid out afresh), never fatal.
 */
import { z } from 'zod';
import type { MapLayout } from '../map-bundle';

const LAYOUT_FILE_VERSION = 1;

const layoutFileSchema = z.object({
  musubi: z.literal('layout'),
  version: z.literal(LAYOUT_FILE_VERSION),
  // Read by hand below: concept ids are the notes' words (`__proto__` included), which a
  // schema's record would assign onto a plain object.
  positions: z.looseObject({}),
  pinned: z.array(z.string()).optional(),
});

const pointSchema = z.tuple([z.number().finite(), z.number().finite()]);

export type LayoutFileResult = { ok: true; layout: MapLayout } | { ok: false; problem: string };

export function parseLayoutFile(text: string): LayoutFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not JSON (${(error as Error).message})` };
  }
  const parsed = layoutFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, problem: `${where}${issue.message}` };
  }
  const positions: Record<string, { x: number; y: number }> = Object.create(null);
  // The parsed JSON's own keys (JSON.parse makes `__proto__` an own key too).
  for (const id of Object.keys((json as { positions: object }).positions)) {
    const point = pointSchema.safeParse(
      (json as { positions: Record<string, unknown> }).positions[id],
    );
    if (!point.success) return { ok: false, problem: `positions.${id}: expected [x, y]` };
    Object.defineProperty(positions, id, {
      value: { x: point.data[0], y: point.data[1] },
      enumerable: true,
      writable: true,
    });
  }
  const layout: MapLayout = { positions };
  if (parsed.data.pinned && parsed.data.pinned.length > 0) layout.pinned = parsed.data.pinned;
  return { ok: true, layout };
}

/** The file's text: positions in `order` (the notes' reading order), one per line. */
export function formatLayoutFile(layout: MapLayout, order: readonly string[]): string {
  const ids = [
    ...order.filter((id) => id in layout.positions),
    ...Object.keys(layout.positions)
      .filter((id) => !order.includes(id))
      .sort(),
  ];
  const lines = ids.map((id) => {
    const { x, y } = layout.positions[id]!;
    return `    ${JSON.stringify(id)}: [${Math.round(x)}, ${Math.round(y)}]`;
  });
  const pinned = layout.pinned ?? [];
  return [
    '{',
    `  "musubi": "layout",`,
    `  "version": ${LAYOUT_FILE_VERSION},`,
    `  "positions": {`,
    lines.join(',\n'),
    `  },`,
    `  "pinned": ${JSON.stringify(pinned)}`,
    '}',
    '',
  ].join('\n');
}
