/**
 * How readable a drawn map is, measured the same way by the layout benchmark, the unit tests and
 * the end-to-end tests (which read the drawing out of Chromium through the test hook): crossings
 * between edges, edges running under a concept they do not join, and the label size when the
 * whole map is fitted to a screen. Pure geometry on what was drawn.
 */
import {
  boxesOverlap,
  grow,
  segmentHitsBox,
  segmentsCross,
  union,
  type Box,
  type Point,
} from './geometry';

interface DrawnConcept {
  id: string;
  /** The container it is drawn in, if any. */
  parent: string | null;
  /** The node's box; for a container, the box around everything it holds. */
  box: Box;
  /** Where the name is written: the whole box for a leaf, a band at the top for a container. */
  labelBox: Box;
  isContainer: boolean;
  /** Label font size at zoom 1. */
  fontSize: number;
}

interface DrawnRelation {
  id: string;
  source: string;
  target: string;
  /** The line as drawn, from the source's border to the target's (bends included). */
  points: Point[];
}

export interface Drawing {
  concepts: DrawnConcept[];
  relations: DrawnRelation[];
}

export interface Quality {
  concepts: number;
  relations: number;
  /** Pairs of relations (not sharing an end) whose lines cross. */
  crossings: number;
  /** Relations with a stretch running under a concept they do not join (leaf or container name). */
  underConcepts: number;
  /** Which ones, `relation id under concept id`, for messages. */
  underList: string[];
  /** Pairs of leaves or names that overlap. */
  overlaps: number;
  width: number;
  height: number;
}

/** Boxes shrunk by this before testing, so a line touching a border does not count. */
const TOUCH = 1;

export function measureDrawing(drawing: Drawing): Quality {
  const { concepts, relations } = drawing;
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  const ancestors = (id: string): Set<string> => {
    const found = new Set<string>([id]);
    let current = byId.get(id)?.parent ?? null;
    while (current !== null && !found.has(current)) {
      found.add(current);
      current = byId.get(current)?.parent ?? null;
    }
    return found;
  };

  let crossings = 0;
  for (let i = 0; i < relations.length; i++) {
    for (let j = i + 1; j < relations.length; j++) {
      const a = relations[i]!;
      const b = relations[j]!;
      if (a.source === b.source || a.source === b.target) continue;
      if (a.target === b.source || a.target === b.target) continue;
      if (polylinesCross(a.points, b.points)) crossings++;
    }
  }

  // What a relation may pass over: its own ends, and the containers around either end (it has
  // to leave them); anything else is "under".
  const underList: string[] = [];
  for (const relation of relations) {
    const allowed = new Set([...ancestors(relation.source), ...ancestors(relation.target)]);
    for (const concept of concepts) {
      if (allowed.has(concept.id)) continue;
      const obstacle = grow(concept.isContainer ? concept.labelBox : concept.box, -TOUCH);
      if (polylineHitsBox(relation.points, obstacle)) {
        underList.push(`${relation.id} under ${concept.id}`);
        break;
      }
    }
  }

  const names = concepts.map((concept) => ({
    id: concept.id,
    box: grow(concept.isContainer ? concept.labelBox : concept.box, -TOUCH),
  }));
  let overlaps = 0;
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (boxesOverlap(names[i]!.box, names[j]!.box)) overlaps++;
    }
  }

  const bounds = union(concepts.map((concept) => concept.box));
  return {
    concepts: concepts.length,
    relations: relations.length,
    crossings,
    underConcepts: underList.length,
    underList,
    overlaps,
    width: bounds ? Math.round(bounds.x2 - bounds.x1) : 0,
    height: bounds ? Math.round(bounds.y2 - bounds.y1) : 0,
  };
}

/**
 * The map pane at first sight: a 1280 × 800 window less the node panel (896 × 743), less the room
 * kept for the zoom buttons and the legend; the map is fitted into it with this padding.
 */
const FIRST_SIGHT_PANE = { width: 896 - 64, height: 743 - 56, padding: 12 } as const;

/** The smallest label, in pixels, when the whole drawing is fitted to the map pane. */
export function firstSightLabelPx(drawing: Drawing): number {
  const zoom = fitZoom(drawing, FIRST_SIGHT_PANE, FIRST_SIGHT_PANE.padding);
  return Math.min(...drawing.concepts.map((concept) => concept.fontSize)) * zoom;
}

/** The largest zoom at which the whole drawing fits a viewport with `padding` on each side. */
function fitZoom(
  drawing: Drawing,
  viewport: { width: number; height: number },
  padding: number,
): number {
  const bounds = union(drawing.concepts.map((concept) => concept.box));
  if (!bounds) return 1;
  return Math.min(
    (viewport.width - 2 * padding) / Math.max(1, bounds.x2 - bounds.x1),
    (viewport.height - 2 * padding) / Math.max(1, bounds.y2 - bounds.y1),
  );
}

function polylinesCross(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      if (segmentsCross(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!)) return true;
    }
  }
  return false;
}

function polylineHitsBox(points: readonly Point[], box: Box): boolean {
  for (let i = 0; i + 1 < points.length; i++) {
    if (segmentHitsBox(points[i]!, points[i + 1]!, box)) return true;
  }
  return false;
}
