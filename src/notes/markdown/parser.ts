/**
 * The one configured markdown-it instance the Markdown reader parses with (docs/markdown.md says
 * why markdown-it): CommonMark + GFM tables and strikethrough (built in), GFM autolink literals
 * (linkify), footnotes and Pandoc/PHP-Extra definition lists (the markdown-it organisation's own
 * plugins), CJK-friendly emphasis (`**「Pod」**とは` is bold, as Japanese notes expect), and our
 * own rules for what no maintained plugin reads the Obsidian way: YAML frontmatter, `[[wikilinks]]`
 * and `#tags`.
 *
 * The parser only tokenizes; nothing is ever rendered to HTML (tokens.ts maps tokens onto the
 * document model), so raw HTML is read (`html: true`) only to be kept as literal text.
 */
import MarkdownItParser, { type MarkdownIt } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import { MAX_NESTING } from '../document/limits';
import { depthRule } from './depth-rule';
import { frontmatterRule } from './frontmatter-rule';
import { tagRule } from './tag-rule';
import { wikilinkRule } from './wikilink-rule';

let shared: MarkdownIt | null = null;

/** The parser, made once: building the rule chains costs more than reading a small note. */
export function markdownParser(): MarkdownIt {
  shared ??= createParser();
  return shared;
}

function createParser(): MarkdownIt {
  const md = new MarkdownItParser('default', {
    html: true,
    linkify: true,
    // The reader keeps content deeper than MAX_NESTING model levels as literal source lines
    // (blocks.ts); one model level costs markdown-it at most two (list + item, dl + dd). Past
    // that, depth-rule.ts stops markdown-it from nesting further, before its own limit (which
    // would swallow the rest of the document into a too-deep list item) is reached.
    maxNesting: 2 * MAX_NESTING + 20,
  });
  // GFM autolinks URLs with a scheme and e-mail addresses (not www.: linkify-it's fuzzy links
  // would also turn `other.md`, Moldova's TLD, into a link).
  md.linkify.set({ fuzzyLink: false });
  // Every URL becomes a token: the graph builder's allow-list (safe-url.ts) decides what is
  // clickable and reports the rest, instead of markdown-it leaving `[x](javascript:...)` as
  // unexplained bracket text.
  md.validateLink = () => true;

  md.use(cjkFriendly).use(deflist).use(footnote);
  // Footnote definitions stay where they are written (the concept that holds them shows them),
  // instead of being gathered at the end of the document by `footnote_tail`.
  md.core.ruler.disable('footnote_tail');
  keepFootnoteLines(md);
  // `[label]: url` definitions are kept as `target` blocks, as reST's `.. _label: url`.
  md.core.ruler.disable('strip_references');

  md.block.ruler.before('table', 'too_deep', depthRule(2 * MAX_NESTING + 10));
  md.block.ruler.before('table', 'front_matter', frontmatterRule);
  md.inline.ruler.before('link', 'wikilink', wikilinkRule);
  md.inline.ruler.before('link', 'tag', tagRule);
  return md;
}

/** markdown-it-footnote gives a definition no source lines: record them on its opening token. */
function keepFootnoteLines(md: MarkdownIt): void {
  const rules = md.block.ruler.__rules__;
  const original = rules.find((rule) => rule.name === 'footnote_def');
  if (!original) throw new Error('markdown-it-footnote did not register footnote_def');
  const read = original.fn;
  md.block.ruler.at(
    'footnote_def',
    (state, startLine, endLine, silent) => {
      const first = state.tokens.length;
      const found = read(state, startLine, endLine, silent);
      const opening = state.tokens[first];
      if (found && !silent && opening?.type === 'footnote_reference_open') {
        opening.map = [startLine, state.line];
      }
      return found;
    },
    { alt: original.alt },
  );
}
