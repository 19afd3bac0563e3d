/**
 * Where things are in a companion file's YAML: key paths as people write them
 * (`tours.intro.steps[2]`), the line a path starts on, and a short description of a value for
 * "got ..." in diagnostics.
 */
import { isAlias, isCollection, isMap, isScalar, type Document, type LineCounter } from 'yaml';

export type KeyPath = readonly (string | number)[];

/** `tours.intro.steps[2]`; keys that are not plain words are quoted: `aliases["Ingress Controller"]`. */
export function formatPath(path: KeyPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[\p{L}\p{N}_-]+$/u.test(key)) text += text ? `.${key}` : key;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text || '(top level)';
}

/** "got ..." half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.trim() ? `the text ${JSON.stringify(value)}` : 'an empty text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

/** The plain value at a path inside a plain (toJS) value. */
export function valueAt(root: unknown, path: KeyPath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

export interface YamlLocator {
  /** 1-based line where the value at `path` starts, or of its nearest existing ancestor. */
  lineOf(path: KeyPath): number;
  /** 1-based line of the key `key` in the mapping at `mapPath` (for "unknown key" and map entries). */
  lineOfKey(mapPath: KeyPath, key: string): number;
}

export function yamlLocator(doc: Document, lineCounter: LineCounter): YamlLocator {
  const lineAtOffset = (offset: number) => lineCounter.linePos(offset).line;

  function nodeAt(path: KeyPath): unknown {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isAlias(node)) node = node.resolve(doc);
      if (!isCollection(node)) return undefined;
      const child = isMap(node)
        ? node.items.find(
            (pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) === String(key),
          )?.value
        : node.items[Number(key)];
      if (child === undefined || child === null) return undefined;
      node = child;
    }
    return node;
  }

  function startLine(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineAtOffset(range[0]) : undefined;
  }

  function lineOf(path: KeyPath): number {
    for (let length = path.length; length >= 0; length--) {
      const line = startLine(nodeAt(path.slice(0, length)));
      if (line !== undefined) return line;
    }
    return 1;
  }

  function lineOfKey(mapPath: KeyPath, key: string): number {
    const map = nodeAt(mapPath);
    if (isMap(map)) {
      const pair = map.items.find(
        (item) => String(isScalar(item.key) ? item.key.value : item.key) === key,
      );
      const line = startLine(pair?.key);
      if (line !== undefined) return line;
    }
    return lineOf(mapPath);
  }

  return { lineOf, lineOfKey };
}
