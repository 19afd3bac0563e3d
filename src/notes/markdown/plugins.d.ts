/*
 * markdown-it's own plugins ship no type declarations; both are `(md) => void` plugins
 * (markdown-it 15 bundles its own types, which these reuse).
 */
declare module 'markdown-it-deflist' {
  import type { MarkdownIt } from 'markdown-it';
  export default function deflistPlugin(md: MarkdownIt): void;
}

declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';
  export default function footnotePlugin(md: MarkdownIt): void;
}
