import { describe, expect, test } from 'vitest';
import { ONE_FILE_DATA_SLOT, readOneFile, writeOneFile } from '../../../src/local/one-file';
import type { LocalMap } from '../../../src/local/store';

const TEMPLATE = `<!doctype html><html><head><title>Musubi</title></head><body><div id="root"></div>
${ONE_FILE_DATA_SLOT}<script type="module">/* the app */</script></body></html>`;

function mapWith(text: string): LocalMap {
  return {
    summary: {
      name: 'n',
      title: text,
      nodeCount: 1,
      bytes: 1,
      savedAt: 1,
      from: 'file',
      fingerprint: 0,
    },
    files: [{ name: 'n.rst', text }],
    bundle: {
      graph: { mapId: 'local/n', title: text, nodes: [], edges: [], tours: [], diagnostics: [] },
      positions: {},
    },
  };
}

/** The page as a browser parses it. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the one-file page', () => {
  test.each([
    ['a closing script tag', '</script><script>window.__pwned = 1</script>'],
    ['an HTML comment opener', '<!-- <script>'],
    ['replacement patterns', "$& $' $` $$"],
    ['Japanese and emoji', 'コンテナ 😀'],
  ])('notes holding %s come back as text, and add no element', (_case, text) => {
    const document = parse(writeOneFile(TEMPLATE, mapWith(text)));
    expect(readOneFile(document)).toEqual({ ok: true, map: mapWith(text) });
    expect(document.scripts).toHaveLength(2);
    expect(document.body.children).toHaveLength(3);
  });

  test('the template itself, with its slot empty, is not a one-file page', () => {
    expect(readOneFile(parse(TEMPLATE))).toBeNull();
  });

  test('a page without a slot is the site, not a one-file page', () => {
    expect(readOneFile(parse('<!doctype html><p>site</p>'))).toBeNull();
  });

  test('a cut download is named as damaged, not shown half', () => {
    const html = writeOneFile(TEMPLATE, mapWith('notes'));
    const cut = html.replace(/("files":\[)/, '$1{');
    expect(readOneFile(parse(cut))).toEqual({ ok: false });
  });

  test('a template without a slot is refused rather than written without the map', () => {
    expect(() => writeOneFile('<html></html>', mapWith('x'))).toThrow(/no data slot/);
  });
});
