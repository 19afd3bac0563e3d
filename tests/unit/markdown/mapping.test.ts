/**
 * How each Markdown construct maps onto the document model (docs/markdown.md, "Mapping"), with
 * the source line of every block.
 */
import { describe, expect, test } from 'vitest';
import type { Block, NotesDocument } from '../../../src/notes/document/model';
import { forEachBlock } from '../../../src/notes/document/visit';
import { parseMarkdown } from '../../../src/notes/markdown';
import { outline } from './outline';

const read = (lines: string[]): NotesDocument => parseMarkdown(lines.join('\n') + '\n');

describe('headings are sections', () => {
  const doc = read([
    'Intro text.', // 1
    '', // 2
    '# Workloads', // 3
    '', // 4
    'Workloads run containers.', // 5
    '', // 6
    '### Pod', // 7
    'The smallest unit.', // 8
    '', // 9
    '## ReplicaSet', // 10
    'Keeps pods running.', // 11
    '', // 12
    '', // 13
    '# Networking', // 14
    'Services.', // 15
  ]);

  test('nested by depth, a skipped rank nesting one level, each with its own text first', () => {
    expect(outline(doc)).toBe(
      'p["Intro text."] section 1 ["Workloads"] { p["Workloads run containers."] section 2 ["Pod"] { p["The smallest unit."] } section 2 ["ReplicaSet"] { p["Keeps pods running."] } } section 1 ["Networking"] { p["Services."] }',
    );
    expect(doc.title).toBeNull();
  });

  test('each section knows its first and last line (trailing blank lines left out)', () => {
    const spans: [string, number, number][] = [];
    forEachBlock(doc.blocks, (block) => {
      if (block.type === 'section') spans.push([block.title[0]!.text, block.line, block.endLine]);
    });
    expect(spans).toEqual([
      ['Workloads', 3, 11],
      ['Pod', 7, 8],
      ['ReplicaSet', 10, 11],
      ['Networking', 14, 15],
    ]);
    expect(doc.lineCount).toBe(15);
  });

  test('a lone top heading is the title and its subsections move up a level (DocTitle)', () => {
    const titled = read([
      '# Kubernetes',
      '',
      'Notes.',
      '',
      '## Pod',
      '',
      '### Container',
      '',
      '## Service',
    ]);
    expect(titled.title).toEqual([{ type: 'text', text: 'Kubernetes' }]);
    expect(titled.titleLine).toBe(1);
    expect(outline(titled)).toBe(
      'title ["Kubernetes"] | p["Notes."] section 1 ["Pod"] { section 2 ["Container"] {} } section 1 ["Service"] {}',
    );
  });

  test.each([
    [['Text first.', '', '# Title'], 'text before the heading'],
    [['# One', '', '# Two'], 'two top headings'],
    [['No headings at all.'], 'no heading'],
  ])('no title when %j (%s): the graph builder names the note after its file', (lines) => {
    expect(read(lines).title).toBeNull();
  });

  test('a heading inside a list or quote is a rubric, not a section', () => {
    expect(outline(read(['> ## Quoted', '', '- # Listed']))).toBe(
      'quote { rubric["Quoted"] } ul- { item { rubric["Listed"] } }',
    );
  });

  test('an empty heading opens no section and says so', () => {
    const doc = read(['# A', '', '##', '', 'text']);
    expect(outline(doc)).toBe('title ["A"] | p["text"]');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ line: 3, severity: 'warning' })]);
  });
});

describe('definition lists', () => {
  test('Term / : definition (Pandoc, PHP Markdown Extra), several definitions joined', () => {
    const doc = read([
      'Pod',
      ': The smallest unit.',
      ': Holds containers.',
      '',
      'Node',
      '',
      ':   A machine.',
      '    Second line.',
    ]);
    expect(outline(doc)).toBe(
      'dl { term ["Pod"] { p["The smallest unit."] p["Holds containers."] } term ["Node"] { p["A machine.\\nSecond line."] } }',
    );
    const list = doc.blocks[0] as Extract<Block, { type: 'definitionList' }>;
    expect(list.items.map((item) => [item.line, item.endLine])).toEqual([
      [1, 3],
      [5, 8],
    ]);
  });
});

describe('bold-led list items are definition terms', () => {
  test.each([
    ['- **Pod** — the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    ['- **Pod** – the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    ['- **Pod** - the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    ['- **Pod**: the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    ['- **Pod:** the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    ['- **ポッド**：最小単位', 'dl { term ["ポッド"] { p["最小単位"] } }'],
    ['- **「Pod」**：最小単位', 'dl { term ["「Pod」"] { p["最小単位"] } }'],
    ['* **Pod**\n  the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    ['1. **Pod**: the smallest unit', 'dl { term ["Pod"] { p["the smallest unit"] } }'],
    [
      '- **[[Pod]]**: see the note',
      'dl { term [wikilink:"Pod"->Pod(as written)] { p["see the note"] } }',
    ],
    ['- **Pod** with `code`: x', 'ul- { item { p[strong"Pod" " with " code"code" ": x"] } }'],
    ['- **Pod** is the smallest unit', 'ul- { item { p[strong"Pod" " is the smallest unit"] } }'],
    ['- the **Pod**: x', 'ul- { item { p["the " strong"Pod" ": x"] } }'],
  ])('%j', (markdown, expected) => {
    expect(outline(parseMarkdown(markdown))).toBe(expected);
  });

  test('a term alone on its line is defined by the lines below it', () => {
    const doc = read(['- **Pod**', '  the smallest unit']);
    const list = doc.blocks[0] as Extract<Block, { type: 'definitionList' }>;
    expect([list.items[0]!.line, list.items[0]!.endLine, list.items[0]!.blocks[0]!.line]).toEqual([
      1, 2, 2,
    ]);
  });

  test('a term keeps its nested blocks as its definition', () => {
    expect(
      outline(
        read(['- **Deployment**: rolls out', '  - **ReplicaSet**: keeps pods', '  - plain detail']),
      ),
    ).toBe(
      'dl { term ["Deployment"] { p["rolls out"] dl { term ["ReplicaSet"] { p["keeps pods"] } } ul- { item { p["plain detail"] } } } }',
    );
  });

  test('a mixed list is read as runs in order: nothing is dropped or merged', () => {
    const doc = read([
      '1. **Pod**: smallest',
      '2. **Node**: machine',
      '3. a plain step',
      '4. another',
      '5. **Service**: network',
    ]);
    expect(outline(doc)).toBe(
      'dl { term ["Pod"] { p["smallest"] } term ["Node"] { p["machine"] } } ol3 { item { p["a plain step"] } item { p["another"] } } dl { term ["Service"] { p["network"] } }',
    );
    expect(doc.blocks.map((block) => block.line)).toEqual([1, 3, 5]);
  });
});

describe('GFM tables', () => {
  test('header and body rows, cells with inline content, a line per row', () => {
    const doc = read([
      'Before',
      '',
      '| Kind | Use |',
      '| :-- | --: |',
      '| **Pod** | run `nginx` |',
      '| [[Service]] | |',
    ]);
    expect(outline(doc)).toBe(
      'p["Before"] table { th { p["Kind"] } { p["Use"] } tr { p[strong"Pod"] } { p["run " code"nginx"] } tr { p[wikilink:"Service"->Service(as written)] } {} }',
    );
    const table = doc.blocks[1] as Extract<Block, { type: 'table' }>;
    expect([
      table.line,
      ...table.header.map((r) => r.line),
      ...table.body.map((r) => r.line),
    ]).toEqual([3, 3, 5, 6]);
  });
});

describe('footnotes', () => {
  test('references show their number; definitions stay in the section they are written in', () => {
    const doc = read([
      '# A',
      '',
      'First[^note] and second[^1].',
      '',
      '[^1]: One.',
      '[^note]: The note.',
      '',
      '## B',
      '',
      '[^unused]: Never cited.',
    ]);
    expect(outline(doc)).toBe(
      'title ["A"] | p["First" fn1:note " and second" fn2:1 "."] footnote[1=2] { p["One."] } footnote[note=1] { p["The note."] } section 1 ["B"] { footnote[unused=unused] { p["Never cited."] } }',
    );
    const lines: number[] = [];
    forEachBlock(doc.blocks, (block) => block.type === 'footnote' && lines.push(block.line));
    expect(lines).toEqual([5, 6, 10]);
  });

  test('an inline footnote is a note after its paragraph', () => {
    expect(outline(read(['Text^[an *inline* note] here.', '', 'Next.']))).toBe(
      'p["Text" fn1:1 " here."] footnote[1=1] { p["an " em"inline" " note"] } p["Next."]',
    );
  });
});

describe('code', () => {
  test('fenced code keeps its language, indented code has none', () => {
    expect(
      outline(read(['```yaml title="pod.yaml"', 'kind: Pod', '```', '', '    $ kubectl get pods'])),
    ).toBe('code(yaml)"kind: Pod" code"$ kubectl get pods"');
  });
});

describe('links and images', () => {
  test('URLs are hyperlinks, relative paths cross-references, autolinks and bare URLs too', () => {
    expect(
      outline(
        read([
          '[docs](https://kubernetes.io/docs) [mail](mailto:a@example.com) [guide](../guide.md#install) [here](#pods) <https://a.example> https://b.example/x#y',
        ]),
      ),
    ).toBe(
      'p[href"docs"->https://kubernetes.io/docs " " href"mail"->mailto:a@example.com " " link:"guide"->../guide.md#install " " link:"here"->#pods " " href"https://a.example"->https://a.example " " href"https://b.example/x#y"->https://b.example/x#y]',
    );
  });

  test('reference-style links resolve, and their definitions are kept as targets', () => {
    expect(outline(read(['See [the docs][k8s].', '', '[K8s]: https://kubernetes.io']))).toBe(
      'p["See " href"the docs"->https://kubernetes.io "."] target(k8s https://kubernetes.io)',
    );
  });

  test('images are blocks where they stand, never loaded; a linked image keeps its link', () => {
    const doc = read([
      'Look: ![a diagram](arch.png "The architecture") and',
      '[![build](badge.svg)](https://ci.example) done.',
    ]);
    expect(outline(doc)).toBe(
      'p["Look: "] img("a diagram" arch.png) p[" and\\n"] img("build" badge.svg -> https://ci.example) p[" done."]',
    );
    const image = doc.blocks[1] as Extract<Block, { type: 'image' }>;
    expect(image.caption).toEqual([{ type: 'text', text: 'The architecture' }]);
    expect(doc.blocks.map((block) => block.line)).toEqual([1, 1, 1, 2, 2]);
  });

  test('in a heading, an image is its alt text', () => {
    expect(outline(read(['# ![logo](k8s.png) Kubernetes', '', '# Other']))).toBe(
      'section 1 ["logo Kubernetes"] {} section 1 ["Other"] {}',
    );
  });
});

describe('the rest of CommonMark and GFM', () => {
  test('quotes, lists, breaks, emphasis, strikethrough', () => {
    expect(
      outline(read(['> quoted *text*', '', '---', '', '+ one', '+ ~~two~~', '', '3) three'])),
    ).toBe(
      'quote { p["quoted " em"text"] } hr ul+ { item { p["one"] } item { p["~~two~~"] } } ol3 { item { p["three"] } }',
    );
  });

  test('emphasis around a link keeps the link', () => {
    expect(outline(read(['**see [[Pod]] and [docs](https://x.example) now**']))).toBe(
      'p[strong"see " wikilink:"Pod"->Pod(as written) strong" and " href"docs"->https://x.example strong" now"]',
    );
  });

  test('CJK-friendly emphasis: bold next to Japanese punctuation is bold', () => {
    expect(outline(read(['**「Pod」**とは、最小の単位。']))).toBe(
      'p[strong"「Pod」" "とは、最小の単位。"]',
    );
  });

  test('raw HTML stays visible as code, never HTML; an HTML comment is a comment', () => {
    expect(
      outline(
        read([
          '<div onclick="x()">',
          '*not emphasis*',
          '</div>',
          '',
          'a <b>bold</b> word',
          '',
          '<!-- a note to self -->',
        ]),
      ),
    ).toBe(
      'code(html)"<div onclick=\\"x()\\">\\n*not emphasis*\\n</div>" p["a " code"<b>" "bold" code"</b>" " word"] comment"a note to self"',
    );
  });
});

describe('source lines', () => {
  test('every block has the 1-based line it starts on', () => {
    const doc = read([
      '---', // 1
      'tags: x', // 2
      'status: draft', // 3
      '---', // 4
      '# T', // 5
      '', // 6
      'para', // 7
      '', // 8
      '- item', // 9
      '', // 10
      '> quote', // 11
      '', // 12
      '```', // 13
      'code', // 14
      '```', // 15
      '', // 16
      '***', // 17
      '', // 18
      'Term', // 19
      ': def', // 20
    ]);
    const lines: [string, number][] = [];
    forEachBlock(doc.blocks, (block) => lines.push([block.type, block.line]));
    expect(lines).toEqual([
      ['fieldList', 3],
      ['paragraph', 3],
      ['paragraph', 7],
      ['bulletList', 9],
      ['paragraph', 9],
      ['blockQuote', 11],
      ['paragraph', 11],
      ['literalBlock', 13],
      ['transition', 17],
      ['definitionList', 19],
      ['paragraph', 20],
    ]);
    expect(doc.titleLine).toBe(5);
  });

  test('CRLF and CR line ends, and a byte-order mark, change no line number', () => {
    for (const text of ['\uFEFF# T\r\n\r\nx\r\n\r\n## S\r\n', '# T\r\rx\r\r## S\r']) {
      const doc = parseMarkdown(text);
      expect(outline(doc)).toBe('title ["T"] | p["x"] section 1 ["S"] {}');
      expect(doc.lineCount).toBe(5);
      expect((doc.blocks[1] as Extract<Block, { type: 'section' }>).line).toBe(5);
    }
  });

  test('lineCount counts lines as the reST reader does', () => {
    expect([
      parseMarkdown('').lineCount,
      parseMarkdown('a').lineCount,
      parseMarkdown('a\n').lineCount,
      parseMarkdown('a\n\n').lineCount,
    ]).toEqual([0, 1, 1, 2]);
  });
});
