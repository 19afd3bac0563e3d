import type { Inline } from '../../document/model';
import { unescape } from '../inline/names';
import type { Role, RoleResult } from './role';
import {
  domainTitle,
  fixParens,
  labelName,
  splitXref,
  targetSpaces,
  type TildeSeparator,
} from './xref';

/*
 * Sphinx's roles, read the way a Sphinx HTML build shows them, without running Sphinx
 * (sphinx/roles.py, sphinx/domains/*.py). Object references (`:class:`, `:func:`, ...) show
 * their title as code; references to other parts of the notes (`:ref:`, `:doc:`, `:term:`,
 * `:numref:`) are recorded as cross-references for the graph builder to resolve.
 */

function only(inline: Inline): RoleResult {
  return { inlines: [inline], diagnostics: [] };
}

interface DomainRoleOptions {
  separator: TildeSeparator;
  /** Python and JavaScript: a leading `.` only says where to search, and is not shown. */
  dropDot: boolean;
  /** `:func:`, `:meth:` (and JavaScript's `:class:`): `()` after the name. */
  fixParens: boolean;
}

/** A domain's object reference (PyXRefRole, JSXRefRole, CXRefRole, CPPXRefRole): code. */
export function objectRole(options: DomainRoleOptions): Role {
  return ({ name, escaped }) => {
    const xref = splitXref(escaped);
    if (xref.disabled) {
      // create_non_xref_node: the text after `!`, parentheses fixed, no `~` handling.
      let text = unescape(escaped.slice(1));
      if (options.fixParens) [text] = fixParens(text, '', false);
      return only({ type: 'literal', text, role: name });
    }
    let { title } = xref;
    if (options.fixParens) [title] = fixParens(title, xref.target, xref.explicitTitle);
    if (!xref.explicitTitle) title = domainTitle(title, options.separator, options.dropDot);
    return only({ type: 'literal', text: title, role: name });
  };
}

/** A reference Sphinx resolves by name alone, with no link of its own here: code. */
export const codeReferenceRole: Role = ({ name, escaped }) => {
  const xref = splitXref(escaped);
  const text = xref.disabled ? unescape(escaped.slice(1)) : xref.title;
  return only({ type: 'literal', text, role: name });
};

type CrossReferenceVia = 'ref' | 'doc' | 'term' | 'numref';

/**
 * `:ref:`, `:doc:`, `:term:`, `:numref:`: a cross-reference to a part of the notes. `target` is
 * what Sphinx looks up: a label's normalised name (`:ref:` and `:numref:` lower-case it, as
 * labels are), a term as written (whitespace collapsed), a document path as written.
 */
export function crossReferenceRole(via: CrossReferenceVia): Role {
  return ({ escaped }) => {
    const xref = splitXref(escaped);
    if (xref.disabled) return only({ type: 'text', text: unescape(escaped.slice(1)) });
    const target =
      via === 'ref' || via === 'numref' ? labelName(xref.target) : targetSpaces(xref.target);
    return only({
      type: 'crossReference',
      text: xref.title,
      via,
      target: via === 'term' ? target.trim() : target,
      explicitTitle: xref.explicitTitle,
    });
  };
}

/** Sphinx's generic roles (sphinx.roles.generic_docroles): the text, unchanged, in a node. */
export function genericRole(kind: 'strong' | 'emphasis' | 'literal'): Role {
  return ({ name, text }) =>
    only(kind === 'literal' ? { type: 'literal', text, role: name } : { type: kind, text });
}

/** `:kbd:`: a key or key combination. */
export const keyboardRole: Role = ({ text }) => only({ type: 'keyboard', text });

/** `:abbr:`: `LIFO (last-in, first-out)` is the abbreviation LIFO with its explanation. */
export const abbreviationRole: Role = ({ text }) => {
  const match = /\(([\s\S]*)\)$/.exec(text);
  if (!match) return only({ type: 'abbreviation', text, title: null });
  return only({
    type: 'abbreviation',
    text: text.slice(0, match.index).trim(),
    title: match[1]!,
  });
};

/**
 * `:guilabel:` (GUILabel): a single `&` marks the accelerator key and is not shown; `&&` in
 * the text after it is a literal `&`.
 */
function guiLabelText(text: string): string {
  const spans = text.split(/(?<!&)&(?![&\s])/u);
  return (
    spans[0]! +
    spans
      .slice(1)
      .map((span) => span.replaceAll('&&', '&'))
      .join('')
  );
}

export const guiLabelRole: Role = ({ text }) => only({ type: 'uiLabel', text: guiLabelText(text) });

/** `:menuselection:`: `File --> Open` shows as `File ‣ Open`. */
export const menuSelectionRole: Role = ({ text }) =>
  only({ type: 'uiLabel', text: guiLabelText(text.replaceAll('-->', '\u2023')) });

/**
 * `:file:` and `:samp:` (EmphasizedLiteral): code in which `{part}` marks a variable part; the
 * braces are not shown (`\{` is a literal brace).
 */
export const emphasizedLiteralRole: Role = ({ name, text }) => {
  let out = '';
  let stack: string[] = [''];
  for (const part of text.split(/(\\\\|\\\{|\\\}|\{|\})/u)) {
    if (part === '\\\\') stack[stack.length - 1] += '\\';
    else if (part === '{') {
      if (stack.length >= 2 && stack[stack.length - 2] === '{') stack[stack.length - 1] += '{';
      else stack.push('{', '');
    } else if (part === '}') {
      if (stack.length === 3 && stack[1] === '{' && stack[2]!.length > 0) {
        out += stack[0]! + stack[2]!;
        stack = [''];
      } else {
        stack.push('}');
        stack = [stack.join('')];
      }
    } else if (part === '\\{') stack[stack.length - 1] += '{';
    else if (part === '\\}') stack[stack.length - 1] += '}';
    else stack[stack.length - 1] += part;
  }
  return only({ type: 'literal', text: out + stack.join(''), role: name });
};

/** `:index:` (IndexRole): the text (or the title of `title <entry>`) as it stands. */
export const indexRole: Role = ({ escaped }) => {
  const xref = splitXref(escaped);
  const text = xref.explicitTitle ? xref.title : unescape(escaped).replace(/^!/, '');
  return only({ type: 'text', text });
};

/** `:math:`: the formula, as code (a Sphinx build typesets it with MathJax). */
export const mathRole: Role = ({ text }) => only({ type: 'literal', text, role: 'math' });

/** `:eq:`: a reference to a numbered equation, shown as its label in parentheses. */
export const equationRole: Role = ({ escaped }) => {
  const xref = splitXref(escaped);
  return only({ type: 'text', text: xref.explicitTitle ? xref.title : `(${xref.target})` });
};
