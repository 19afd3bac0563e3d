import { isNameChar } from '../inline/chars';

/** The code point of `text` at UTF-16 index `at` (a surrogate pair is one character), or ''. */
function charAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * docutils' simplename `(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*` at `at` (directive names,
 * footnote and citation labels, target names); returns its end or -1. Words are Python's `\w`
 * (the inline reader's isNameChar), read by code point as Python reads them.
 */
export function simpleNameEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const wordStart = end;
    for (let char = charAt(text, end); char && isNameChar(char); char = charAt(text, end)) {
      end += char.length;
    }
    if (end === wordStart) return wordStart === at ? -1 : wordStart - 1;
    const next = charAt(text, end + 1);
    if ('-._+:'.includes(text[end] ?? '\n') && next && isNameChar(next)) {
      end += 1;
      continue;
    }
    return end;
  }
}
