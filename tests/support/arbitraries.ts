/**
 * fast-check generators of reStructuredText-like notes, for the property tests in tests/unit/fuzz.
 *
 * Three families:
 * - `chaoticRst`: lines made of every construct the reader has to recognise (adornments, bullets,
 *   enumerators, `::`, `..` directives and targets, backticks, asterisks, `_`/`__`, `<url>`s,
 *   roles, field lists, tables), mixed with Japanese, emoji and control characters, indented
 *   with spaces and TABs, and ended by LF, CRLF or CR at random. Most of it is not valid RST;
 *   the reader has to survive it and report problems as diagnostics.
 * - `plainNotes`: well-formed notes in the shape the seed memo has (sections, TAB-indented
 *   definition lists, bullets, paragraphs with simple inline markup and embedded https links),
 *   where every word must survive into the concept graph. `plainNotesWithWords` also returns
 *   the words that were written, for the "nothing lost" property.
 * - `documentModel`: NotesDocument values built directly (colliding, empty and Object.prototype
 *   names, unsafe URLs, nesting), to fuzz the graph builder apart from the reader.
 */
import fc from 'fast-check';
import type { Block, Inline, NotesDocument } from '../../src/notes/document/model';

const asciiWord = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const japaneseWord = fc.constantFrom(
  'ポッド',
  'サービス',
  '用語',
  '基本的なところ',
  'コンテナ',
  'ロードバランサ',
  '設定',
  '日本語',
  'ｆｕｌｌ',
);
const emoji = fc.constantFrom('😀', '👩‍💻', '🇯🇵', '✨', '🧪');
const controlCharacter = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u001c',
  '\u2028',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u3000',
  '\ufeff',
);

const markupFragment = fc.constantFrom(
  '`',
  '``',
  '*',
  '**',
  '_',
  '__',
  '::',
  ':',
  '|',
  '\\',
  '<',
  '>',
  '[',
  ']',
  '..',
  '`a b`_',
  '`x <https://example.com/x>`_',
  '`x <https://example.com/x>`__',
  '`bad <javascript:alert(1)>`_',
  '<https://example.com/y>',
  'https://example.com/z',
  'mailto:a@example.com',
  'name_',
  'anon__',
  '`name`_',
  ':emphasis:`x`',
  '`x`:strong:',
  ':unknown-role:`y`',
  '``lit``',
  '*em*',
  '**strong**',
  '[1]_',
  '[#]_',
  '|sub|',
  '`unterminated',
  '``unterminated',
  '*unterminated',
  '**unterminated',
  '`a <b`_',
  // Sphinx roles, substitution links, inline targets and the other footnote labels.
  ':func:`~a.b()`',
  ':class:`!X`',
  ':meth:`title <a.b>`',
  ':ref:`label`',
  ':doc:`/guide/index`',
  ':term:`a term <Term>`',
  ':kbd:`Ctrl+C`',
  ':abbr:`A (b)`',
  ':menuselection:`a --> b`',
  ':file:`a/{b}`',
  ':guilabel:`&OK`',
  ':py:unknown:`z`',
  '|sub|_',
  '|sub|__',
  '_`inline target`',
  '[*]_',
  '[#auto]_',
  '[CIT2002]_',
);

const fragment = fc.oneof(
  { weight: 6, arbitrary: asciiWord },
  { weight: 3, arbitrary: japaneseWord },
  { weight: 1, arbitrary: emoji },
  { weight: 4, arbitrary: markupFragment },
  { weight: 1, arbitrary: controlCharacter },
);

const inlineText = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', ' ', '', '  '))
  .map(([fragments, separator]) => fragments.join(separator));

const adornmentCharacter = fc.constantFrom(
  '=',
  '-',
  '~',
  '`',
  '#',
  '*',
  '+',
  '^',
  '"',
  ':',
  '.',
  '_',
  "'",
);

const adornment = fc
  .tuple(adornmentCharacter, fc.integer({ min: 1, max: 40 }))
  .map(([character, length]) => character.repeat(length));

const linePrefix = fc.constantFrom(
  '* ',
  '- ',
  '+ ',
  '• ',
  '1. ',
  '2) ',
  '(a) ',
  'i. ',
  '#. ',
  'A. ',
  ':field: ',
  ':: ',
  '| ',
  '>>> ',
  '-a  ',
  '--opt=x  ',
  '.. ',
  '__ ',
);

const directiveLine = fc.constantFrom(
  '.. note::',
  '.. warning:: careful',
  '.. admonition:: Title',
  '.. raw:: html',
  '.. include:: /etc/passwd',
  '.. image:: x.png',
  '.. code-block:: python',
  '.. unknown-directive::',
  '.. _target: https://example.com/t',
  '.. _target:',
  '.. _`odd name`: javascript:alert(1)',
  '__ https://example.com/anon',
  '.. |sub| replace:: text',
  '.. [1] footnote',
  '.. comment text',
  '..',
  '+-----+-----+',
  '| a   | b   |',
  '+=====+=====+',
  '===== =====',
  '----- -----',
  'term : classifier',
  'paragraph::',
  // The constructs of issue 10: tables, images, substitutions, Sphinx directives.
  '.. list-table:: Title',
  '.. csv-table::',
  '"a", "b, c"',
  '* - cell',
  '.. table:: Caption',
  '.. figure:: f.png',
  ':target: name_',
  ':alt: text',
  ':header-rows: 1',
  '.. |img| image:: b.png',
  '.. |c| unicode:: 0xA9 .. copyright',
  '.. |d| date:: %Y',
  '.. glossary::',
  '.. toctree::',
  '.. function:: f(x, y=1)',
  '.. autoclass:: module.Class',
  '.. versionadded:: 1.0',
  '.. seealso::',
  '.. sectnum::',
  '.. contents::',
  '.. parsed-literal::',
  '.. default-role:: code',
  '.. role:: custom(emphasis)',
  '.. only:: html',
  '.. literalinclude:: x.py',
  '.. [#] auto-numbered',
  '.. [*] symbol',
  '.. [CIT2002] citation',
  '.. _chained:',
);

const lineContent = fc.oneof(
  { weight: 5, arbitrary: inlineText },
  { weight: 2, arbitrary: adornment },
  { weight: 2, arbitrary: fc.tuple(linePrefix, inlineText).map(([prefix, text]) => prefix + text) },
  { weight: 2, arbitrary: directiveLine },
);

const indentation = fc
  .array(fc.constantFrom(' ', '  ', '\t', '    ', '   '), { maxLength: 4 })
  .map((parts) => parts.join(''));

const newline = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

const chaoticLine = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(indentation, lineContent).map(([indent, text]) => indent + text),
  },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: indentation },
);

/** Anything RST-like: the reader must survive it. */
export const chaoticRst: fc.Arbitrary<string> = fc
  .array(fc.tuple(chaoticLine, newline), { maxLength: 40 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));

// ---------------------------------------------------------------------------------------------
// Well-formed notes, and the words written in them.

/** Words with no markup meaning: a letter first, so no line ever starts an enumerated list. */
const plainWord = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/) },
  { weight: 2, arbitrary: japaneseWord },
);

/** A run of words, sometimes wrapped in inline markup that keeps its text. */
const phrase = fc
  .tuple(
    fc.array(plainWord, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('plain', 'plain', 'plain', 'literal', 'emphasis', 'strong', 'cite', 'link'),
  )
  .map(([words, markup]) => {
    const text = words.join(' ');
    switch (markup) {
      case 'literal':
        return { text: `\`\`${text}\`\``, words };
      case 'emphasis':
        return { text: `*${text}*`, words };
      case 'strong':
        return { text: `**${text}**`, words };
      case 'cite':
        return { text: `\`${text}\``, words };
      case 'link':
        return { text: `\`${text} <https://example.com/${words[0]}>\`_`, words };
      default:
        return { text, words };
    }
  });

interface Written {
  lines: string[];
  words: string[];
}

const paragraphLines = fc
  .array(fc.array(phrase, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .map((lines): Written => ({
    lines: lines.map((phrases) => phrases.map((p) => p.text).join(' ')),
    words: lines.flatMap((phrases) => phrases.flatMap((p) => p.words)),
  }));

const bulletList = fc
  .array(paragraphLines, { minLength: 1, maxLength: 3 })
  .map((items): Written => ({
    lines: items.flatMap((item) => [
      ...item.lines.map((line, index) => (index === 0 ? '* ' : '  ') + line),
    ]),
    words: items.flatMap((item) => item.words),
  }));

/** A term line: plain words only, as in the seed memo (`Pod`, `ReplicaSet`). */
const termLine = fc
  .array(plainWord, { minLength: 1, maxLength: 3 })
  .map((words): Written => ({ lines: [words.join(' ')], words }));

function indentBlock(block: Written, indent: string): Written {
  return { lines: block.lines.map((line) => indent + line), words: block.words };
}

function joinBlocks(blocks: Written[]): Written {
  return {
    lines: blocks.flatMap((block, index) => (index === 0 ? block.lines : ['', ...block.lines])),
    words: blocks.flatMap((block) => block.words),
  };
}

const bodyBlock = fc.oneof(
  { weight: 3, arbitrary: paragraphLines },
  { weight: 1, arbitrary: bulletList },
);

/** A definition list; definitions are TAB- or space-indented and may nest one more list. */
const definitionList: fc.Arbitrary<Written> = fc
  .array(
    fc.tuple(
      termLine,
      fc.array(bodyBlock, { minLength: 1, maxLength: 2 }),
      fc.option(fc.array(fc.tuple(termLine, paragraphLines), { minLength: 1, maxLength: 2 })),
      fc.constantFrom('\t', '    ', '  '),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((items) =>
    joinBlocks(
      items.map(([term, body, nested, indent]) => {
        const definition: Written[] = [...body];
        if (nested) {
          definition.push(
            joinBlocks(
              nested.map(([nestedTerm, nestedBody]) =>
                joinBlocks([nestedTerm, indentBlock(nestedBody, indent)]),
              ),
            ),
          );
        }
        const definitionText = indentBlock(joinBlocks(definition), indent);
        // No blank line between a term and its definition (docutils: the definition follows).
        return {
          lines: [...term.lines, ...definitionText.lines],
          words: [...term.words, ...definitionText.words],
        };
      }),
    ),
  );

/** Column width as docutils measures titles: East Asian wide characters take two columns. */
function columnWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\uffdc]/u.test(character) ? 2 : 1;
  return width;
}

function section(title: Written, adornmentCharacter: string, body: Written[]): Written {
  const underline = adornmentCharacter.repeat(columnWidth(title.lines[0]!) + 2);
  return joinBlocks([{ lines: [title.lines[0]!, underline], words: title.words }, ...body]);
}

const sectionBody = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: definitionList },
    { weight: 2, arbitrary: paragraphLines },
    { weight: 1, arbitrary: bulletList },
  ),
  { minLength: 0, maxLength: 3 },
);

const subsection = fc
  .tuple(termLine, sectionBody)
  .map(([title, body]) => section(title, '-', body));

const topSection = fc
  .tuple(termLine, sectionBody, fc.array(subsection, { maxLength: 2 }))
  .map(([title, body, subsections]) => section(title, '=', [...body, ...subsections]));

/** Well-formed notes and the words written in them, in order. */
export const plainNotesWithWords: fc.Arbitrary<{ text: string; words: string[] }> = fc
  .tuple(
    fc.array(fc.oneof(paragraphLines, definitionList), { maxLength: 2 }),
    fc.array(topSection, { minLength: 0, maxLength: 3 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([preamble, sections, end]) => {
    const written = joinBlocks([...preamble, ...sections]);
    return { text: written.lines.join(end) + end, words: written.words };
  });

/** Well-formed notes in the seed memo's shape. */
export const plainNotes: fc.Arbitrary<string> = plainNotesWithWords.map(({ text }) => text);

// ---------------------------------------------------------------------------------------------
// Document models, to fuzz the graph builder independently of the reader.

/** Names that collide (case, width, punctuation), are empty, or are keys of Object.prototype. */
const conceptName = fc.constantFrom(
  'Pod',
  'pod',
  'ＰＯＤ',
  'Pod!',
  'Service',
  'Service Account',
  'ポッド',
  'ユーザ',
  'ユーザ名',
  '',
  '   ',
  '???',
  '..',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '😀',
  'a/b',
  'Helm',
  'overwhelm',
);

const linkUrl = fc.constantFrom(
  'https://example.com/a',
  'mailto:a@example.com',
  '#pod',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html,x',
  '//evil.example',
  'page.html',
);

const modelInline: fc.Arbitrary<Inline> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .oneof(conceptName, asciiWord)
      .map((text) => ({ type: 'text' as const, text: ` ${text} ` })),
  },
  { weight: 1, arbitrary: conceptName.map((text) => ({ type: 'literal' as const, text })) },
  { weight: 1, arbitrary: conceptName.map((text) => ({ type: 'strong' as const, text })) },
  {
    weight: 1,
    arbitrary: conceptName.map((text) => ({
      type: 'interpreted' as const,
      role: 'title-reference',
      text,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(conceptName, fc.option(linkUrl, { nil: null }))
      .map(([text, url]) => ({ type: 'reference' as const, text: text || 'link', url })),
  },
);

/** Inline runs separated by spaces, as docutils requires around inline markup. */
const modelInlines = fc
  .array(modelInline, { maxLength: 4 })
  .map((inlines) =>
    inlines.flatMap((inline, index): Inline[] =>
      index === 0 ? [inline] : [{ type: 'text', text: ' ' }, inline],
    ),
  );
const modelLabel = conceptName.map((text) => (text ? [{ type: 'text' as const, text }] : []));

/**
 * Block trees with lines left at 0; `numberLines` gives every element the next line, so the
 * numbers are in document order and within the document, as the reader's contract says.
 */
const { block: modelBlock } = fc.letrec<{ block: Block; blocks: Block[] }>((tie) => ({
  blocks: fc.array(tie('block'), { maxLength: 3, depthIdentifier: 'blocks' }),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true, depthIdentifier: 'blocks' },
    modelInlines.map((content): Block => ({ type: 'paragraph', line: 0, content })),
    fc.tuple(modelLabel, tie('blocks')).map(([title, blocks]): Block => ({
      type: 'section',
      line: 0,
      endLine: 0,
      level: 1,
      title,
      blocks: blocks as Block[],
    })),
    fc
      .array(fc.tuple(modelLabel, fc.array(modelLabel, { maxLength: 1 }), tie('blocks')), {
        minLength: 1,
        maxLength: 3,
      })
      .map((items): Block => ({
        type: 'definitionList',
        line: 0,
        items: items.map(([term, classifiers, blocks]) => ({
          line: 0,
          endLine: 0,
          term,
          classifiers,
          blocks: blocks as Block[],
        })),
      })),
    fc.array(tie('blocks'), { minLength: 1, maxLength: 3 }).map((items): Block => ({
      type: 'bulletList',
      line: 0,
      bullet: '*',
      items: items.map((blocks) => ({ line: 0, blocks: blocks as Block[] })),
    })),
    fc
      .tuple(tie('blocks'), fc.option(modelInlines, { nil: undefined }))
      .map(([blocks, attribution]): Block => ({
        type: 'blockQuote',
        line: 0,
        blocks: blocks as Block[],
        attribution,
      })),
    fc.tuple(modelLabel, tie('blocks')).map(([title, blocks]): Block => ({
      type: 'admonition',
      line: 0,
      name: 'note',
      title,
      blocks: blocks as Block[],
    })),
    conceptName.map((text): Block => ({ type: 'literalBlock', line: 0, text })),
    conceptName.map((text): Block => ({ type: 'comment', line: 0, text })),
    fc
      .tuple(conceptName, linkUrl)
      .map(([name, url]): Block => ({ type: 'target', line: 0, name, anonymous: false, url })),
  ),
}));

/** A copy of `blocks` with lines numbered in document order; returns the last line used. */
function numberLines(blocks: readonly Block[], next: { line: number }, level: number): Block[] {
  return blocks.map((block): Block => {
    const line = next.line++;
    switch (block.type) {
      case 'section': {
        const inner = numberLines(block.blocks, next, level + 1);
        return { ...block, line, level, blocks: inner, endLine: next.line - 1 };
      }
      case 'definitionList':
        return {
          ...block,
          line,
          items: block.items.map((item, index) => {
            const itemLine = index === 0 ? line : next.line++;
            const inner = numberLines(item.blocks, next, level);
            return { ...item, line: itemLine, blocks: inner, endLine: next.line - 1 };
          }),
        };
      case 'bulletList':
      case 'enumeratedList':
        return {
          ...block,
          line,
          items: block.items.map((item, index) => {
            const itemLine = index === 0 ? line : next.line++;
            return { ...item, line: itemLine, blocks: numberLines(item.blocks, next, level) };
          }),
        };
      case 'blockQuote':
      case 'admonition':
        return { ...block, line, blocks: numberLines(block.blocks, next, level) };
      default:
        return { ...block, line };
    }
  });
}

/** Any document model the reader could produce: the graph builder must survive it. */
export const documentModel: fc.Arbitrary<NotesDocument> = fc
  .tuple(fc.option(modelLabel, { nil: null }), fc.array(modelBlock, { maxLength: 5 }), fc.boolean())
  .map(([title, blocks, withSubtitle]) => {
    const next = { line: 1 };
    const titleLine = title ? next.line++ : null;
    const subtitleLine = title && withSubtitle ? next.line++ : null;
    const numbered = numberLines(blocks, next, 1);
    return {
      title,
      titleLine,
      subtitle: subtitleLine ? [{ type: 'text' as const, text: 'subtitle words' }] : null,
      subtitleLine,
      blocks: numbered,
      lineCount: next.line - 1 || 1,
      diagnostics: [],
    };
  });
