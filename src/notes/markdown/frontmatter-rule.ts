/**
 * A markdown-it block rule for YAML frontmatter, the way Obsidian reads it (help.obsidian.md,
 * Properties): a `---` line at the very start of the file, the YAML, and a closing `---` (or
 * YAML's `...`) line. An opening line that is never closed is not frontmatter: the `---` is then
 * a thematic break and everything after it is read as Markdown, so nothing is swallowed.
 * (markdown-it-front-matter closes an unclosed block at the end of the document instead.)
 *
 * The token is `front_matter`, its `content` the YAML text and its `map` the lines it covers,
 * delimiters included; frontmatter.ts reads the YAML.
 */
import type { StateBlock } from 'markdown-it';

export function frontmatterRule(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  // Only the first line of the document itself, never inside a quote or list that starts there.
  if (startLine !== 0 || state.parentType !== 'root' || state.level !== 0) return false;
  if (state.bMarks[0] !== 0 || !isDelimiter(state, 0, false)) return false;
  let closing = 1;
  while (closing < endLine && !isDelimiter(state, closing, true)) closing++;
  if (closing >= endLine) return false;
  if (silent) return true;
  const token = state.push('front_matter', '', 0);
  token.block = true;
  token.hidden = true;
  token.map = [0, closing + 1];
  token.content = closing > 1 ? state.getLines(1, closing, 0, false) : '';
  state.line = closing + 1;
  return true;
}

/** `---` alone on its line (trailing spaces allowed), or YAML's end marker `...` when closing. */
function isDelimiter(state: StateBlock, line: number, closing: boolean): boolean {
  const text = state.src.slice(state.bMarks[line], state.eMarks[line]).trimEnd();
  return text === '---' || (closing && text === '...');
}
