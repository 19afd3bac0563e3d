/**
 * A stand-in for `computeLayout` (src/graph/layout), for `bench:scale --stand-in-layout` only: the
 * real layout is being made to scale on another branch (issue 15, item 2) and, as it is, takes
 * minutes from a few hundred concepts. The stand-in shelf-packs each container's contents (rows
 * about as wide as they are tall, deepest containers first), then the containers, exactly as
 * compound nodes are drawn (padding, the name on top). It places nothing for legibility and
 * routes no relation, but it fills the plane as densely as a real layout would, which is what the
 * drawing and loading figures depend on. Linear in the number of concepts.
 */
import type { ConceptGraph } from '../../src/notes/concepts/model';
import { toElements, type NodeData } from '../../src/graph/elements';
import { LABEL_LINE_HEIGHT } from '../../src/graph/label-metrics';
import type { MapLayout } from '../../src/graph/map-bundle';
import { CONTAINER_PADDING } from '../../src/graph/style';

/** Space between two items of one container (the real layout keeps about as much). */
const GAP = 24;

interface Size {
  width: number;
  height: number;
}

/** Same signature as the real one: the previous layout is ignored (every map is laid out anew). */
export function computeLayout(graph: ConceptGraph, _previous: MapLayout | null = null) {
  const elements = toElements(graph, {});
  const children = new Map<string | null, NodeData[]>();
  for (const { data } of elements.nodes) {
    const parent = data.parent ?? null;
    const list = children.get(parent);
    if (list) list.push(data);
    else children.set(parent, [data]);
  }
  // Where each item sits relative to its container's top-left corner, and each item's size.
  const offsets = new Map<string, { x: number; y: number }>();
  const sizes = new Map<string, Size>();

  const measure = (container: NodeData | null): Size => {
    const items = children.get(container?.id ?? null) ?? [];
    for (const item of items) {
      sizes.set(item.id, children.has(item.id) ? measure(item) : item);
    }
    const inner = shelfPack(items, sizes, offsets);
    if (!container) return inner;
    const labelHeight =
      container.wrapped.split('\n').length * container.fontSize * LABEL_LINE_HEIGHT;
    const width = Math.max(inner.width + 2 * CONTAINER_PADDING, container.width);
    const shiftX = (width - inner.width) / 2;
    const shiftY = CONTAINER_PADDING + labelHeight;
    for (const item of items) {
      const at = offsets.get(item.id)!;
      offsets.set(item.id, { x: at.x + shiftX, y: at.y + shiftY });
    }
    return { width, height: inner.height + shiftY + CONTAINER_PADDING };
  };
  measure(null);

  const positions: Record<string, { x: number; y: number }> = {};
  const place = (container: string | null, originX: number, originY: number) => {
    for (const item of children.get(container) ?? []) {
      const at = offsets.get(item.id)!;
      const size = sizes.get(item.id)!;
      if (children.has(item.id)) place(item.id, originX + at.x, originY + at.y);
      else {
        positions[item.id] = {
          x: Math.round(originX + at.x + size.width / 2),
          y: Math.round(originY + at.y + size.height / 2),
        };
      }
    }
  };
  place(null, 0, 0);
  return Promise.resolve({ positions } satisfies MapLayout);
}

/** Rows of items, left to right, a row about as long as the rows are tall together. */
function shelfPack(
  items: readonly NodeData[],
  sizes: ReadonlyMap<string, Size>,
  offsets: Map<string, { x: number; y: number }>,
): Size {
  const area = items.reduce((sum, item) => {
    const size = sizes.get(item.id)!;
    return sum + (size.width + GAP) * (size.height + GAP);
  }, 0);
  const rowWidth = Math.max(
    Math.sqrt(area * 1.6),
    ...items.map((item) => sizes.get(item.id)!.width),
  );
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const item of items) {
    const size = sizes.get(item.id)!;
    if (x > 0 && x + size.width > rowWidth) {
      y += rowHeight + GAP;
      x = 0;
      rowHeight = 0;
    }
    offsets.set(item.id, { x, y });
    x += size.width + GAP;
    rowHeight = Math.max(rowHeight, size.height);
    width = Math.max(width, x - GAP);
  }
  return { width, height: y + rowHeight };
}
