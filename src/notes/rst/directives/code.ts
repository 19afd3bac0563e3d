import type { BlockState } from '../block/state';
import { joinLines, type LineView } from '../source/source';
import { withSpec, type DirectiveCall } from './directive';
import type { DirectiveSpec } from './directive-block';
import { nameElement } from './names';

/*
 * Code: docutils' `code` and `math`, Sphinx's `code-block` / `sourcecode`, `literalinclude`,
 * `productionlist` and the doctest extension's blocks. The code is kept as written, with its
 * language; nothing is highlighted or run.
 */

const CODE: DirectiveSpec = {
  requiredArguments: 0,
  optionalArguments: 1,
  finalArgumentWhitespace: false,
  hasContent: true,
  options: 'any',
};

/** Sphinx's `:dedent:` option: that many columns off every line (or the common indentation). */
function dedented(state: BlockState, lines: LineView[], dedent: string | undefined): string {
  const text = joinLines(state.source, lines);
  if (dedent === undefined) return text;
  const rows = text.split('\n');
  const amount = /^\d+$/.test(dedent.trim())
    ? Number(dedent.trim())
    : Math.min(
        ...rows.filter((row) => row.trim()).map((row) => row.length - row.trimStart().length),
      );
  return rows
    .map((row) => row.slice(Math.min(amount, row.length - row.trimStart().length)))
    .join('\n');
}

function emitCode(
  state: BlockState,
  call: DirectiveCall,
  content: LineView[],
  options: ReadonlyMap<string, string>,
  language: string | undefined,
): void {
  if (content.length === 0) {
    state.report(
      call.line,
      'error',
      `Content block expected for the "${call.rawName}" directive; none found.`,
    );
    return;
  }
  nameElement(state, call, options);
  const caption = options.get('caption');
  if (caption) {
    // Sphinx shows a code block's caption above it.
    state.emit({ type: 'rubric', line: call.line, content: state.inlines(caption, call.line) });
  }
  state.emit({
    type: 'literalBlock',
    line: state.source.lineNumber(content[0]!),
    text: dedented(state, content, options.get('dedent')),
    ...(language ? { language } : {}),
  });
}

/** `code-block`, `sourcecode`, `code`: the code in the language the argument names. */
export const codeDirective = withSpec(
  CODE,
  (state, call, { arguments: [language], options, content }) =>
    emitCode(state, call, content, options, language),
);

/** The doctest extension's `doctest`, `testcode`, `testoutput`: shown as Python code. */
export const doctestDirective = withSpec(
  { ...CODE, finalArgumentWhitespace: true },
  (state, call, { options, content }) =>
    emitCode(state, call, content, options, call.name === 'testoutput' ? undefined : 'python'),
);

/** `math`: the formula (LaTeX) as code, from the content or the argument. */
export const mathDirective = withSpec(
  { ...CODE, finalArgumentWhitespace: true },
  (state, call, { arguments: [formula], options, content }) => {
    nameElement(state, call, options);
    const text = [formula, joinLines(state.source, content)].filter(Boolean).join('\n\n');
    if (!text) {
      state.report(
        call.line,
        'error',
        `Content block expected for the "${call.rawName}" directive; none found.`,
      );
      return;
    }
    state.emit({ type: 'literalBlock', line: call.line, text, language: 'latex' });
  },
);

/** `productionlist`: grammar productions, shown as written. */
export const productionListDirective = withSpec(
  { ...CODE, finalArgumentWhitespace: true, optionalArguments: 1 },
  (state, call, { arguments: [first], content }) => {
    const text = [first, joinLines(state.source, content)].filter(Boolean).join('\n');
    if (text) state.emit({ type: 'literalBlock', line: call.line, text });
  },
);

/** `literalinclude`: Musubi never reads a file the notes name; an info says which. */
export const literalIncludeDirective = withSpec(
  { ...CODE, requiredArguments: 1, optionalArguments: 0, finalArgumentWhitespace: true },
  (state, call, { arguments: [path] }) => {
    state.report(
      call.line,
      'info',
      `"${path}" is not shown: Musubi never reads files the notes include (literalinclude); only the notes themselves.`,
    );
  },
);
