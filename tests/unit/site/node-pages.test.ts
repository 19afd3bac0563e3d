import type { NodeId } from '../../../src/notes/concepts/model';
import { describe, expect, test } from 'vitest';
import {
  DESCRIPTION_LENGTH,
  isSafeSegment,
  staticPages,
  truncate,
  withMeta,
} from '../../../src/site/node-pages';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { node, smallGraph } from '../graph/small-graph';

/** What `vite build` makes of index.html with base /musubi/. */
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta
      name="description"
      content="Musubi: a concept map of study notes."
    />
    <title>Musubi</title>
    <script type="module" crossorigin src="/musubi/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const pageOf = (graph: ConceptGraph, path: string) =>
  staticPages(INDEX, [graph]).pages.find((page) => page.path === path)?.html ?? '';

/** The value of one meta tag, unescaped the way a browser would. */
function meta(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)" />`).exec(html);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('staticPages', () => {
  test('one page per map, one per concept and a 404 page that is index.html itself', () => {
    const paths = staticPages(INDEX, [smallGraph()]).pages.map((page) => page.path);
    expect(paths.filter((path) => !/\/(present|speaker|handout|study)\//.test(path))).toEqual([
      '404.html',
      'small/index.html',
      'small/node/small-notes/index.html',
      'small/node/terms/index.html',
      'small/node/pod/index.html',
      'small/node/replicaset/index.html',
      'small/node/コンテキスト/index.html',
    ]);
    expect(pageOf(smallGraph(), '404.html')).toBe(INDEX);
  });

  test('every presenting, speaker and handout URL of every tour has a page of its own', () => {
    const graph = {
      ...smallGraph(),
      tours: [{ name: 'intro', title: 'Intro', steps: ['replicaset', 'pod'] as NodeId[] }],
    };
    const paths = staticPages(INDEX, [graph]).pages.map((page) => page.path);
    for (const node of graph.nodes) {
      expect(paths).toContain(`small/present/${node.id}/index.html`);
      expect(paths).toContain(`small/speaker/${node.id}/index.html`);
    }
    expect(paths).toContain('small/present/intro/replicaset/index.html');
    expect(paths).toContain('small/speaker/intro/pod/index.html');
    expect(paths).not.toContain('small/present/intro/terms/index.html');
    expect(paths).toContain('small/handout/index.html');
    expect(paths).toContain('small/handout/intro/index.html');
    expect(pageOf(graph, 'small/present/intro/pod/index.html')).toContain(
      '<title>Pod — Small notes</title>',
    );
    expect(pageOf(graph, 'small/handout/intro/index.html')).toContain(
      '<title>Intro — Small notes — handout</title>',
    );
  });

  test("a concept's page is titled `Label — Map title` and described by its text", () => {
    const html = pageOf(smallGraph(), 'small/node/pod/index.html');
    expect(html).toContain('<title>Pod — Small notes</title>');
    expect(meta(html, 'description')).toBe('A container instance.');
    expect(meta(html, 'og:title')).toBe('Pod — Small notes');
    expect(meta(html, 'og:description')).toBe('A container instance.');
    expect(meta(html, 'og:type')).toBe('article');
    // The app's own description is replaced, not repeated.
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).not.toContain('Musubi: a concept map');
  });

  test('the page still boots the app from absolute asset URLs', () => {
    const html = pageOf(smallGraph(), 'small/node/コンテキスト/index.html');
    expect(html).toContain('<script type="module" crossorigin src="/musubi/assets/index-abc.js">');
    expect(html).toContain('<div id="root"></div>');
    expect(meta(html, 'description')).toBe('ユーザとクラスタの組');
  });

  test("the map's page is titled with the notes' title", () => {
    const html = pageOf(smallGraph(), 'small/index.html');
    expect(html).toContain('<title>Small notes — Musubi</title>');
    expect(meta(html, 'og:type')).toBe('website');
    expect(meta(html, 'description')).toContain('Pod');
  });

  test('a concept with no text is described by its place in the notes', () => {
    const graph = smallGraph();
    graph.nodes[1] = { ...graph.nodes[1]!, path: ['Part one'] };
    expect(meta(pageOf(graph, 'small/node/terms/index.html'), 'description')).toBe(
      'Terms (Part one)',
    );
  });

  test('a long text is cut to about 160 characters, whitespace collapsed', () => {
    const graph = smallGraph();
    graph.nodes[2] = { ...graph.nodes[2]!, text: `${'長い説明。'.repeat(60)}\n\nmore` };
    const description = meta(pageOf(graph, 'small/node/pod/index.html'), 'description')!;
    expect(Array.from(description)).toHaveLength(DESCRIPTION_LENGTH);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('hostile notes', () => {
  const hostile = (): ConceptGraph => ({
    ...smallGraph(),
    title: '</title><script>alert("title")</script>',
    nodes: [
      node(
        'x',
        '<img src=x onerror=alert(1)> & "quotes" \'too\'',
        'term',
        0,
        '" /><script>alert(2)</script><meta content="',
      ),
      node('dollar', "$& $' $` $1", 'term', 1, "$& $' $`"),
    ],
    edges: [],
  });

  test('nothing from the notes reaches the page as markup', () => {
    const html = pageOf(hostile(), 'small/node/x/index.html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain(
      '<title>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39; — &lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</title>',
    );
    expect(meta(html, 'description')).toBe('" /><script>alert(2)</script><meta content="');
    expect(meta(html, 'og:title')).toBe(
      '<img src=x onerror=alert(1)> & "quotes" \'too\' — </title><script>alert("title")</script>',
    );
  });

  test('replacement patterns like $& in the notes are written literally', () => {
    const html = pageOf(hostile(), 'small/node/dollar/index.html');
    expect(html).toContain('<title>$&amp; $&#39; $` $1 — ');
    expect(meta(html, 'description')).toBe("$& $' $`");
  });

  test('ids that are not one directory name get no page', () => {
    const graph = smallGraph();
    graph.nodes.push(node('../../etc', 'Escape', 'term', 9));
    const { pages, skipped } = staticPages(INDEX, [graph, { ...smallGraph(), mapId: '..' }]);
    expect(pages.some((page) => page.path.includes('..'))).toBe(false);
    expect(skipped).toEqual(['concept "../../etc" in map "small"', 'map ".."']);
  });
});

test.each([
  ['pod', true],
  ['コンテキスト', true],
  ['', false],
  ['.', false],
  ['..', false],
  ['a/b', false],
  ['a\\b', false],
])('isSafeSegment(%j) is %s', (name, safe) => {
  expect(isSafeSegment(name)).toBe(safe);
});

test('truncate never cuts an emoji in half', () => {
  const cut = truncate('😀'.repeat(200), 10);
  expect(Array.from(cut)).toEqual([...Array(9).fill('😀'), '…']);
});

test('withMeta adds a title to a page that has none', () => {
  const html = withMeta('<html><head></head><body></body></html>', {
    title: 'T',
    description: 'D',
    type: 'article',
  });
  expect(html).toContain('<title>T</title>');
  expect(html.indexOf('<title>')).toBeLessThan(html.indexOf('</head>'));
});
