export { parseRst } from './parse';
export { parseInlines } from './inline';
export type * from '../document/model';
