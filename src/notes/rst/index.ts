// The reStructuredText reader's entry points: everything else in this folder is its inside.
export { parseRst } from './parse';
export { parseInlines } from './inline/parser';
export type * from '../document/model';
