import type { Block, Inline } from '../../../document/model';
import { ESCAPE, isWhitespace } from '../../inline/chars';
import { escapeToNull, unescape, whitespaceNormalize } from '../../inline/names';
import { getIndented, shift } from '../../source/source';
import { simpleNameEnd } from '../simple-name';
import { BlockState } from '../state';
import { afterSpaces, spacesOrEnd, type ExplicitConstruct } from './construct';
import { runDirective } from './run-directive';
import type { SubstitutionTarget } from '../../directives/directive';

/**
 * docutils' `(?![ ])(.+?)(?<![\s\x00])\|([ ]+|$)` on the escaped text after ".. |": where the
 * name ends (at its closing `|`) and where the text after it starts, or null.
 */
function matchName(chars: readonly string[]): { nameEnd: number; rest: number } | null {
  if (chars[0] === ' ') return null;
  for (let k = 1; k < chars.length; k++) {
    if (chars[k] !== '|') continue;
    const before = chars[k - 1];
    if (isWhitespace(before) || before === ESCAPE) continue;
    let rest = k + 1;
    if (rest < chars.length && chars[rest] !== ' ') continue;
    while (chars[rest] === ' ') rest++;
    return { nameEnd: k, rest };
  }
  return null;
}

/** What a substitution stands for: the inline content of what its directive made. */
function inlineContent(
  state: BlockState,
  blocks: readonly Block[],
): { inline: Inline[]; other: Block[] } {
  const inline: Inline[] = [];
  const other: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') inline.push(...block.content);
    else if (block.type === 'image') {
      // An image stands for its alternative text; with a target, as a link.
      const refname = state.context.imageTargetNames.get(block);
      if (refname !== undefined) {
        inline.push({ type: 'reference', text: block.alt, url: null, refname });
      } else if (block.target !== null) {
        inline.push({ type: 'reference', text: block.alt, url: block.target });
      } else inline.push({ type: 'text', text: block.alt });
    } else if (block.type !== 'target') other.push(block);
  }
  return { inline, other };
}

/**
 * `.. |name| directive:: ...`: docutils' Body.substitution_def. The directive (`replace`,
 * `unicode`, `date`, `image`) gives the substitution its content; the definition is noted for
 * the Substitutions transform and kept in place as a comment (docutils' HTML shows nothing
 * where it stands).
 */
export const substitutionDefinition: ExplicitConstruct = (state, at, start) => {
  const text = state.text(at);
  if (text[start] !== '|' || start + 1 >= text.length || text[start + 1] === ' ') return null;
  const line = state.lineNo(at);
  const block = getIndented(state.source, state.lines, at, {
    firstIndent: start + 1,
    stripIndent: false,
  });
  const construct = { end: block.end, blankFinish: block.blankFinish };
  // The name may run over lines: docutils joins them with a space until its pattern matches.
  let escaped = escapeToNull(state.source.text(block.lines[0]!).trimEnd());
  let index = 0;
  let match = matchName(escaped);
  while (!match && index + 1 < block.lines.length) {
    index++;
    escaped = [...escaped, ' ', ...escapeToNull(state.source.text(block.lines[index]!).trim())];
    match = matchName(escaped);
  }
  const raw = state.source.text(block.lines[0]!);
  state.emit({ type: 'comment', line, text: `|${raw}` });
  if (!match) {
    state.report(line, 'error', 'malformed substitution definition.');
    return construct;
  }
  const name = whitespaceNormalize(unescape(escaped.slice(0, match.nameEnd)));
  // Where the directive starts: after the name on the line the name ended on.
  const lastLine = block.lines[index]!;
  const lastText = state.source.text(lastLine);
  // Counted in UTF-16 units of the line as written (an escape mark stands for its backslash).
  const restOfLine = escaped.slice(match.rest).join('').length;
  const directiveLines = [
    shift(lastLine, afterSpaces(lastText, lastText.length - restOfLine)),
    ...block.lines.slice(index + 1),
  ];
  const sub = new BlockState(state.context, directiveLines, state.depth + 1, null);
  const first = sub.text(0);
  const nameEnd = simpleNameEnd(first, 0);
  const markerEnd =
    nameEnd > 0 && first.startsWith('::', nameEnd) ? spacesOrEnd(first, nameEnd + 2) : -1;
  if (directiveLines.every((view) => state.source.isBlank(view))) {
    state.report(line, 'warning', `Substitution definition "${name}" missing contents.`);
    return construct;
  }
  const target: SubstitutionTarget = { name, ltrim: false, rtrim: false };
  if (markerEnd !== -1) runDirective(sub, 0, 0, nameEnd, markerEnd, target);
  const { inline, other } = inlineContent(state, sub.emitted);
  for (const moved of other) state.emit(moved);
  if (inline.length === 0) {
    state.report(line, 'warning', `Substitution definition "${name}" empty or invalid.`);
    return construct;
  }
  const defined = state.context.substitutions;
  if (defined.has(name)) {
    state.report(line, 'error', `Duplicate substitution definition name: "${name}".`);
  }
  defined.set(name, { name, line, content: inline, ltrim: target.ltrim, rtrim: target.rtrim });
  return construct;
};
