import type { BlockState } from '../block/state';
import { joinLines } from '../source/source';
import type { Directive, DirectiveCall } from './directive';

/*
 * Directives the reader does not interpret keep their text as a literal block, with a message
 * that says why, so nothing in the notes is lost.
 */

/** The content if there is some, else the arguments (an image's path, say). */
function keepAsLiteral(state: BlockState, { content, argumentLines }: DirectiveCall): void {
  const kept = content.length > 0 ? content : argumentLines;
  if (kept.length === 0) return;
  state.emit({
    type: 'literalBlock',
    line: kept[0]!.index + 1,
    text: joinLines(state.source, kept),
  });
}

/** A directive docutils knows and the model cannot show yet. */
export const uninterpreted: Directive = (state, call) => {
  keepAsLiteral(state, call);
  state.report(
    call.line,
    'info',
    `The "${call.name}" directive is not interpreted; its content is kept as literal text.`,
  );
};

/**
 * `raw` and `include`: never read a file or pass markup through (rst_oracle.py runs docutils
 * with both disabled).
 */
export const disabled: Directive = (state, call) => {
  keepAsLiteral(state, call);
  state.report(call.line, 'warning', `"${call.name}" directive disabled.`);
};

/** A name docutils does not know. */
export const unknown: Directive = (state, call) => {
  keepAsLiteral(state, call);
  state.report(call.line, 'error', `Unknown directive type "${call.rawName}".`);
};
