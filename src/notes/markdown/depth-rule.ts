/**
 * A markdown-it block rule that stops nesting before markdown-it's own limit does. When
 * markdown-it reaches `maxNesting` it skips to the end of the container it is given, and for a
 * list item that is the end of the document: everything after a too-deep list would vanish into
 * it. This rule, tried first and only past `limit` levels, reads each paragraph-like run of
 * lines there as one `too_deep` token without looking inside, so the containers around it keep
 * their true extent. The reader keeps anything that deep as literal source lines anyway
 * (blocks.ts), so nothing is lost by not parsing it.
 */
import type { StateBlock } from 'markdown-it';

export function depthRule(limit: number) {
  return (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (state.level < limit) return false;
    if (silent) return true;
    let line = startLine + 1;
    while (line < endLine && !state.isEmpty(line) && state.sCount[line]! >= state.blkIndent) line++;
    const token = state.push('too_deep', '', 0);
    token.map = [startLine, line];
    token.block = true;
    state.line = line;
    return true;
  };
}
