/**
 * The drawing a layout makes, as quality.ts measures it: each concept's box (a container's
 * includes its name), where its name is written, and each relation's line from border to border.
 */
import type { MapElements } from '../elements';
import { LABEL_LINE_HEIGHT } from '../label-metrics';
import { boxAround, exitPoint, centreOf, type Box, type Point } from './geometry';
import type { Drawing } from './quality';

export function drawingOf(
  elements: MapElements,
  positions: ReadonlyMap<string, Point>,
  containers: ReadonlyMap<string, Box>,
  routes: ReadonlyMap<string, readonly Point[]> = new Map(),
): Drawing {
  const boxes = new Map<string, Box>();
  const concepts: Drawing['concepts'] = elements.nodes.map(({ data }) => {
    const container = containers.get(data.id);
    const box =
      container ?? boxAround(positions.get(data.id) ?? { x: 0, y: 0 }, data.width, data.height);
    boxes.set(data.id, box);
    const lines = data.wrapped.split('\n').length;
    const labelBox = container
      ? {
          x1: (box.x1 + box.x2) / 2 - (data.width - 20) / 2,
          y1: box.y1,
          x2: (box.x1 + box.x2) / 2 + (data.width - 20) / 2,
          y2: box.y1 + lines * data.fontSize * LABEL_LINE_HEIGHT,
        }
      : box;
    return {
      id: data.id,
      parent: data.parent ?? null,
      box,
      labelBox,
      isContainer: container !== undefined,
      fontSize: data.fontSize,
    };
  });
  const relations = elements.edges.map(({ data }) => {
    const from = boxes.get(data.source)!;
    const to = boxes.get(data.target)!;
    const bends = routes.get(data.id) ?? [];
    return {
      id: data.id,
      source: data.source,
      target: data.target,
      points: [
        exitPoint(from, bends[0] ?? centreOf(to)),
        ...bends,
        exitPoint(to, bends[bends.length - 1] ?? centreOf(from)),
      ],
    };
  });
  return { concepts, relations };
}
