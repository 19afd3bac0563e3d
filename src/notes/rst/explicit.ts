import type { BodyParser } from './body';
import { inlines, report } from './context';
import { directive } from './directives';
import { classifyLine } from './patterns';
import { getIndented, joinLines, trimBlankEnds, type LineView } from './source';
import { parseTarget, targetUrl } from './targets';

/*
 * Explicit markup (".. " and "__ "): docutils' Body.explicit_markup / anonymous and the Explicit
 * state that reads the constructs directly after the first.
 */

interface Construct {
  end: number;
  blankFinish: boolean;
}

export function explicitMarkup(parser: BodyParser, at: number): number {
  let construct = explicitConstruct(parser, at);
  for (;;) {
    // The Explicit state goes on only with another construct right below; a blank line ends it.
    if (construct.end >= parser.lines.length || parser.isBlank(construct.end)) break;
    if (parser.isIndented(construct.end)) break;
    const kind = classifyLine(parser.text(construct.end)).kind;
    if (kind !== 'explicit' && kind !== 'anonymous') break;
    construct = explicitConstruct(parser, construct.end);
  }
  if (!construct.blankFinish) parser.unindentWarning('Explicit markup', construct.end);
  return construct.end;
}

/** `\w` without "_", as docutils' simplename uses it. */
function isNameChar(char: string | undefined): boolean {
  return char !== undefined && char !== '_' && /^[\p{L}\p{N}\p{M}\p{Pc}]$/u.test(char);
}

/** docutils' simplename `(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*` at `at`; returns its end or -1. */
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

function afterSpaces(text: string, at: number): number {
  let end = at;
  while (text[end] === ' ') end++;
  return end;
}

/** `( +|$)` at `at`. */
function spacesOrEnd(text: string, at: number): number {
  if (at === text.length) return at;
  return text[at] === ' ' ? afterSpaces(text, at) : -1;
}

/** The first line's constructs, tried in docutils' order (Body.explicit.constructs). */
function explicitConstruct(parser: BodyParser, at: number): Construct {
  const text = parser.text(at);
  if (text.startsWith('__')) return anonymousTarget(parser, at, afterSpaces(text, 2));
  const start = afterSpaces(text, 2);
  if (start > 2) {
    if (text[start] === '[') {
      const label = footnoteLabelEnd(text, start + 1);
      if (label !== -1 && text[label] === ']') {
        const end = spacesOrEnd(text, label + 1);
        if (end !== -1) return footnote(parser, at, text.slice(start + 1, label), end);
      }
    }
    if (text[start] === '_' && start + 1 < text.length && text[start + 1] !== ' ') {
      return hyperlinkTarget(parser, at, start + 1);
    }
    if (text[start] === '|' && start + 1 < text.length && text[start + 1] !== ' ') {
      return substitutionDefinition(parser, at);
    }
    const nameEnd = simpleNameEnd(text, start);
    if (nameEnd !== -1) {
      let colons = nameEnd;
      if (text[colons] === ' ') colons++;
      if (text.startsWith('::', colons)) {
        const end = spacesOrEnd(text, colons + 2);
        if (end !== -1) return directive(parser, at, text.slice(start, nameEnd), end);
      }
    }
  }
  return comment(parser, at, start);
}

/** Footnote labels ([0-9]+, #, #name, *) and citation labels (simplename). */
function footnoteLabelEnd(text: string, at: number): number {
  if (text[at] === '*') return at + 1;
  if (text[at] === '#') {
    const name = simpleNameEnd(text, at + 1);
    return name === -1 ? at + 1 : name;
  }
  return simpleNameEnd(text, at);
}

/** Footnotes and citations keep their label and body, shown like an admonition. */
function footnote(parser: BodyParser, at: number, label: string, markerEnd: number): Construct {
  const block = getIndented(parser.source, parser.lines, at, { firstIndent: markerEnd });
  const line = parser.lineNo(at);
  const name = /^([0-9]+|#.*|\*)$/.test(label) ? 'footnote' : 'citation';
  parser.emit({
    type: 'admonition',
    line,
    name,
    title: inlines(parser.context, label, line),
    blocks: parser.nested(block.lines),
  });
  return { end: block.end, blankFinish: block.blankFinish };
}

/** `.. _name: url`, `.. _name:` (internal target), `.. __: url` and `.. _name: other_`. */
function hyperlinkTarget(parser: BodyParser, at: number, nameStart: number): Construct {
  const block = getIndented(parser.source, parser.lines, at, {
    firstIndent: nameStart,
    untilBlank: true,
    stripIndent: false,
  });
  const line = parser.lineNo(at);
  const texts = block.lines.map((view) => parser.source.text(view));
  const target = parseTarget(texts);
  if (!target) {
    report(parser.context, line, 'warning', 'malformed hyperlink target.');
    return comment(parser, at, afterSpaces(parser.text(at), 2));
  }
  parser.emit({ type: 'target', line, ...target });
  return { end: block.end, blankFinish: block.blankFinish };
}

function anonymousTarget(parser: BodyParser, at: number, markerEnd: number): Construct {
  const block = getIndented(parser.source, parser.lines, at, {
    firstIndent: markerEnd,
    untilBlank: true,
  });
  const texts = block.lines.map((view) => parser.source.text(view));
  parser.emit({
    type: 'target',
    line: parser.lineNo(at),
    name: null,
    anonymous: true,
    ...targetUrl(texts),
  });
  return { end: block.end, blankFinish: block.blankFinish };
}

/** Substitution definitions are not interpreted: kept as comments. */
function substitutionDefinition(parser: BodyParser, at: number): Construct {
  report(
    parser.context,
    parser.lineNo(at),
    'info',
    'Substitution definitions are not interpreted; kept as a comment.',
  );
  return comment(parser, at, afterSpaces(parser.text(at), 2));
}

/** docutils' Body.comment. */
function comment(parser: BodyParser, at: number, textStart: number): Construct {
  const line = parser.lineNo(at);
  const first = parser.text(at).slice(textStart);
  if (!first.trim() && (at + 1 >= parser.lines.length || parser.isBlank(at + 1))) {
    // "A tiny but practical wart": an empty comment ends at its own line.
    parser.emit({ type: 'comment', line, text: '' });
    return { end: at + 1, blankFinish: true };
  }
  const block = getIndented(parser.source, parser.lines, at, { firstIndent: textStart });
  const lines: LineView[] = trimBlankEnds(parser.source, block.lines);
  parser.emit({ type: 'comment', line, text: joinLines(parser.source, lines) });
  return { end: block.end, blankFinish: block.blankFinish };
}
