import type { Diagnostic, Inline, Severity } from '../../document/model';

/** What a role is given: docutils' role function arguments, as the reader holds them. */
interface RoleCall {
  /** The canonical role name (after the English name lookup). */
  name: string;
  /** The interpreted text, unescaped. */
  text: string;
  /** The text between the backquotes as code points, escapes still marked (for `code`). */
  escaped: readonly string[];
  /** The whole construct as written, role included: what is kept when the role fails. */
  raw: string;
}

export interface RoleResult {
  inlines: Inline[];
  /** `afterBlock`: docutils gives no line, so the reader's position (after the block) is used. */
  diagnostics: (Omit<Diagnostic, 'line'> & { afterBlock?: boolean })[];
}

/** A role (docutils' role functions in parsers/rst/roles.py). */
export type Role = (call: RoleCall) => RoleResult;

/**
 * A role that cannot do its work: its text is shown (docutils keeps the whole construct,
 * `:role:` and backquotes, as a "problematic" node; a reader of the notes only needs the text),
 * with a message.
 */
export function roleProblem(text: string, severity: Severity, message: string): RoleResult {
  return { inlines: [{ type: 'text', text }], diagnostics: [{ severity, message }] };
}
