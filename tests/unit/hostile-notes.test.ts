import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../src/notes/concepts/build-graph';
import { conceptId } from '../../src/notes/concepts/ids';
import { buildMap } from '../../src/notes/pipeline';
import type { ConceptGraph, ConceptNode } from '../../src/notes/concepts/model';
import { parseRst } from '../../src/notes/rst';
import type { NotesDocument } from '../../src/notes/document/model';
import { describeUnsafe, safeHref } from '../../src/notes/safe-url';

// Notes written by an attacker (tests/fixtures/hostile/README.md lists every case). The pure core
// must read them without throwing, keep every hostile string as plain text, and never turn an
// unsafe URL into a link: those become diagnostics (OWASP XSS rules; STYLE.md "Data flow").

const source = readFileSync(new URL('../fixtures/hostile/hostile.rst', import.meta.url), 'utf8');
const companionSource = readFileSync(
  new URL('../fixtures/hostile/hostile.map.yaml', import.meta.url),
  'utf8',
);

let doc: NotesDocument;
let graph: ConceptGraph;
const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(() => {
  doc = parseRst(source);
  graph = buildConceptGraph([{ file: 'tests/fixtures/hostile/hostile.rst', document: doc }], {
    mapId: 'hostile',
  });
});

const EMBEDDED = [20, 21, 22, 23, 24];

function nodeById(id: string): ConceptNode | undefined {
  return graph.nodes.find((node) => node.id === id);
}

describe('hostile notes', () => {
  test('are read and built without throwing, and without the reader crashing inside', () => {
    expect(() => parseRst(source)).not.toThrow();
    // parseRst catches its own crashes: the notes then come back as one literal block with a
    // severe "Internal error" diagnostic, which for the user is a failure too.
    const internalErrors = parseRst(source).diagnostics.filter((diagnostic) =>
      diagnostic.message.startsWith('Internal error in the reStructuredText reader'),
    );
    expect(internalErrors.map((diagnostic) => diagnostic.message)).toEqual([]);
    expect(() =>
      buildConceptGraph([{ file: 'h.rst', document: parseRst(source) }], { mapId: 'h' }),
    ).not.toThrow();
  });

  test('keep HTML in titles verbatim, as text (escaping is the renderer’s job)', () => {
    expect(graph.title).toBe('Hostile notes <script>alert(1)</script>');
    expect(graph.nodes.map((node) => node.label)).toContain('Markup in titles <b>bold</b>');
    const section = graph.nodes.find((node) => node.label === 'Markup in titles <b>bold</b>');
    expect(section?.text).toContain('<img src=x onerror=alert(1)>');
    expect(section?.text).toContain(`" onmouseover="alert(1)`);
  });

  test.each([
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'tostring'],
    ['hasOwnProperty', 'hasownproperty'],
    ['valueOf', 'valueof'],
  ])('the term %s is an ordinary node with id %s', (label, id) => {
    expect(conceptId(label)).toBe(id);
    const node = nodeById(id);
    expect(node).toMatchObject({ id, label, kind: 'term' });
    expect(Object.prototype.hasOwnProperty.call(node, 'id')).toBe(true);
    expect(node?.text).not.toBe('');
  });

  test('object-key terms are mentioned like any other name', () => {
    // toString's definition says "Mentions __proto__ and constructor." A lookup table keyed by
    // plain objects would find Object's own `constructor` here, or lose `__proto__`.
    const mentions = graph.edges.filter((edge) => edge.kind === 'mentions');
    expect(mentions).toContainEqual(
      expect.objectContaining({ source: '__proto__', target: 'tostring' }),
    );
    expect(mentions).toContainEqual(
      expect.objectContaining({ source: 'constructor', target: 'tostring' }),
    );
  });

  test('do not pollute Object.prototype', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    const plain: Record<string, unknown> = {};
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(plain.constructor).toBe(Object);
    expect(typeof plain.toString).toBe('function');
    expect(typeof plain.hasOwnProperty).toBe('function');
  });

  test('survive a JSON round trip unchanged (no __proto__ swallowed by a plain object)', () => {
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  test('path-traversal names give ids that are single, harmless path segments', () => {
    for (const label of ['../../etc/passwd', '..', '%2e%2e%2f']) {
      const node = graph.nodes.find((candidate) => candidate.label === label);
      expect(node, label).toBeDefined();
      expect(node!.id).not.toMatch(/[/\\]|^\.+$|^$/);
      expect(node!.id).toBe(conceptId(label));
    }
    expect(nodeById(conceptId('..'))?.id).toMatch(/^concept-[0-9a-f]{8}$/);
  });

  test('no link in the graph has a URL that safeHref refuses', () => {
    const links = graph.nodes.flatMap((node) => node.links);
    for (const link of links) {
      expect(safeHref(link.url), `${link.text} -> ${link.url}`).not.toBeNull();
    }
    // The safe ones are still links: hostile link text does not cost the link.
    expect(links).toContainEqual({
      text: 'Link text <script>alert(2)</script>',
      url: 'https://example.com/safe',
    });
    expect(links).toContainEqual({
      text: 'https://example.com/ok',
      url: 'https://example.com/ok',
    });
  });

  // Every unsafe URL written as an embedded or named reference is reported where it is written
  // (the reference's paragraph, lines 20-24, or the target's line), with safe-url's reason.
  // Inline elements carry no line of their own, so the paragraph's lines are all accepted.
  test.each([
    ['javascript:alert(1)', EMBEDDED],
    ['vbscript:msgbox(1)', [...EMBEDDED, 26, 30]],
    ['data:text/html,%3Cscript%3Ealert(1)%3C/script%3E', EMBEDDED],
    ['JaVaScRiPt:alert(1)', EMBEDDED],
    ['javascript&#58;alert(1)', EMBEDDED],
    ['&#x6A;avascript:alert(1)', EMBEDDED],
    ['javascript&colon;alert(1)', EMBEDDED],
    ['javascript%3Aalert(1)', EMBEDDED],
    ['//evil.example/x', EMBEDDED],
    ['file:///etc/passwd', EMBEDDED],
    ['javascript:alert(document.cookie)', [26, 28]],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', [26, 29]],
    ['javascript:alert(3)', [54]],
  ])('the unsafe link %s is a diagnostic', (url, lines) => {
    const reason = describeUnsafe(url);
    expect(reason).not.toBeNull();
    const reported = graph.diagnostics.filter(
      (diagnostic) =>
        lines.includes(diagnostic.line) &&
        diagnostic.message.includes(reason!) &&
        diagnostic.message.includes(url),
    );
    expect(
      reported,
      `a diagnostic on line ${lines.join(' or ')} naming ${url} and saying "${reason}"`,
    ).not.toEqual([]);
    expect(reported.every((diagnostic) => diagnostic.file.endsWith('hostile.rst'))).toBe(true);
  });

  test('include and raw never read a file', () => {
    const everything = JSON.stringify({ doc, graph });
    if (existsSync('/etc/passwd')) {
      const firstEntry = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
      expect(firstEntry).not.toBe('');
      expect(everything).not.toContain(firstEntry);
    }
    expect(everything).not.toMatch(/root:[^:]*:0:0:/);
    // The notes go on after the directives.
    const directives = graph.nodes.find((node) => node.label === 'Directives that must not run');
    expect(directives?.text).toContain('After the directives, the notes go on normally.');
  });
});

describe('hostile notes with their hostile companion file', () => {
  let map: ConceptGraph;
  beforeAll(() => {
    map = buildMap({
      mapId: 'hostile',
      notes: { file: 'tests/fixtures/hostile/hostile.rst', text: source },
      companion: { file: 'tests/fixtures/hostile/hostile.map.yaml', text: companionSource },
    });
  });

  test('build, and leave Object.prototype alone', () => {
    expect(map.nodes.length).toBeGreaterThan(0);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  test('tour through hostile nodes by their ids, titles kept verbatim', () => {
    const tour = map.tours.find((candidate) => candidate.name === 'hostile');
    expect(tour?.title).toBe("A tour of <script>alert('tour')</script>");
    expect(tour?.steps).toEqual(
      [
        '__proto__',
        'constructor',
        'toString',
        "<script>alert('term')</script>",
        '../../etc/passwd',
        '%2e%2e%2f',
      ].map(conceptId),
    );
  });

  test('keep a tour named __proto__ as an ordinary tour', () => {
    const tour = map.tours.find((candidate) => candidate.name === '__proto__');
    expect(tour).toMatchObject({
      title: 'A tour whose name is __proto__',
      steps: ['hasownproperty'],
    });
  });

  test('give the object-key concepts their aliases, __proto__ included', () => {
    expect(map.nodes.find((node) => node.id === 'constructor')?.aliases).toContain(
      'javascript:alert(1)',
    );
    expect(map.nodes.find((node) => node.id === '__proto__')?.aliases).toEqual(
      expect.arrayContaining(['prototype', '<img src=x onerror=alert(1)>']),
    );
  });

  test('add an extra edge from __proto__ with its hostile label verbatim', () => {
    expect(map.edges).toContainEqual(
      expect.objectContaining({
        source: '__proto__',
        target: 'constructor',
        kind: 'extra',
        label: "<script>alert('edge')</script>",
      }),
    );
  });
});
