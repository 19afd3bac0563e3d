/**
 * A small edit, a small change (issue 9): every concept the layout file knows keeps its place;
 * concepts new to the notes are placed level by level, near what they relate to (fCoSE with the
 * known items fixed, place-level.ts), and a container that grew pushes its neighbours aside as
 * little as it can (overlap.ts). A container that is new with everything in it is laid out on
 * its own first, then placed as one box.
 */
import type { MapElements, NodeData } from '../elements';
import { boxAround, boxesOverlap, type Box, type Point } from './geometry';
import { containerFrame } from './hierarchy';
import { levelTree, type LevelItem } from './levels';
import { removeOverlaps } from './overlap';
import { ITEM_GAP, type ForceEngine } from './force';
import { placeLevel } from './place-level';

export function placeNew(
  elements: MapElements,
  known: ReadonlyMap<string, Point>,
  engine: ForceEngine,
): Map<string, Point> {
  const tree = levelTree(elements);
  const levels = new Map(tree.levels.map((level) => [level.container, level]));
  const dataOf = new Map<string, NodeData>(elements.nodes.map(({ data }) => [data.id, data]));
  /** Leaf centres: in map coordinates under a known item, else relative to their subtree. */
  const positions = new Map<string, Point>(known);

  const leavesUnder = (id: string): string[] => {
    const level = levels.get(id);
    if (!level) return [id];
    return level.items.flatMap((item) => leavesUnder(item.id));
  };
  const boxOf = (item: LevelItem): Box => {
    if (!item.isContainer) {
      const at = positions.get(item.id)!;
      return {
        x1: at.x - item.width / 2,
        y1: at.y - item.height / 2,
        x2: at.x + item.width / 2,
        y2: at.y + item.height / 2,
      };
    }
    const inner = levels.get(item.id)!.items.map(boxOf);
    return containerFrame(union(inner), dataOf.get(item.id)!);
  };
  const translate = (item: LevelItem, dx: number, dy: number) => {
    const ids = item.isContainer ? leavesUnder(item.id) : [item.id];
    for (const id of ids) {
      const at = positions.get(id)!;
      positions.set(id, { x: at.x + dx, y: at.y + dy });
    }
  };

  // Where each container has room to grow, from the boxes of the known layout: the gap to the
  // nearest neighbour on each side (a new concept goes on a side with room, if it must grow).
  const parentOf = tree.parentOf;
  const knownBoxes = new Map<string, Box>();
  for (const level of tree.levels) {
    for (const item of level.items) {
      if (!item.isContainer && known.has(item.id)) {
        knownBoxes.set(item.id, boxAround(known.get(item.id)!, item.width, item.height));
      }
    }
    if (level.container === null) continue;
    const inside = level.items.flatMap((item) => knownBoxes.get(item.id) ?? []);
    if (inside.length > 0) {
      knownBoxes.set(level.container, containerFrame(union(inside), dataOf.get(level.container)!));
    }
  }
  const roomAround = (container: string): Room => {
    const box = knownBoxes.get(container);
    const room: Room = { left: Infinity, right: Infinity, top: Infinity, bottom: Infinity };
    if (!box) return room;
    const parent = parentOf.get(container) ?? null;
    for (const sibling of levels.get(parent)?.items ?? []) {
      const other = sibling.id === container ? undefined : knownBoxes.get(sibling.id);
      if (!other) continue;
      if (other.y1 < box.y2 && other.y2 > box.y1) {
        if (other.x1 >= box.x2) room.right = Math.min(room.right, other.x1 - box.x2);
        if (other.x2 <= box.x1) room.left = Math.min(room.left, box.x1 - other.x2);
      }
      if (other.x1 < box.x2 && other.x2 > box.x1) {
        if (other.y1 >= box.y2) room.bottom = Math.min(room.bottom, other.y1 - box.y2);
        if (other.y2 <= box.y1) room.top = Math.min(room.top, box.y1 - other.y2);
      }
    }
    return room;
  };

  /** Lays out a level's contents; true when something in it was known (map coordinates). */
  const settle = (container: string | null): boolean => {
    const level = levels.get(container)!;
    const anchored = new Set<string>();
    for (const item of level.items) {
      const isKnown = item.isContainer ? settle(item.id) : known.has(item.id);
      if (isKnown) anchored.add(item.id);
    }
    const items = level.items.map((item) => {
      const box = item.isContainer ? boxOf(item) : null;
      return box ? { ...item, width: box.x2 - box.x1, height: box.y2 - box.y1 } : item;
    });
    const centreOf = (item: LevelItem): Point | null =>
      item.isContainer ? centre(boxOf(item)) : (positions.get(item.id) ?? null);

    const fixed = new Map<string, Point>();
    for (const item of items) if (anchored.has(item.id)) fixed.set(item.id, centreOf(item)!);
    const placed = placeLevel(items, level.links, { fixed, engine });
    // New items (and new containers, laid out on their own around 0,0) go where fCoSE put them,
    // or to the free place inside the level's present bounds nearest to that, so the container
    // does not grow and push its neighbours when it has room.
    const taken: Box[] = items
      .filter((item) => anchored.has(item.id))
      .map((item) => boxAround(centreOf(item)!, item.width, item.height));
    const bounds = taken.length > 0 ? union(taken) : null;
    for (const item of items) {
      if (anchored.has(item.id)) continue;
      const from = centreOf(item) ?? { x: 0, y: 0 };
      const wanted = placed.get(item.id)!;
      const to =
        (bounds && freeSpotNear(wanted, item, bounds, taken)) ??
        (bounds && container !== null
          ? besideWithRoom(wanted, item, bounds, taken, roomAround(container))
          : wanted);
      taken.push(boxAround(to, item.width, item.height));
      if (item.isContainer) translate(item, to.x - from.x, to.y - from.y);
      else positions.set(item.id, to);
    }
    const centres = new Map(items.map((item) => [item.id, centreOf(item)!]));
    removeOverlaps(items, centres, { gap: ITEM_GAP, keep: anchored });
    for (const item of items) {
      const before = centreOf(item)!;
      const after = centres.get(item.id)!;
      if (before.x !== after.x || before.y !== after.y) {
        translate(item, after.x - before.x, after.y - before.y);
      }
    }
    return anchored.size > 0;
  };
  settle(null);
  return positions;
}

interface Room {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A place just outside `bounds` for an item that does not fit inside: on a side where the
 * container has room to grow without pushing a neighbour (the nearest such place to `wanted`),
 * else on the side with the most room.
 */
function besideWithRoom(
  wanted: Point,
  item: { width: number; height: number },
  bounds: Box,
  taken: readonly Box[],
  room: Room,
): Point {
  const need = { x: item.width + 2 * ITEM_GAP, y: item.height + 2 * ITEM_GAP };
  const ring: Box = {
    x1: bounds.x1 - item.width - ITEM_GAP,
    y1: bounds.y1 - item.height - ITEM_GAP,
    x2: bounds.x2 + item.width + ITEM_GAP,
    y2: bounds.y2 + item.height + ITEM_GAP,
  };
  const sides = (['left', 'right', 'top', 'bottom'] as const).filter(
    (side) => room[side] >= (side === 'left' || side === 'right' ? need.x : need.y),
  );
  const allowed = sides.length > 0 ? sides : [maxSide(room)];
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const side of allowed) {
    // The band beside one side only: growing there widens the box in that direction alone.
    const band: Box =
      side === 'left'
        ? { ...ring, x2: bounds.x1, y1: bounds.y1, y2: bounds.y2 }
        : side === 'right'
          ? { ...ring, x1: bounds.x2, y1: bounds.y1, y2: bounds.y2 }
          : side === 'top'
            ? { ...ring, y2: bounds.y1, x1: bounds.x1, x2: bounds.x2 }
            : { ...ring, y1: bounds.y2, x1: bounds.x1, x2: bounds.x2 };
    const spot = freeSpotNear(wanted, item, band, taken);
    if (!spot) continue;
    const distance = Math.hypot(spot.x - wanted.x, spot.y - wanted.y);
    if (distance < bestDistance) {
      best = spot;
      bestDistance = distance;
    }
  }
  return best ?? wanted;
}

function maxSide(room: Room): keyof Room {
  return (['left', 'right', 'top', 'bottom'] as const).reduce((a, b) =>
    room[b] > room[a] ? b : a,
  );
}

/** Spacing of the places tried inside a level for a new item. */
const SPOT_STEP = 10;

/** The free place for `item` inside `bounds` nearest to `wanted`, or null if there is none. */
function freeSpotNear(
  wanted: Point,
  item: { width: number; height: number },
  bounds: Box,
  taken: readonly Box[],
): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let y = bounds.y1 + item.height / 2; y <= bounds.y2 - item.height / 2; y += SPOT_STEP) {
    for (let x = bounds.x1 + item.width / 2; x <= bounds.x2 - item.width / 2; x += SPOT_STEP) {
      const distance = Math.hypot(x - wanted.x, y - wanted.y);
      if (distance >= bestDistance) continue;
      const box = boxAround({ x, y }, item.width + 2 * ITEM_GAP, item.height + 2 * ITEM_GAP);
      if (taken.some((other) => boxesOverlap(box, other))) continue;
      best = { x, y };
      bestDistance = distance;
    }
  }
  return best;
}

function union(boxes: readonly Box[]): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const b of boxes) {
    box.x1 = Math.min(box.x1, b.x1);
    box.y1 = Math.min(box.y1, b.y1);
    box.x2 = Math.max(box.x2, b.x2);
    box.y2 = Math.max(box.y2, b.y2);
  }
  return box;
}

function centre(box: Box): Point {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
