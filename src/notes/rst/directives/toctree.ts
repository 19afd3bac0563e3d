import { unescape, escapeToNull } from '../inline/names';
import { splitXref } from '../roles/xref';
import { withSpec } from './directive';

/**
 * Sphinx's `toctree` (directives/other.py TocTree): each content line names a document of the
 * notebook (`intro`, `title <intro>`, `self`, a glob pattern with `:glob:`, or a URL). The
 * entries are listed as written; the notebook loader finds the documents.
 */
export const toctreeDirective = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 0,
    finalArgumentWhitespace: false,
    hasContent: true,
    options: 'any',
  },
  (state, call, { options, content }) => {
    const caption = options.get('caption');
    const entries = content
      .filter((view) => !state.source.isBlank(view))
      .map((view) => {
        const written = state.source.text(view).trim();
        const xref = splitXref(escapeToNull(written));
        return {
          line: state.source.lineNumber(view),
          target: xref.explicitTitle ? xref.target.trim() : unescape(escapeToNull(written)),
          title: xref.explicitTitle ? [{ type: 'text' as const, text: xref.title }] : null,
        };
      });
    state.emit({
      type: 'toctree',
      line: call.line,
      caption: caption ? [{ type: 'text', text: caption }] : null,
      entries,
    });
  },
);
