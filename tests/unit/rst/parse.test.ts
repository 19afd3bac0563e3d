import { describe, expect, test } from 'vitest';
import { parseRst } from '../../../src/notes/rst';
import type { Block } from '../../../src/notes/document/model';
import { blocksText, inlineText } from '../../../src/notes/document/text';

function only<T extends Block['type']>(blocks: Block[], type: T): Extract<Block, { type: T }> {
  const found = blocks.filter((block) => block.type === type);
  expect(found).toHaveLength(1);
  return found[0] as Extract<Block, { type: T }>;
}

describe('the block reader', () => {
  test('a TAB-indented definition keeps several paragraphs and its source lines', () => {
    const doc = parseRst('Pod\n\tcontainer\n\n\tsecond\n\nNext\n\tx\n');
    const list = only(doc.blocks, 'definitionList');
    expect(list.items.map((item) => inlineText(item.term))).toEqual(['Pod', 'Next']);
    expect(blocksText(list.items[0]!.blocks)).toBe('container\n\nsecond');
    expect(list.items[0]).toMatchObject({ line: 1, endLine: 4 });
    expect(list.items[1]!.line).toBe(6);
  });

  test('classifiers split on " : "', () => {
    const list = only(parseRst('term : kind : other\n   body\n').blocks, 'definitionList');
    expect(list.items[0]!.classifiers.map(inlineText)).toEqual(['kind', 'other']);
  });

  test('a lone section becomes the title and its subsections level 1', () => {
    const doc = parseRst('Title\n=====\n\nA\n-\n\nB\n-\n');
    expect(inlineText(doc.title!)).toBe('Title');
    expect(doc.titleLine).toBe(1);
    expect(doc.blocks.map((block) => block.type === 'section' && block.level)).toEqual([1, 1]);
  });

  test('sections know their last line', () => {
    const doc = parseRst('A\n=\n\ntext\n\n\nB\n=\n\nmore\n');
    expect(doc.blocks.map((block) => block.type === 'section' && block.endLine)).toEqual([4, 10]);
  });

  test('a too-short underline warns and keeps the title', () => {
    const doc = parseRst('Intro.\n\nA long title\n-----\n\ntext\n');
    expect(doc.blocks.some((block) => block.type === 'section')).toBe(true);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 4,
        severity: 'warning',
        message: 'Title underline too short.',
      }),
    );
  });

  test('an inconsistent title level is severe and its text stays visible', () => {
    const doc = parseRst('A\n=\n\nx\n\nB\n-\n\ny\n\nC\n~\n\nz\n\nD\n^\n\nw\n\nE\n~\n');
    expect(doc.diagnostics.some((d) => d.severity === 'severe')).toBe(false);
    const bad = parseRst('Doc\n===\n\nA\n---\n\nB\n~~~\n\nx\n\nC\n===\n\nD\n~~~~\n');
    expect(bad.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'severe', line: 15 }),
    );
    expect(JSON.stringify(bad.blocks)).toContain('"D"');
  });

  test('raw never passes content through: kept as literal text with a warning', () => {
    const doc = parseRst('.. raw:: html\n\n   <script>x</script>\n');
    expect(doc.blocks).toEqual([
      { type: 'literalBlock', line: 1, text: 'html\n\n<script>x</script>' },
    ]);
    expect(doc.diagnostics.map((d) => [d.line, d.severity])).toEqual([[1, 'warning']]);
  });

  test('include never reads a file: an include block names it, for the notebook loader', () => {
    const doc = parseRst('.. include:: /etc/passwd\n');
    expect(doc.blocks).toEqual([{ type: 'include', line: 1, path: '/etc/passwd' }]);
    expect(doc.diagnostics).toEqual([]);
  });

  test('targets are blocks; indirect ones keep the name they point at', () => {
    const doc = parseRst(
      '.. _Site: http://example.com/\n.. _alias: site_\n\n__ http://a.example\n',
    );
    const targets = doc.blocks.filter((block) => block.type === 'target');
    expect(targets).toEqual([
      { type: 'target', line: 1, name: 'site', anonymous: false, url: 'http://example.com/' },
      { type: 'target', line: 2, name: 'alias', anonymous: false, url: null, refname: 'site' },
      { type: 'target', line: 4, name: null, anonymous: true, url: 'http://a.example' },
    ]);
  });

  test('CRLF, CR and a BOM read like plain LF', () => {
    const plain = parseRst('Title\n=====\n\nTerm\n   def\n');
    expect(parseRst('\ufeffTitle\r\n=====\r\n\r\nTerm\r\n   def\r\n')).toEqual(plain);
    expect(parseRst('Title\r=====\r\rTerm\r   def\r')).toEqual(plain);
  });
});

describe('never throws, never loses text', () => {
  const nasty = [
    '',
    '\n\n\n',
    '\ufeff',
    '::',
    '..',
    '__',
    '====',
    '====\nTitle',
    '====\nTitle\n----',
    '- ',
    '1.',
    '(',
    ':',
    '.. _',
    '.. _`unclosed: x',
    '.. note::',
    '.. admonition::',
    'a::',
    'a::\n\n',
    '\t\t\t',
    '\u0000\u0001\ud800',
    '>>>',
    '| ',
    '+--+\n|x|',
    '= =\nx',
    '\u2028\u2029\u0085',
    'x\n' + ' '.repeat(3) + 'y\n' + ' '.repeat(1) + 'z',
  ];
  test.each(nasty)('%j', (text) => {
    const doc = parseRst(text);
    expect(doc.diagnostics.every((d) => !d.message.startsWith('Internal error'))).toBe(true);
  });

  test('5,000 levels of indentation neither overflow the stack nor drop text', () => {
    const lines = Array.from({ length: 5000 }, (_, depth) => `${' '.repeat(depth)}level${depth}`);
    const doc = parseRst(lines.join('\n\n'));
    const all = JSON.stringify(doc.blocks);
    expect(all).toContain('level0');
    expect(all).toContain('level4999');
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning' }));
  });

  test('a line the reader cannot place stays visible with a diagnostic', () => {
    const doc = parseRst('- item\n\n  Title in a list\n  ---------------\n');
    expect(JSON.stringify(doc.blocks)).toContain('Title in a list');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'severe', message: 'Unexpected section title.' }),
    );
  });
});
