import { ESCAPE, isWhitespace } from '../inline/chars';
import { unescape, whitespaceNormalize } from '../inline/names';

/*
 * How Sphinx reads the text of a cross-reference role (sphinx.util.docutils.ReferenceRole and
 * sphinx.roles.XRefRole): `title <target>` gives an explicit title, a leading `!` turns the
 * link off, and `fix_parens` roles (`:func:`, `:meth:`) show `()` after a name.
 */

export interface XrefText {
  title: string;
  target: string;
  explicitTitle: boolean;
  /** `!target`: shown, but not a link (XRefRole.create_non_xref_node). */
  disabled: boolean;
}

/**
 * ReferenceRole's `^(.+?)\s*(?<!\x00)<(.*?)>$` (DOTALL) on the escaped text: the first `<`
 * after at least one character, not escaped, with the text ending in `>`.
 */
export function splitXref(escaped: readonly string[]): XrefText {
  const disabled = escaped[0] === '!';
  const last = escaped.length - 1;
  if (last >= 2 && escaped[last] === '>') {
    for (let open = 1; open < last; open++) {
      if (escaped[open] !== '<' || escaped[open - 1] === ESCAPE) continue;
      let titleEnd = open;
      while (titleEnd > 1 && isWhitespace(escaped[titleEnd - 1])) titleEnd--;
      return {
        title: unescape(escaped, false, 0, titleEnd),
        target: unescape(escaped, false, open + 1, last),
        explicitTitle: true,
        disabled,
      };
    }
  }
  const text = unescape(escaped);
  return { title: text, target: text, explicitTitle: false, disabled };
}

/** XRefRole.update_title_and_target with add_function_parentheses on (Sphinx's default). */
export function fixParens(title: string, target: string, explicitTitle: boolean): [string, string] {
  let shown = title;
  if (!explicitTitle) {
    if (shown.endsWith('()')) shown = shown.slice(0, -2);
    shown += '()';
  }
  return [shown, target.endsWith('()') ? target.slice(0, -2) : target];
}

/** How a domain shortens `~a.b.c` to `c` (Python, JavaScript and C use `.`, C++ `::`). */
export type TildeSeparator = '.' | '::';

/**
 * The title a domain role shows (PyXRefRole, JSXRefRole, CXRefRole, CPPXRefRole.process_link):
 * without an explicit title, `~` keeps only the last part of the name, and Python and
 * JavaScript drop a leading `.` (it only says where to search).
 */
export function domainTitle(title: string, separator: TildeSeparator, dropDot: boolean): string {
  let shown = dropDot ? title.replace(/^\.+/, '') : title;
  if (shown.startsWith('~')) {
    shown = shown.slice(1);
    const cut = shown.lastIndexOf(separator);
    if (cut !== -1) shown = shown.slice(cut + separator.length);
  }
  return shown;
}

/** XRefRole.process_link: runs of whitespace in a target become one space. */
export function targetSpaces(target: string): string {
  return target.replace(/\s+/gu, ' ');
}

/** The name a label is known by: docutils' fully_normalize_name (what `.. _Label:` defines). */
export function labelName(target: string): string {
  return whitespaceNormalize(target.toLowerCase());
}
