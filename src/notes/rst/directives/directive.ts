import type { BlockState } from '../block/state';
import { joinLines, trimBlankEnds, type LineView } from '../source/source';
import {
  DirectiveError,
  splitDirectiveBlock,
  type DirectiveParts,
  type DirectiveSpec,
} from './directive-block';

/** What a directive is given (docutils' Directive attributes, as line views). */
export interface DirectiveCall {
  /** The name, lower-cased (docutils matches directive names case-insensitively). */
  name: string;
  /** The name as written, for messages. */
  rawName: string;
  /** Source line of the ".. name::" line. */
  line: number;
  /** The whole block: the text after "::", then the indented lines (blank lines at the end trimmed). */
  block: LineView[];
  /** The lines of the arguments: from the "::" to the first blank line or option. */
  argumentLines: LineView[];
  /** Everything after the arguments' blank line (options not split off yet). */
  afterArguments: LineView[];
  /** afterArguments without blank lines at either end: the directive's content. */
  content: LineView[];
  /** Set when the directive defines a substitution (`.. |name| image::`). */
  substitution?: SubstitutionTarget;
}

/**
 * What a directive in a substitution definition knows of it: its name (an image's `alt`
 * defaults to it, docutils' option_presets), and where `unicode` says to trim spaces.
 */
export interface SubstitutionTarget {
  readonly name: string;
  ltrim: boolean;
  rtrim: boolean;
}

/**
 * A directive: reads its block, emits blocks into `state` and reports problems there
 * (docutils' Directive.run). It must keep every line of the user's text somewhere.
 */
export type Directive = (state: BlockState, call: DirectiveCall) => void;

/** The block as written, kept as literal text where a directive cannot be read. */
export function keepBlockAsText(state: BlockState, call: DirectiveCall): void {
  const lines = trimBlankEnds(state.source, call.block);
  if (lines.length === 0) return;
  state.emit({
    type: 'literalBlock',
    line: state.source.lineNumber(lines[0]!),
    text: joinLines(state.source, lines),
  });
}

/** docutils' `Error in "name" directive:` report: the directive's text is kept as it is. */
function directiveError(state: BlockState, call: DirectiveCall, message: string): void {
  state.report(call.line, 'error', `Error in "${call.rawName}" directive:\n${message}.`);
  keepBlockAsText(state, call);
}

/**
 * A directive that accepts what `spec` says: its block is split into arguments, options and
 * content first, and a block that does not fit is reported as docutils reports it.
 */
export function withSpec(
  spec: DirectiveSpec,
  run: (state: BlockState, call: DirectiveCall, parts: DirectiveParts) => void,
): Directive {
  return (state, call) => {
    let parts: DirectiveParts;
    try {
      parts = splitDirectiveBlock(state.source, call.block, spec);
    } catch (error) {
      if (!(error instanceof DirectiveError)) throw error;
      directiveError(state, call, error.message);
      return;
    }
    run(state, call, parts);
  };
}
