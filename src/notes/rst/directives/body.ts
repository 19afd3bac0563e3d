import { blockQuotes } from '../block/block-quote';
import { joinLines, trimBlankEnds } from '../source/source';
import { withSpec, type Directive } from './directive';
import type { DirectiveSpec } from './directive-block';
import { nameElement } from './names';

/*
 * Body elements (docutils' directives/body.py, and Sphinx's that read like them): their
 * content is reST, read as a nested body.
 */

const CONTENT_ONLY: DirectiveSpec = {
  requiredArguments: 0,
  optionalArguments: 0,
  finalArgumentWhitespace: false,
  hasContent: true,
  options: ['class', 'name'],
};

const TITLED: DirectiveSpec = {
  requiredArguments: 1,
  optionalArguments: 0,
  finalArgumentWhitespace: true,
  hasContent: true,
  options: ['class', 'name'],
};

/** `parsed-literal`: a literal block whose inline markup (links...) is read. */
export const parsedLiteralDirective = withSpec(
  CONTENT_ONLY,
  (state, call, { options, content }) => {
    if (content.length === 0) {
      state.report(
        call.line,
        'error',
        `Content block expected for the "${call.rawName}" directive; none found.`,
      );
      return;
    }
    nameElement(state, call, options);
    state.emit({
      type: 'parsedLiteral',
      line: state.source.lineNumber(content[0]!),
      // docutils reads the text as one inline run and reports its problems at the directive.
      content: state.inlines(joinLines(state.source, content), call.line),
    });
  },
);

/** `rubric`: an informal heading (not a section, so not a concept). */
export const rubricDirective = withSpec(
  { ...TITLED, hasContent: false },
  (state, call, { arguments: [title], options }) => {
    nameElement(state, call, options);
    state.emit({ type: 'rubric', line: call.line, content: state.inlines(title!, call.line) });
  },
);

/** Sphinx's `centered`: a centred line of bold text, shown like a rubric. */
export const centeredDirective = withSpec(
  { ...TITLED, hasContent: false, options: 'any' },
  (state, call, { arguments: [text] }) => {
    state.emit({ type: 'rubric', line: call.line, content: state.inlines(text!, call.line) });
  },
);

/** `topic` and `sidebar`: a titled aside, shown like an admonition with its title. */
export const topicDirective = withSpec(
  { ...TITLED, options: ['class', 'name', 'subtitle'], optionalArguments: 0 },
  (state, call, { arguments: [title], options, content }) => {
    if (content.length === 0) {
      state.report(
        call.line,
        'warning',
        `The "${call.rawName}" directive is empty; content required.`,
      );
      return;
    }
    nameElement(state, call, options);
    state.emit({
      type: 'admonition',
      line: call.line,
      name: call.name,
      title: state.inlines(title!, call.line),
      blocks: state.nested(content),
    });
  },
);

/** `sidebar`: like a topic, its title optional (docutils 0.19 requires one... or a subtitle). */
export const sidebarDirective = withSpec(
  { ...TITLED, requiredArguments: 0, optionalArguments: 1, options: ['class', 'name', 'subtitle'] },
  (state, call, { arguments: [title], options, content }) => {
    if (content.length === 0) {
      state.report(
        call.line,
        'warning',
        `The "${call.rawName}" directive is empty; content required.`,
      );
      return;
    }
    nameElement(state, call, options);
    const subtitle = options.get('subtitle');
    state.emit({
      type: 'admonition',
      line: call.line,
      name: 'sidebar',
      title: state.inlines([title, subtitle].filter(Boolean).join(' — '), call.line),
      blocks: state.nested(content),
    });
  },
);

/**
 * `container`, `compound`, `class`, and Sphinx's `only`, `ifconfig`, `hlist`, `acks`: a
 * wrapper around reST content, whose content is shown in place (the wrapper only styles or
 * selects it).
 */
export const wrapperDirective = withSpec(
  { ...CONTENT_ONLY, optionalArguments: 1, finalArgumentWhitespace: true, options: 'any' },
  (state, call, { options, content }) => {
    nameElement(state, call, options);
    for (const block of state.nested(content)) state.emit(block);
  },
);

/** `pull-quote`, `epigraph`, `highlights`: block quotes, with their attribution. */
export const quoteDirective = withSpec(
  { ...CONTENT_ONLY, options: [] },
  (state, call, { content }) => {
    for (const quote of blockQuotes(state, content)) state.emit(quote);
  },
);

/** `line-block`: lines kept as they are, with their breaks. */
export const lineBlockDirective = withSpec(CONTENT_ONLY, (state, call, { options, content }) => {
  if (content.length === 0) {
    state.report(
      call.line,
      'error',
      `Content block expected for the "${call.rawName}" directive; none found.`,
    );
    return;
  }
  nameElement(state, call, options);
  const line = state.source.lineNumber(content[0]!);
  state.emit({
    type: 'paragraph',
    line,
    content: state.inlines(joinLines(state.source, content), line),
  });
});

/**
 * Directives that add nothing to the text a reader sees: metadata (`meta`, `title`, Sphinx's
 * `index`, `highlight`, `tabularcolumns`, authors...). Their text is kept as a comment, which
 * is not shown (as Sphinx shows nothing), and there is nothing to report.
 */
export const silentDirective: Directive = (state, call) => {
  state.emit({
    type: 'comment',
    line: call.line,
    text: joinLines(state.source, trimBlankEnds(state.source, call.block)),
  });
};

/**
 * Sphinx's `only` and `ifconfig` (directives/other.py Only, ext/ifconfig.py): the content is
 * shown (Musubi builds no particular output), and may hold section titles. Read with a title
 * memo of its own, as Sphinx reads it; sections whose first style the document already uses
 * join the document at that level, others stay where the directive is.
 */
export const onlyDirective = withSpec(
  { ...CONTENT_ONLY, requiredArguments: 1, finalArgumentWhitespace: true, options: 'any' },
  (state, _call, { content }) => {
    const sections = state.sections;
    if (!sections) {
      for (const block of state.nested(content)) state.emit(block);
      return;
    }
    const inner = { ...state.context, titleStyles: [] };
    const blocks = inner.readWithTitles(inner, content, state.depth + 1);
    const first = inner.titleStyles[0];
    const parentLevel = first === undefined ? -1 : state.context.titleStyles.indexOf(first);
    for (const block of blocks) {
      if (parentLevel >= 0 && block.type === 'section') sections.insert(block, parentLevel);
      else state.emit(block);
    }
  },
);
