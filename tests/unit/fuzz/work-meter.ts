/**
 * A clock-free measure of the work a piece of code does: while `work` runs, the built-in string,
 * regular-expression, array and Map/Set operations it calls are counted, each weighted by what it
 * has to go through (a character read counts 1, `indexOf` the characters it passes, `slice` and
 * `join` what they copy, a regular expression the text it is run on, a lookup 1). A stage that
 * rescans the rest of a text per construct shows up as work growing 4× when the text doubles,
 * however fast the machine; the count is the same on every run.
 */

type Weigh = (self: unknown, args: readonly unknown[], result: unknown) => number;

const length = (value: unknown): number =>
  typeof value === 'string' || Array.isArray(value) ? value.length : 1;

/** `indexOf(x, from)`: the positions from `from` to where it was found (or the end). */
const scanned: Weigh = (self, args, result) => {
  const from = typeof args[1] === 'number' ? Math.max(0, args[1]) : 0;
  const end = typeof result === 'number' && result >= 0 ? result : length(self);
  return Math.max(1, end - from + 1);
};

const one: Weigh = () => 1;
const ownLength: Weigh = (self) => Math.max(1, length(self));
const resultLength: Weigh = (_self, _args, result) => Math.max(1, length(result));

const STRING: Readonly<Record<string, Weigh>> = {
  charAt: one,
  charCodeAt: one,
  codePointAt: one,
  indexOf: scanned,
  lastIndexOf: ownLength,
  includes: ownLength,
  startsWith: (_self, args) => Math.max(1, length(args[0])),
  endsWith: (_self, args) => Math.max(1, length(args[0])),
  slice: resultLength,
  substring: resultLength,
  split: ownLength,
  replace: ownLength,
  replaceAll: ownLength,
  trim: ownLength,
  trimStart: ownLength,
  trimEnd: ownLength,
  toLowerCase: ownLength,
  toUpperCase: ownLength,
  normalize: ownLength,
  match: ownLength,
  matchAll: ownLength,
  repeat: resultLength,
  padStart: resultLength,
  padEnd: resultLength,
};

const ARRAY: Readonly<Record<string, Weigh>> = {
  join: ownLength,
  slice: resultLength,
  indexOf: scanned,
  lastIndexOf: ownLength,
  includes: ownLength,
  concat: resultLength,
  map: ownLength,
  filter: ownLength,
  some: ownLength,
  every: ownLength,
  find: ownLength,
  findIndex: ownLength,
  forEach: ownLength,
  reduce: ownLength,
  flatMap: ownLength,
  splice: ownLength,
  reverse: ownLength,
};

/** A regular expression runs over the text from where it starts (lastIndex when sticky). */
const REGEXP: Readonly<Record<string, Weigh>> = {
  exec: (self, args) => Math.max(1, length(args[0]) - ((self as RegExp).lastIndex ?? 0)),
  test: (self, args) => Math.max(1, length(args[0]) - ((self as RegExp).lastIndex ?? 0)),
};

const LOOKUPS: readonly [object, readonly string[]][] = [
  [Map.prototype, ['get', 'has', 'set']],
  [Set.prototype, ['has', 'add']],
];

/** The weighted count of the built-in operations `work` performs. */
export function measureWork(work: () => void): number {
  let total = 0;
  const restore: (() => void)[] = [];
  const wrap = (prototype: object, name: string, weigh: Weigh) => {
    const target = prototype as Record<string, unknown>;
    const original = target[name] as (...args: unknown[]) => unknown;
    // A counting wrapper around the built-in; `this`, arguments and result pass through.
    target[name] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      total += weigh(this, args, result);
      return result;
    };
    restore.push(() => {
      target[name] = original;
    });
  };
  for (const [name, weigh] of Object.entries(STRING)) wrap(String.prototype, name, weigh);
  for (const [name, weigh] of Object.entries(ARRAY)) wrap(Array.prototype, name, weigh);
  for (const [name, weigh] of Object.entries(REGEXP)) wrap(RegExp.prototype, name, weigh);
  for (const [prototype, names] of LOOKUPS) for (const name of names) wrap(prototype, name, one);
  try {
    work();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return total;
}
