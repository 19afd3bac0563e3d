/** `\w` without "_", as docutils' simplename uses it. */
function isNameChar(char: string | undefined): boolean {
  return char !== undefined && char !== '_' && /^[\p{L}\p{N}\p{M}\p{Pc}]$/u.test(char);
}

/**
 * docutils' simplename `(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*` at `at` (directive names,
 * footnote and citation labels, target names); returns its end or -1.
 */
export function simpleNameEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const wordStart = end;
    while (end < text.length && isNameChar(text[end])) end++;
    if (end === wordStart) return wordStart === at ? -1 : wordStart - 1;
    if ('-._+:'.includes(text[end] ?? '\n') && isNameChar(text[end + 1])) {
      end += 1;
      continue;
    }
    return end;
  }
}
