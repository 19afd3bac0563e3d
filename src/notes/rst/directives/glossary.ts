import type { Block, DefinitionItem } from '../../document/model';
import type { LineView } from '../source/source';
import { withSpec } from './directive';

/**
 * Sphinx's `glossary` (domains/std.py, Glossary.run): unindented lines are terms (several lines
 * in a row: several terms of one definition), the indented lines under them the definition.
 * Each term is a concept of its own (a glossary definition list); `term : key` keeps only the
 * term (the index key is not shown). Misplaced lines are reported as Sphinx reports them.
 */
export const glossaryDirective = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 0,
    finalArgumentWhitespace: false,
    hasContent: true,
    options: ['sorted'],
  },
  (state, call, { options, content }) => {
    const source = state.source;
    const entries: { terms: LineView[]; definition: LineView[] }[] = [];
    let inDefinition = true;
    let inComment = false;
    let wasEmpty = true;
    let indent = 0;
    for (const view of content) {
      const text = source.text(view);
      const line = source.lineNumber(view);
      if (!text) {
        if (inDefinition && entries.length > 0) entries[entries.length - 1]!.definition.push(view);
        wasEmpty = true;
        continue;
      }
      if (!/^\s/u.test(text)) {
        if (text.startsWith('.. ')) {
          inComment = true;
          continue;
        }
        inComment = false;
        if (inDefinition) {
          if (!wasEmpty) {
            state.report(line, 'warning', 'glossary term must be preceded by empty line');
          }
          entries.push({ terms: [view], definition: [] });
          inDefinition = false;
        } else {
          if (wasEmpty) {
            state.report(line, 'warning', 'glossary terms must not be separated by empty lines');
          }
          entries[entries.length - 1]?.terms.push(view);
        }
      } else if (!inComment) {
        if (!inDefinition) {
          inDefinition = true;
          indent = source.indentOf(view);
        }
        if (entries.length > 0) {
          const cut = Math.min(indent, source.indentOf(view));
          entries[entries.length - 1]!.definition.push({
            index: view.index,
            start: view.start + cut,
          });
        } else {
          state.report(line, 'warning', 'glossary seems to be misformatted, check indentation');
        }
      }
      wasEmpty = false;
    }

    const items: DefinitionItem[] = [];
    for (const { terms, definition } of entries) {
      const blocks: Block[] = state.nested(definition);
      const last = [...terms, ...definition].filter((view) => !source.isBlank(view)).pop()!;
      const endLine = source.lineNumber(last);
      for (const view of terms) {
        const line = source.lineNumber(view);
        const term = source.text(view).split(/ +: +/u)[0]!;
        // Several terms of one definition share it (Sphinx lists them in one item).
        items.push({ line, endLine, term: state.inlines(term, line), classifiers: [], blocks });
      }
    }
    if (options.has('sorted')) {
      items.sort((a, b) => termText(a).localeCompare(termText(b)));
    }
    state.emit({ type: 'definitionList', line: call.line, items, glossary: true });
  },
);

function termText(item: DefinitionItem): string {
  return item.term
    .map((inline) => inline.text)
    .join('')
    .toLowerCase();
}
