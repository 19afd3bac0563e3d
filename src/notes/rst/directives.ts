import type { BodyParser } from './body';
import { inlines, report } from './context';
import { classifyLine } from './patterns';
import { getIndented, joinLines, trimBlankEnds, type LineView } from './source';

/*
 * Directives. Admonitions keep their text as blocks; every other directive keeps its content
 * as a literal block with a diagnostic, so nothing in the notes is lost. `raw` and `include`
 * never read files or pass markup through (rst_oracle.py runs docutils with both disabled).
 */

/** docutils' specific admonitions (directives/admonitions.py). */
const ADMONITIONS = new Set([
  'attention',
  'caution',
  'danger',
  'error',
  'hint',
  'important',
  'note',
  'tip',
  'warning',
]);

/** Directive names docutils knows in English (parsers/rst/languages/en.py). */
const KNOWN_DIRECTIVES = new Set([
  ...ADMONITIONS,
  'admonition',
  'class',
  'code',
  'code-block',
  'compound',
  'container',
  'contents',
  'csv-table',
  'date',
  'default-role',
  'epigraph',
  'figure',
  'footer',
  'header',
  'highlights',
  'image',
  'include',
  'line-block',
  'list-table',
  'math',
  'meta',
  'parsed-literal',
  'pull-quote',
  'raw',
  'replace',
  'role',
  'rubric',
  'section-numbering',
  'sectnum',
  'sidebar',
  'sourcecode',
  'table',
  'target-notes',
  'title',
  'topic',
  'unicode',
]);

/** parse_directive_block: arguments (up to the first blank line), options, content. */
function splitDirectiveBlock(parser: BodyParser, lines: LineView[]) {
  const source = parser.source;
  let blank = lines.findIndex((line) => source.isBlank(line));
  if (blank === -1) blank = lines.length;
  let argumentLines = lines.slice(0, blank);
  const optionStart = argumentLines.findIndex(
    (line) => classifyLine(source.text(line)).kind === 'field',
  );
  if (optionStart !== -1) argumentLines = argumentLines.slice(0, optionStart);
  return { argumentLines, afterArguments: lines.slice(blank) };
}

/** `.. name:: ...` at line `at`; `markerEnd` is where the text after "::" starts. */
export function directive(
  parser: BodyParser,
  at: number,
  rawName: string,
  markerEnd: number,
): { end: number; blankFinish: boolean } {
  const block = getIndented(parser.source, parser.lines, at, {
    firstIndent: markerEnd,
    stripTop: false,
  });
  const lines = trimBlankEnds(parser.source, block.lines);
  const name = rawName.toLowerCase();
  const line = parser.lineNo(at);
  const { argumentLines, afterArguments } = splitDirectiveBlock(parser, lines);
  const content = trimBlankEnds(parser.source, afterArguments);

  if (ADMONITIONS.has(name) || name === 'admonition') {
    // Specific admonitions take no argument: text on the directive line is content.
    const title = name === 'admonition' ? joinLines(parser.source, argumentLines) : '';
    const body =
      name === 'admonition'
        ? content
        : trimBlankEnds(parser.source, [...argumentLines, ...afterArguments]);
    if (name === 'admonition' && !title) {
      report(
        parser.context,
        line,
        'error',
        'Error in "admonition" directive:\n1 argument(s) required, 0 supplied.',
      );
    } else if (body.length === 0) {
      report(
        parser.context,
        line,
        'error',
        `Content block expected for the "${name}" directive; none found.`,
      );
    }
    parser.emit({
      type: 'admonition',
      line,
      name,
      title: title ? inlines(parser.context, title, line) : [],
      blocks: parser.nested(body),
    });
    return { end: block.end, blankFinish: block.blankFinish };
  }

  // Content if there is some, else the arguments (an image's path, say).
  const kept = content.length > 0 ? content : argumentLines;
  if (kept.length > 0) {
    parser.emit({
      type: 'literalBlock',
      line: kept[0]!.index + 1,
      text: joinLines(parser.source, kept),
    });
  }
  if (name === 'raw' || name === 'include') {
    report(parser.context, line, 'warning', `"${name}" directive disabled.`);
  } else if (KNOWN_DIRECTIVES.has(name)) {
    report(
      parser.context,
      line,
      'info',
      `The "${name}" directive is not interpreted; its content is kept as literal text.`,
    );
  } else {
    report(parser.context, line, 'error', `Unknown directive type "${rawName}".`);
  }
  return { end: block.end, blankFinish: block.blankFinish };
}
