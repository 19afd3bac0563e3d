/**
 * CommonMark spec examples (spec 0.31.2, https://spec.commonmark.org/0.31.2/, CC BY-SA 4.0) for
 * the constructs the Markdown reader maps, checked through the mapping: each example's HTML in
 * the spec is what the outline below says in model terms. Where the model differs on purpose it
 * is the mapping, not the parse: headings become nested sections and a lone top heading the
 * title (doctitle.ts), a heading inside a quote is a rubric, images are blocks, raw HTML is kept
 * as code, relative links are cross-references (`link:`), URLs are hyperlinks (`href`), and a
 * bare URL is autolinked as GFM does (604 is not here for that reason).
 */
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../../src/notes/markdown';
import { outline } from './outline';

const EXAMPLES: [number, string, string][] = [
  // Thematic breaks
  [43, '***\n---\n___\n', 'hr hr hr'],
  [47, ' ***\n  ***\n   ***\n', 'hr hr hr'],
  // ATX headings
  [
    62,
    '# foo\n## foo\n### foo\n#### foo\n##### foo\n###### foo\n',
    'title ["foo"] | section 1 ["foo"] { section 2 ["foo"] { section 3 ["foo"] { section 4 ["foo"] { section 5 ["foo"] {} } } } }',
  ],
  [63, '####### foo\n', 'p["####### foo"]'],
  [64, '#5 bolt\n\n#hashtag\n', 'p["#5 bolt"] p[tag:hashtag]'],
  [
    68,
    ' ### foo\n  ## foo\n   # foo\n',
    'section 1 ["foo"] {} section 1 ["foo"] {} section 1 ["foo"] {}',
  ],
  [69, '    # foo\n', 'code"# foo"'],
  [71, '## foo ##\n  ###   bar    ###\n', 'title ["foo"] | section 1 ["bar"] {}'],
  [77, '****\n## foo\n****\n', 'hr section 1 ["foo"] { hr }'],
  // Setext headings
  [
    80,
    'Foo *bar*\n=========\n\nFoo *bar*\n---------\n',
    'title ["Foo " em"bar"] | section 1 ["Foo " em"bar"] {}',
  ],
  [81, 'Foo *bar\nbaz*\n====\n', 'title ["Foo " em"bar\\nbaz"]'],
  [83, 'Foo\n-------------------------\n\nFoo\n=\n', 'section 1 ["Foo"] {} section 1 ["Foo"] {}'],
  // Indented code blocks
  [107, '    a simple\n      indented code block\n', 'code"a simple\\n  indented code block"'],
  [110, '    <a/>\n    *hi*\n\n    - one\n', 'code"<a/>\\n*hi*\\n\\n- one"'],
  // Fenced code blocks
  [119, '```\n<\n >\n```\n', 'code"<\\n >"'],
  [120, '~~~\n<\n >\n~~~\n', 'code"<\\n >"'],
  [128, '> ```\n> aaa\n\nbbb\n', 'quote { code"aaa" } p["bbb"]'],
  [142, '```ruby\ndef foo(x)\n  return 3\nend\n```\n', 'code(ruby)"def foo(x)\\n  return 3\\nend"'],
  [
    143,
    '~~~~    ruby startline=3 $%@#$\ndef foo(x)\n  return 3\nend\n~~~~~~~\n',
    'code(ruby)"def foo(x)\\n  return 3\\nend"',
  ],
  // Block quotes
  [230, '> # Foo\n> bar\n> baz\n', 'quote { rubric["Foo"] p["bar\\nbaz"] }'],
  [232, '   > # Foo\n   > bar\n > baz\n', 'quote { rubric["Foo"] p["bar\\nbaz"] }'],
  [234, '> # Foo\n> bar\nbaz\n', 'quote { rubric["Foo"] p["bar\\nbaz"] }'],
  [253, '>>> foo\n> bar\n>>baz\n', 'quote { quote { quote { p["foo\\nbar\\nbaz"] } } }'],
  [254, '>     code\n\n>    not code\n', 'quote { code"code" } quote { p["not code"] }'],
  // List items
  [
    255,
    'A paragraph\nwith two lines.\n\n    indented code\n\n> A block quote.\n',
    'p["A paragraph\\nwith two lines."] code"indented code" quote { p["A block quote."] }',
  ],
  [257, '- one\n\n two\n', 'ul- { item { p["one"] } } p["two"]'],
  [264, '- foo\n\n\n  bar\n', 'ul- { item { p["foo"] p["bar"] } }'],
  [278, '-    foo\n\n  bar\n', 'ul- { item { p["foo"] } } p["bar"]'],
  [
    280,
    '-\n  foo\n-\n  ```\n  bar\n  ```\n-\n      baz\n',
    'ul- { item { p["foo"] } item { code"bar" } item { code"baz" } }',
  ],
  [
    290,
    '   1.  A paragraph\n       with two lines.\n\n           indented code\n\n       > A block quote.\n',
    'ol1 { item { p["A paragraph\\nwith two lines."] code"indented code" quote { p["A block quote."] } } }',
  ],
  [301, '1. - 2. foo\n', 'ol1 { item { ul- { item { ol2 { item { p["foo"] } } } } } }'],
  // Lists
  [
    303,
    '- foo\n- bar\n+ baz\n',
    'ul- { item { p["foo"] } item { p["bar"] } } ul+ { item { p["baz"] } }',
  ],
  [
    304,
    '1. foo\n2. bar\n3) baz\n',
    'ol1 { item { p["foo"] } item { p["bar"] } } ol3 { item { p["baz"] } }',
  ],
  [305, 'Foo\n- bar\n- baz\n', 'p["Foo"] ul- { item { p["bar"] } item { p["baz"] } }'],
  [
    306,
    'The number of windows in my house is\n14.  The number of doors is 6.\n',
    'p["The number of windows in my house is\\n14.  The number of doors is 6."]',
  ],
  [
    307,
    'The number of windows in my house is\n1.  The number of doors is 6.\n',
    'p["The number of windows in my house is"] ol1 { item { p["The number of doors is 6."] } }',
  ],
  [
    312,
    '- a\n - b\n  - c\n   - d\n  - e\n - f\n- g\n',
    'ul- { item { p["a"] } item { p["b"] } item { p["c"] } item { p["d"] } item { p["e"] } item { p["f"] } item { p["g"] } }',
  ],
  [
    314,
    '- a\n - b\n  - c\n   - d\n    - e\n',
    'ul- { item { p["a"] } item { p["b"] } item { p["c"] } item { p["d\\n- e"] } }',
  ],
  [318, '- a\n- b\n\n  c\n- d\n', 'ul- { item { p["a"] } item { p["b"] p["c"] } item { p["d"] } }'],
  [326, '1. ```\n   foo\n   ```\n\n   bar\n', 'ol1 { item { code"foo" p["bar"] } }'],
  [
    328,
    '- a\n  - b\n  - c\n\n- d\n  - e\n  - f\n',
    'ul- { item { p["a"] ul- { item { p["b"] } item { p["c"] } } } item { p["d"] ul- { item { p["e"] } item { p["f"] } } } }',
  ],
  // Code spans
  [330, '`foo`\n', 'p[code"foo"]'],
  [331, '`` foo ` bar ``\n', 'p[code"foo ` bar"]'],
  [338, '``\nfoo \n``\n', 'p[code"foo "]'],
  [341, '``foo`bar``\n', 'p[code"foo`bar"]'],
  // Emphasis and strong emphasis
  [352, '*foo bar*\n', 'p[em"foo bar"]'],
  [353, 'a * foo bar*\n', 'p["a * foo bar*"]'],
  [360, '_ foo bar_\n', 'p["_ foo bar_"]'],
  [364, 'пристаням_стремятся_\n', 'p["пристаням_стремятся_"]'],
  [366, 'foo-_(bar)_\n', 'p["foo-" em"(bar)"]'],
  [380, '**foo bar**\n', 'p[strong"foo bar"]'],
  [390, 'пристаням__стремятся__\n', 'p["пристаням__стремятся__"]'],
  [413, '*foo**bar**baz*\n', 'p[em"foo" strong"bar" em"baz"]'],
  [420, '*foo **bar *baz* bim** bop*\n', 'p[em"foo " strong"bar baz bim" em" bop"]'],
  [443, 'foo **_**\n', 'p["foo " strong"_"]'],
  // Links
  [484, '[link](/uri "title")\n', 'p[link:"link"->/uri]'],
  [486, '[](./target.md)\n', 'p[link:"./target.md"->./target.md(as written)]'],
  [494, '[a](<b)c>)\n', 'p[link:"a"->b)c]'],
  [
    503,
    '[link](#fragment)\n\n[link](https://example.com#fragment)\n\n[link](https://example.com?foo=3#frag)\n',
    'p[link:"link"->#fragment] p[href"link"->https://example.com#fragment] p[href"link"->https://example.com?foo=3#frag]',
  ],
  [520, '[foo [bar](/uri)](/uri)\n', 'p["[foo " link:"bar"->/uri "](/uri)"]'],
  [
    521,
    '[foo *[bar [baz](/uri)](/uri)*](/uri)\n',
    'p["[foo " em"[bar " link:"baz"->/uri em"](/uri)" "](/uri)"]',
  ],
  [
    535,
    '[foo *bar [baz][ref]*][ref]\n\n[ref]: /uri\n',
    'p["[foo " em"bar " link:"baz"->/uri "]" link:"ref"->/uri] target(ref /uri)',
  ],
  // Images
  [574, '![foo](/url "title")\n', 'img("foo" /url)'],
  [
    578,
    '![foo *bar*][]\n\n[foo *bar*]: train.jpg "train & tracks"\n',
    'img("foo bar" train.jpg) target(foo *bar* train.jpg)',
  ],
  // Autolinks
  [596, '<http://foo.bar.baz>\n', 'p[href"http://foo.bar.baz"->http://foo.bar.baz]'],
  [600, '<a+b+c:d>\n', 'p[href"a+b+c:d"->a+b+c:d]'],
  // Raw HTML
  [615, '<a><bab><c2c>\n', 'p[code"<a>" code"<bab>" code"<c2c>"]'],
  [622, "<a href=\"hi'> <a href=hi'>\n", 'p["<a href=\\"hi\'> <a href=hi\'>"]'],
  // Hard line breaks
  [636, 'foo  \nbaz\n', 'p["foo\\nbaz"]'],
];

describe('CommonMark spec examples, read into the document model', () => {
  test('there are a few dozen of them', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(EXAMPLES)('example %i', (_number, markdown, expected) => {
    const doc = parseMarkdown(markdown);
    expect(outline(doc)).toBe(expected);
    expect(doc.diagnostics).toEqual([]);
  });
});
