import type { BlockState } from '../block/state';
import type { LineView } from '../source/source';

/** What a directive is given (docutils' Directive attributes, as line views). */
export interface DirectiveCall {
  /** The name, lower-cased (docutils matches directive names case-insensitively). */
  name: string;
  /** The name as written, for messages. */
  rawName: string;
  /** Source line of the ".. name::" line. */
  line: number;
  /** The lines of the arguments: from the "::" to the first blank line or option. */
  argumentLines: LineView[];
  /** Everything after the arguments' blank line (options not split off yet). */
  afterArguments: LineView[];
  /** afterArguments without blank lines at either end: the directive's content. */
  content: LineView[];
}

/**
 * A directive: reads its block, emits blocks into `state` and reports problems there
 * (docutils' Directive.run). It must keep every line of the user's text somewhere.
 */
export type Directive = (state: BlockState, call: DirectiveCall) => void;
