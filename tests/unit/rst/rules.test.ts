import { describe, expect, test } from 'vitest';
import { newReaderContext } from '../../../src/notes/rst/block/context';
import { readNested } from '../../../src/notes/rst/block/parser';
import { BODY_TRANSITIONS, classifyLine } from '../../../src/notes/rst/block/patterns';
import { ANY_CHARACTER, BLOCK_RULES } from '../../../src/notes/rst/block/rules';
import { BlockState } from '../../../src/notes/rst/block/state';
import { isNameChar } from '../../../src/notes/rst/inline/chars';
import { escapeToNull } from '../../../src/notes/rst/inline/names';
import { standaloneInlineContext } from '../../../src/notes/rst/inline/context';
import { INLINE_RULES, NAME_CHARACTER } from '../../../src/notes/rst/inline/rules';
import { InlineState } from '../../../src/notes/rst/inline/state';
import { Source } from '../../../src/notes/rst/source/source';

// The block rules (src/notes/rst/block/rules.ts) are tried in one order and the states that
// follow a first construct (lists, definition lists, explicit markup) classify the next line
// with patterns.ts in another place: both must be docutils' order, or a line that two patterns
// match would be read one way at the start of a body and another way after a list.
//
// Both parsers offer a line (a position) only to the rules that declare its first character:
// a rule that could read something starting with another character would be skipped there, and
// the notes read differently. Each rule is tried on lines of many shapes after every ASCII
// character and some others.

function blockState(text: string): BlockState {
  const lines = text.split('\n');
  const source = new Source(lines);
  const context = newReaderContext(source, readNested);
  return new BlockState(context, source.all(), 1, null);
}

/** The name of the first rule that reads the first line of `text`, as the block parser tries them. */
function firstRule(text: string): string {
  const state = blockState(text);
  const found = BLOCK_RULES.find(([, rule]) => rule(state, 0));
  return found ? found[0] : 'none';
}

const ASCII = Array.from({ length: 0x5f }, (_, k) => String.fromCharCode(0x20 + k));
const FIRST_CHARACTERS = [...ASCII, '\u2022', '\u2023', '\u2043', 'é', 'あ', '。', '\u3000', '😀'];

describe('the block rule table', () => {
  test("names docutils' Body transitions in docutils' order", () => {
    expect(BLOCK_RULES.map(([name]) => name)).toEqual(['indent', ...BODY_TRANSITIONS]);
  });

  // One line per transition, and lines that more than one pattern matches.
  test.each([
    ['- item', 'bullet'],
    ['* * *', 'bullet'],
    ['1. item', 'enumerator'],
    ['#. item', 'enumerator'],
    ['(iv) item', 'enumerator'],
    ['1. looks like an item\nbut is text', 'enumerator'],
    [':field: body', 'field'],
    ['-a  an option', 'option'],
    ['--name=ARG  an option', 'option'],
    ['>>> 1 + 1', 'doctest'],
    ['| a line', 'lineBlock'],
    ['+--+--+', 'gridTable'],
    ['===  ===', 'simpleTable'],
    ['=====', 'line'],
    ['.. a comment', 'explicit'],
    ['..', 'explicit'],
    ['.. _name: https://example.com', 'explicit'],
    ['__ https://example.com', 'anonymous'],
    ['__', 'anonymous'],
    ['----', 'line'],
    ['::', 'line'],
    ['Plain text', 'text'],
    ['-- not a bullet', 'text'],
    ['   indented', 'indent'],
  ])('%j is read by the %s rule, the transition docutils takes', (text, rule) => {
    expect(firstRule(text)).toBe(rule);
    if (rule !== 'indent') expect(classifyLine(text.split('\n')[0]!).kind).toBe(rule);
  });
});

describe('rules are offered only what they declare they start with', () => {
  const blockTails = [
    '',
    ' x',
    'x',
    'xxx',
    '1. x',
    ') x',
    '. x',
    'x:: y',
    'x: y',
    'a  b',
    '-+',
    '> x',
  ];
  test.each(BLOCK_RULES.filter(([, , starts]) => starts !== ANY_CHARACTER))(
    'the block rule %s',
    (_name, rule, starts) => {
      for (const first of FIRST_CHARACTERS) {
        for (const tail of blockTails) {
          for (const line of [first + tail, first.repeat(4) + tail]) {
            if (rule(blockState(`${line}\n   body\n`), 0)) {
              expect(starts, `it read ${JSON.stringify(line)}`).toContain(first);
            }
          }
        }
      }
    },
  );

  const inlineTails = [
    'x',
    'x*',
    '*x**',
    'x`',
    '`x``',
    'x|',
    'x_',
    'x__',
    '1]_',
    'x]_',
    'r:`x`',
    'x` y',
  ];
  test.each(INLINE_RULES)('the inline rule %s', (_name, rule, starts) => {
    for (const first of FIRST_CHARACTERS) {
      for (const tail of inlineTails) {
        for (const text of [first + tail, first.repeat(2) + tail, `${first + tail} y_`]) {
          const state = new InlineState(
            escapeToNull(text),
            null,
            1,
            text.includes('_'),
            standaloneInlineContext(),
          );
          if (!rule(state, 0)) continue;
          if (starts === NAME_CHARACTER) expect(isNameChar(first), `it read ${text}`).toBe(true);
          else expect(starts, `it read ${JSON.stringify(text)}`).toContain(first);
        }
      }
    }
  });
});
