/**
 * Adversarial Markdown: text made to make a careless reader slow (rescans of unclosed markup,
 * backtracking) or crash (recursion depth). `adversarialMarkdown(bytes)` gives each part a fixed
 * share of the size, so twice the bytes is twice of every part and a linear reader takes twice
 * the work. Parts that cost bytes linearly (one-line nesting, unclosed openers on one line)
 * grow with the size; staircases that cost bytes quadratically (indentation) with its root.
 */

type Part = (budget: number) => string;

function repeat(unit: string, budget: number, separator = ' '): string {
  const count = Math.max(1, Math.floor(budget / (unit.length + separator.length)));
  return Array.from({ length: count }, () => unit).join(separator);
}

/** Wraps a run of words into lines of about 76 characters: one long paragraph. */
function wrap(text: string): string {
  return text.replace(/(.{1,76})(?: |$)/g, '$1\n').trimEnd();
}

const PARTS: Part[] = [
  // Unclosed inline openers in one paragraph: emphasis, links, code, HTML, footnotes, tags.
  (b) => `# Unclosed\n\n${wrap(repeat('*a _b **c __d ~~e [f ![g `h <i ^[j #k [^l', b))}`,
  // The same on a single line: a reader that rescans the rest of the line for each opener is
  // quadratic here.
  (b) =>
    `# One line\n\n${repeat('[[a', b / 3)}\n\n${repeat('![[b | c', b / 3)}\n\n${repeat('^[x', b / 3)}`,
  // Nested on one line: `- - - x` and `> > > x`, as deep as the bytes allow.
  (b) =>
    `# Deep lists\n\n${'- '.repeat(Math.floor(b / 4))}deep bullet\n\n${'1. '.repeat(Math.floor(b / 6))}deep enumeration`,
  (b) => `# Deep quotes\n\n${'> '.repeat(Math.floor(b / 2))}deep quote`,
  // An indentation staircase of list items: bytes grow with the square of the depth.
  (b) => {
    const depth = Math.max(1, Math.floor(Math.sqrt(b)));
    const lines = Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- step ${i}`);
    return `# Staircase\n\n${lines.join('\n')}`;
  },
  // Many constructs that each open a concept: headings, terms, bold-led items, footnotes.
  (b) => {
    const unit =
      '## H\n\nTerm\n: def[^n]\n\n- **Pod**: x\n- plain\n\n[^n]: note\n\n[r]: https://r.example\n';
    return repeat(unit, b, '\n');
  },
  // A wide table and a long table.
  (b) => {
    const columns = Math.max(2, Math.floor(Math.sqrt(b) / 4));
    const row = `|${' x |'.repeat(columns)}`;
    const rows = Math.max(1, Math.floor(b / 2 / row.length));
    return `# Table\n\n${row}\n|${' - |'.repeat(columns)}\n${Array.from({ length: rows }, () => row).join('\n')}`;
  },
  // Unclosed fences and HTML blocks at the end swallow the rest: keep them last.
  (b) => `# Code\n\n${repeat('`` ` ``` `', b / 2)}\n\n<!-- ${repeat('-- > <!--', b / 2)}`,
];

export function adversarialMarkdown(bytes: number): string {
  const share = bytes / PARTS.length;
  return PARTS.map((part) => part(share)).join('\n\n') + '\n';
}
