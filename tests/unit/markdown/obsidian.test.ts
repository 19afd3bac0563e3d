/**
 * Obsidian's conventions, as its help describes them (help.obsidian.md: Internal links, Embed
 * files, Tags, Properties, Aliases): wikilinks and embeds are cross-references, `#tags` are tag
 * inlines, frontmatter gives the title, aliases and tags.
 */
import { describe, expect, test } from 'vitest';
import type { Inline } from '../../../src/notes/document/model';
import { forEachInline } from '../../../src/notes/document/visit';
import { parseMarkdown } from '../../../src/notes/markdown';
import { outline } from './outline';

function inlinesOf(markdown: string): Inline[] {
  const found: Inline[] = [];
  forEachInline(parseMarkdown(markdown).blocks, (inline) => found.push(inline));
  return found;
}

function only<T extends Inline['type']>(markdown: string, type: T): Extract<Inline, { type: T }>[] {
  return inlinesOf(markdown).filter(
    (inline): inline is Extract<Inline, { type: T }> => inline.type === type,
  );
}

describe('wikilinks and embeds (Internal links, Embed files)', () => {
  test.each([
    [
      '[[Three laws of motion]]',
      {
        text: 'Three laws of motion',
        via: 'wikilink',
        target: 'Three laws of motion',
        explicitTitle: false,
      },
    ],
    [
      '[[Three laws of motion.md]]',
      {
        text: 'Three laws of motion.md',
        via: 'wikilink',
        target: 'Three laws of motion.md',
        explicitTitle: false,
      },
    ],
    [
      '[[Internal links|custom display text]]',
      {
        text: 'custom display text',
        via: 'wikilink',
        target: 'Internal links',
        explicitTitle: true,
      },
    ],
    [
      '[[Three laws of motion#Second law]]',
      {
        text: 'Three laws of motion#Second law',
        via: 'wikilink',
        target: 'Three laws of motion',
        anchor: 'Second law',
        explicitTitle: false,
      },
    ],
    [
      '[[My note#Heading 1#Heading 2]]',
      {
        text: 'My note#Heading 1#Heading 2',
        via: 'wikilink',
        target: 'My note',
        anchor: 'Heading 1#Heading 2',
        explicitTitle: false,
      },
    ],
    [
      '[[2023-01-01#^37066d]]',
      {
        text: '2023-01-01#^37066d',
        via: 'wikilink',
        target: '2023-01-01',
        anchor: '^37066d',
        explicitTitle: false,
      },
    ],
    [
      '[[#Preview a linked file]]',
      {
        text: '#Preview a linked file',
        via: 'wikilink',
        target: '',
        anchor: 'Preview a linked file',
        explicitTitle: false,
      },
    ],
    [
      '[[Artificial Intelligence|AI]]',
      { text: 'AI', via: 'wikilink', target: 'Artificial Intelligence', explicitTitle: true },
    ],
    [
      '[[Pod#Lifecycle|the lifecycle]]',
      {
        text: 'the lifecycle',
        via: 'wikilink',
        target: 'Pod',
        anchor: 'Lifecycle',
        explicitTitle: true,
      },
    ],
    [
      '![[Internal links]]',
      { text: 'Internal links', via: 'embed', target: 'Internal links', explicitTitle: false },
    ],
    [
      '![[Internal links#^b15695]]',
      {
        text: 'Internal links#^b15695',
        via: 'embed',
        target: 'Internal links',
        anchor: '^b15695',
        explicitTitle: false,
      },
    ],
    [
      '![[Engelbart.jpg|100x145]]',
      {
        text: 'Engelbart.jpg|100x145',
        via: 'embed',
        target: 'Engelbart.jpg',
        explicitTitle: false,
      },
    ],
    [
      '![[Engelbart.jpg|100]]',
      { text: 'Engelbart.jpg|100', via: 'embed', target: 'Engelbart.jpg', explicitTitle: false },
    ],
    [
      '![[Document.pdf#page=3]]',
      {
        text: 'Document.pdf#page=3',
        via: 'embed',
        target: 'Document.pdf',
        anchor: 'page=3',
        explicitTitle: false,
      },
    ],
    ['![[ノート|注釈]]', { text: '注釈', via: 'embed', target: 'ノート', explicitTitle: true }],
  ])('%s', (markdown, expected) => {
    expect(only(`See ${markdown} here.`, 'crossReference')).toEqual([
      { type: 'crossReference', ...expected },
    ]);
  });

  test('an embed is a link, never the embedded file: nothing of it is read or inlined', () => {
    expect(outline(parseMarkdown('![[Other note]]\n'))).toBe(
      'p[embed:"Other note"->Other note(as written)]',
    );
  });

  test('the text around a wikilink stays where it is', () => {
    expect(outline(parseMarkdown('A [[Pod]] runs [[Container|containers]].\n'))).toBe(
      'p["A " wikilink:"Pod"->Pod(as written) " runs " wikilink:"containers"->Container "."]',
    );
  });

  test('in a GFM table the pipe is escaped, and the link still has its display text', () => {
    const links = only(
      '| Property | Description |\n|-|-|\n| `tags` | See [[Tags\\|the tags]]. |\n',
      'crossReference',
    );
    expect(links).toEqual([
      {
        type: 'crossReference',
        text: 'the tags',
        via: 'wikilink',
        target: 'Tags',
        explicitTitle: true,
      },
    ]);
  });

  test.each([
    ['[[]]', 'nothing named'],
    ['[[ | x]]', 'only a display text'],
    ['[[open without close', 'no closing brackets'],
    ['[[across\nlines]]', 'a line break inside'],
    ['`[[in code]]`', 'inside code'],
  ])('%s is not a link (%s) and its text is kept', (markdown) => {
    const doc = parseMarkdown(markdown);
    expect(only(markdown, 'crossReference')).toEqual([]);
    const text = inlinesOf(markdown)
      .map((inline) => inline.text)
      .join('');
    expect(text.replace(/\s+/g, ' ')).toBe(markdown.replace(/`/g, '').replace(/\s+/g, ' '));
    expect(doc.diagnostics).toEqual([]);
  });

  test('a Markdown link to another note is a cross-reference too, its %20 decoded', () => {
    expect(
      only('[the laws](Three%20laws%20of%20motion.md#Second%20law)', 'crossReference'),
    ).toEqual([
      {
        type: 'crossReference',
        text: 'the laws',
        via: 'link',
        target: 'Three laws of motion.md',
        anchor: 'Second law',
        explicitTitle: true,
      },
    ]);
  });
});

describe('tags (Tags: tag format)', () => {
  const tagNames = (markdown: string) => only(markdown, 'tag').map((tag) => tag.name);

  test.each([
    ['#meeting', ['meeting']],
    ['#inbox/to-read and #inbox/processing', ['inbox/to-read', 'inbox/processing']],
    [
      '#camelCase #PascalCase #snake_case #kebab-case',
      ['camelCase', 'PascalCase', 'snake_case', 'kebab-case'],
    ],
    ['#y1984 but not #1984', ['y1984']],
    ['#1984-y and #19_84', ['1984-y', '19_84']],
    ['#日本語 と #タグ/入れ子', ['日本語', 'タグ/入れ子']],
    ['line one\n#second-line', ['second-line']],
    ['#tag, then text', ['tag']],
    ['#tag. Next sentence', ['tag']],
    ['**#bold-tag**', ['bold-tag']],
  ])('%s', (markdown, expected) => {
    expect(tagNames(markdown)).toEqual(expected);
  });

  test.each([
    ['a#b', 'inside a word'],
    ['C# and F#', 'after a letter'],
    ['`#code` and\n\n    #indented code', 'in code'],
    ['https://example.com/page#section', 'in a URL'],
    ['[link](https://example.com/#frag) and <https://example.com/#x>', 'in link destinations'],
    ['\\#escaped', 'escaped'],
    ['# Heading', 'a heading'],
    ['#', 'a lone hash'],
    ['#1984', 'only digits'],
    ['Issue #42 is fixed', 'an issue number'],
  ])('%s has no tag (%s)', (markdown) => {
    expect(tagNames(markdown)).toEqual([]);
  });

  test('a tag keeps its # in the text, so the words read as written', () => {
    expect(only('Read #later', 'tag')).toEqual([{ type: 'tag', text: '#later', name: 'later' }]);
  });
});

describe('frontmatter (Properties, Aliases, Tags)', () => {
  test('title, aliases and tags; other properties are shown as fields', () => {
    const doc = parseMarkdown(
      '---\ntitle: A New Hope\naliases:\n  - Doggo\n  - Woofer\ntags:\n  - recipe\n  - "#cooking"\nyear: 1977\ncast:\n  - Mark Hamill\n  - Carrie Fisher\n---\n\nText.\n',
    );
    expect(doc.title).toEqual([{ type: 'text', text: 'A New Hope' }]);
    expect(doc.titleLine).toBe(2);
    expect(doc.aliases).toEqual(['Doggo', 'Woofer']);
    expect(doc.tags).toEqual(['recipe', 'cooking']);
    expect(outline(doc)).toBe(
      'title ["A New Hope"] | fields { ["year"]: { p["1977"] } ["cast"]: { p["Mark Hamill, Carrie Fisher"] } } p["Text."]',
    );
    expect(doc.blocks[0]).toMatchObject({
      type: 'fieldList',
      line: 9,
      fields: [{ line: 9 }, { line: 10 }],
    });
    expect(doc.diagnostics).toEqual([]);
  });

  test.each([
    ['aliases: Doggo, Woofer, Yapper', ['Doggo', 'Woofer', 'Yapper'], undefined],
    ['alias: Doggo', ['Doggo'], undefined],
    ['aliases: [AI, 人工知能]', ['AI', '人工知能'], undefined],
    ['tags: meeting', undefined, ['meeting']],
    ['tags: recipe, cooking', undefined, ['recipe', 'cooking']],
    ['tags: [a, "#b"]', undefined, ['a', 'b']],
    ['tag: inbox/to-read', undefined, ['inbox/to-read']],
    ['tags:', undefined, undefined],
  ])('%s', (yaml, aliases, tags) => {
    const doc = parseMarkdown(`---\n${yaml}\n---\n# Dog\n`);
    expect(doc.aliases).toEqual(aliases);
    expect(doc.tags).toEqual(tags);
    expect(doc.diagnostics).toEqual([]);
  });

  test('without a title property, a lone top heading is the title', () => {
    const doc = parseMarkdown('---\naliases: Doggo\n---\n\n# Dog\n\nA good boy.\n');
    expect(doc.title).toEqual([{ type: 'text', text: 'Dog' }]);
    expect(doc.titleLine).toBe(5);
  });

  test('malformed frontmatter is an error on its line, kept as text, and the note still reads', () => {
    const doc = parseMarkdown(
      '---\ntitle: ok\naliases: [unclosed\ntags: x\n---\n# Note\n\nBody text.\n',
    );
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ severity: 'error' });
    expect(doc.diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(doc.diagnostics[0]!.line).toBeLessThanOrEqual(5);
    expect(doc.diagnostics[0]!.message).toContain('frontmatter is not valid YAML');
    expect(doc.aliases).toBeUndefined();
    expect(doc.title).toEqual([{ type: 'text', text: 'Note' }]);
    expect(outline(doc)).toBe(
      'title ["Note"] | code(yaml)"title: ok\\naliases: [unclosed\\ntags: x" p["Body text."]',
    );
  });

  test('a duplicated key is malformed YAML, reported on the duplicate', () => {
    const doc = parseMarkdown('---\ntags: a\ntags: b\n---\nText\n');
    expect(doc.diagnostics.map((d) => [d.line, d.severity])).toEqual([[3, 'error']]);
  });

  test('a property of the wrong shape is a warning with its line, and shown as a field', () => {
    const doc = parseMarkdown('---\ntitle: T\naliases:\n  nested: map\n---\n');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        severity: 'warning',
        message: expect.stringContaining('"aliases"'),
      }),
    ]);
    expect(outline(doc)).toBe('title ["T"] | fields { ["aliases"]: { code(yaml)"nested: map" } }');
  });

  test('frontmatter that is not a mapping is a warning and kept as text', () => {
    const doc = parseMarkdown('---\n- a\n- b\n---\nText\n');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ line: 2, severity: 'warning' })]);
    expect(outline(doc)).toBe('code(yaml)"- a\\n- b" p["Text"]');
  });

  test('an opening --- that is never closed is a thematic break, not frontmatter', () => {
    const doc = parseMarkdown('---\ntitle: not yaml\n\nText.\n');
    expect(doc.title).toBeNull();
    expect(outline(doc)).toBe('hr p["title: not yaml"] p["Text."]');
  });

  test('--- later in the note is never frontmatter', () => {
    const doc = parseMarkdown('Text\n\n---\ntitle: x\n---\n');
    expect(doc.title).toBeNull();
    expect(doc.diagnostics).toEqual([]);
  });
});
