import { joinLines } from '../source/source';
import { withSpec, type Directive, type DirectiveCall } from './directive';
import type { BlockState } from '../block/state';

/*
 * The directives that only make sense in a substitution definition (docutils' directives/
 * misc.py `replace`, `unicode`, `date`): they give the definition its inline content. The
 * substitution definition (block/explicit/substitution-definition.ts) reads what they emit.
 */

/** docutils: "Invalid context: the "replace" directive can only be used within a substitution definition." */
function outsideDefinition(state: BlockState, call: DirectiveCall): boolean {
  if (call.substitution !== undefined) return false;
  state.report(
    call.line,
    'error',
    `Invalid context: the "${call.name}" directive can only be used within a substitution definition.`,
  );
  return true;
}

/** `replace`: one paragraph, whose inline content is the substitution. */
export const replaceDirective: Directive = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 0,
    finalArgumentWhitespace: false,
    hasContent: true,
    options: [],
  },
  (state, call, { content }) => {
    if (outsideDefinition(state, call)) return;
    if (content.length === 0) {
      state.report(
        call.line,
        'error',
        `Content block expected for the "${call.name}" directive; none found.`,
      );
      return;
    }
    const blocks = state.nested(content);
    const paragraphs = blocks.filter((block) => block.type === 'paragraph');
    if (blocks.length !== 1 || paragraphs.length !== 1) {
      state.report(
        call.line,
        'error',
        `Error in "${call.name}" directive: may contain a single paragraph only.`,
      );
      return;
    }
    state.emit(paragraphs[0]!);
  },
);

/**
 * docutils' unicode_code: `0xA9`, `xA9`, `\xA9`, `U+00A9`, `uA9`, `\uA9`, `&#xA9;`, `&#169;`
 * or a decimal number is a character; anything else stands as it is.
 */
function unicodeCode(code: string): string {
  const hex = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-f]+);?$/iu.exec(code);
  const decimal = hex ? null : /^(?:&#)?([0-9]+);?$/u.exec(code);
  const value = hex ? parseInt(hex[1]!, 16) : decimal ? parseInt(decimal[1]!, 10) : NaN;
  if (Number.isNaN(value)) return code;
  if (value > 0x10ffff) throw new RangeError(`code too large (${value} > 0x10ffff)`);
  return String.fromCodePoint(value);
}

/** `unicode`: character codes (and text) up to a `..` comment; `:trim:` eats nearby spaces. */
export const unicodeDirective: Directive = withSpec(
  {
    requiredArguments: 1,
    optionalArguments: 0,
    finalArgumentWhitespace: true,
    hasContent: false,
    options: ['trim', 'ltrim', 'rtrim'],
  },
  (state, call, { arguments: [argument], options }) => {
    if (outsideDefinition(state, call)) return;
    const trim = options.has('trim');
    call.substitution!.ltrim = trim || options.has('ltrim');
    call.substitution!.rtrim = trim || options.has('rtrim');
    const codes = argument!
      .split(/(?: |\n|^)\.\. /u)[0]!
      .split(/\s+/u)
      .filter(Boolean);
    let text = '';
    for (const code of codes) {
      try {
        text += unicodeCode(code);
      } catch (error) {
        state.report(
          call.line,
          'error',
          `Invalid character code: ${code}\n${error instanceof Error ? error.message : ''}`,
        );
        return;
      }
    }
    state.emit({ type: 'paragraph', line: call.line, content: [{ type: 'text', text }] });
  },
);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Python's time.strftime for the usual codes (local time, C locale). */
function strftime(format: string, date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const codes: Readonly<Record<string, () => string>> = {
    Y: () => String(date.getFullYear()),
    y: () => two(date.getFullYear() % 100),
    m: () => two(date.getMonth() + 1),
    d: () => two(date.getDate()),
    H: () => two(date.getHours()),
    M: () => two(date.getMinutes()),
    S: () => two(date.getSeconds()),
    B: () => MONTHS[date.getMonth()]!,
    b: () => MONTHS[date.getMonth()]!.slice(0, 3),
    A: () => DAYS[date.getDay()]!,
    a: () => DAYS[date.getDay()]!.slice(0, 3),
    j: () =>
      String(
        Math.floor((date.getTime() - new Date(date.getFullYear(), 0, 1).getTime()) / 86_400_000) +
          1,
      ).padStart(3, '0'),
    '%': () => '%',
  };
  return format.replace(/%(.)/gu, (whole, code: string) => codes[code]?.() ?? whole);
}

/** `date`: today's date, in the format given (`%Y-%m-%d` by default). */
export const dateDirective: Directive = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 0,
    finalArgumentWhitespace: false,
    hasContent: true,
    options: [],
  },
  (state, call, { content }) => {
    if (outsideDefinition(state, call)) return;
    const format = joinLines(state.source, content) || '%Y-%m-%d';
    state.emit({
      type: 'paragraph',
      line: call.line,
      content: [{ type: 'text', text: strftime(format, new Date()) }],
    });
  },
);
