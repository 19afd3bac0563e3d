import { keepBlockAsText, type Directive } from './directive';

/*
 * Directives whose text the reader keeps as a literal block, with a message that says why, so
 * nothing in the notes is lost.
 */

/** `raw`: never passes markup through (rst_oracle.py runs docutils with it disabled). */
export const disabled: Directive = (state, call) => {
  keepBlockAsText(state, call);
  state.report(call.line, 'warning', `"${call.name}" directive disabled.`);
};

/** Shown as written, with nothing to report (Sphinx's `autosummary` lists names to document). */
export const keptQuietly: Directive = (state, call) => keepBlockAsText(state, call);

/**
 * A name neither docutils nor Sphinx knows: docutils' error (a Sphinx build reports it too,
 * unless an extension defines the directive). Its text is kept as literal text.
 */
export const unknown: Directive = (state, call) => {
  keepBlockAsText(state, call);
  state.report(call.line, 'error', `Unknown directive type "${call.rawName}".`);
};
