/**
 * The map as nested levels for the layout (issue 15: "each container on its own, then the
 * containers"): every container lays out what it holds, leaves and the boxes of the containers
 * inside it, joined by the relations between them, aggregated to that level (a relation from
 * something inside box A to something inside box B pulls A and B together). Pure.
 */
import type { MapElements } from '../elements';

export interface LevelItem {
  id: string;
  /** A container's box is known only once its own level is laid out. */
  isContainer: boolean;
  width: number;
  height: number;
}

export interface LevelLink {
  source: string;
  target: string;
  /** How many relations run between the two items (through what they hold). */
  weight: number;
}

export interface Level {
  /** The container laid out here; null for the top of the map. */
  container: string | null;
  items: LevelItem[];
  links: LevelLink[];
}

export interface LevelTree {
  /** Deepest levels first: a container's level always comes before the level holding it. */
  levels: Level[];
  parentOf: ReadonlyMap<string, string | null>;
}

export function levelTree(elements: MapElements): LevelTree {
  const parentOf = new Map<string, string | null>();
  const children = new Map<string | null, string[]>([[null, []]]);
  const sizeOf = new Map<string, { width: number; height: number }>();
  for (const { data } of elements.nodes) {
    const parent = data.parent ?? null;
    parentOf.set(data.id, parent);
    sizeOf.set(data.id, { width: data.width, height: data.height });
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(data.id);
  }

  // The child of `level` that holds `id` (or is it), or null when `id` is not under `level`.
  const itemUnder = (id: string, level: string | null): string | null => {
    let current: string | null = id;
    for (let steps = 0; current !== null && steps <= parentOf.size; steps++) {
      const parent: string | null = parentOf.get(current) ?? null;
      if (parent === level) return current;
      current = parent;
    }
    return null;
  };

  // Post-order from the top, so deeper containers come first.
  const order: (string | null)[] = [];
  const visit = (container: string | null) => {
    for (const child of children.get(container) ?? []) {
      if (children.has(child)) visit(child);
    }
    order.push(container);
  };
  visit(null);

  // Each relation counts at the level of the deepest container holding both ends.
  const linksAt = new Map<string | null, Map<string, LevelLink>>();
  for (const { data } of elements.edges) {
    const level = commonContainer(data.source, data.target, parentOf);
    const source = itemUnder(data.source, level);
    const target = itemUnder(data.target, level);
    if (source === null || target === null || source === target) continue;
    const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    let links = linksAt.get(level);
    if (!links) linksAt.set(level, (links = new Map()));
    const link = links.get(key);
    if (link) link.weight++;
    else links.set(key, { source, target, weight: 1 });
  }

  const levels = order.map((container): Level => ({
    container,
    items: (children.get(container) ?? []).map((id) => ({
      id,
      isContainer: children.has(id),
      ...sizeOf.get(id)!,
    })),
    links: [...(linksAt.get(container)?.values() ?? [])],
  }));
  return { levels, parentOf };
}

/** The deepest container holding both `a` and `b` (null: only the map itself). */
function commonContainer(
  a: string,
  b: string,
  parentOf: ReadonlyMap<string, string | null>,
): string | null {
  const around = new Set<string>();
  let current = parentOf.get(a) ?? null;
  while (current !== null && !around.has(current)) {
    around.add(current);
    current = parentOf.get(current) ?? null;
  }
  current = parentOf.get(b) ?? null;
  const seen = new Set<string>();
  while (current !== null && !seen.has(current)) {
    if (around.has(current)) return current;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return null;
}
