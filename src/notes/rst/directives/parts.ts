import { joinLines, trimBlankEnds } from '../source/source';
import { withSpec, type Directive } from './directive';

/*
 * docutils' document parts (directives/parts.py) and `include`.
 */

/**
 * `contents`: docutils puts a generated table of contents here. Musubi's outline already is
 * the table of contents, so it adds nothing to the text (and nothing to report).
 */
export const contentsDirective = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: false,
    options: ['depth', 'local', 'backlinks', 'class'],
  },
  (state, call) => {
    state.emit({
      type: 'comment',
      line: call.line,
      text: joinLines(state.source, trimBlankEnds(state.source, call.block)),
    });
  },
);

/** A whole number option (docutils' `int`), or the fallback. */
function whole(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\s*[-+]?\d+\s*$/.test(value)) return fallback;
  return Number.parseInt(value, 10);
}

/** `sectnum` / `section-numbering`: sections get numbers (the SectNum transform gives them). */
export const sectnumDirective = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 0,
    finalArgumentWhitespace: false,
    hasContent: false,
    options: ['depth', 'start', 'prefix', 'suffix'],
  },
  (state, _call, { options }) => {
    state.context.sectionNumbering = {
      depth: whole(options.get('depth'), Number.MAX_SAFE_INTEGER),
      start: whole(options.get('start'), 1),
      prefix: options.get('prefix') ?? '',
      suffix: options.get('suffix') ?? '',
    };
  },
);

/** `header` and `footer`: their content is kept where it stands. */
export const decorationDirective = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 0,
    finalArgumentWhitespace: false,
    hasContent: true,
    options: [],
  },
  (state, call, { content }) => {
    if (content.length === 0) {
      state.report(
        call.line,
        'error',
        `Content block expected for the "${call.name}" directive; none found.`,
      );
      return;
    }
    for (const block of state.nested(content)) state.emit(block);
  },
);

/**
 * `include`: the reader never reads another file. The notebook loader puts the included
 * document's blocks in the place of this block, or says why it cannot.
 */
export const includeDirective: Directive = withSpec(
  {
    requiredArguments: 1,
    optionalArguments: 0,
    finalArgumentWhitespace: true,
    hasContent: false,
    options: 'any',
  },
  (state, call, { arguments: [path] }) => {
    state.emit({ type: 'include', line: call.line, path: path! });
  },
);
