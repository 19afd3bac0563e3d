/**
 * A Markdown note through the whole pipeline (buildMap): sections and definition terms, whether
 * from definition lists or bold-led list items, become concepts, nested as in the note, and the
 * graph builder needs nothing but the document model for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildMap } from '../../../src/notes/pipeline';
import { readerFor } from '../../../src/notes/readers';

const read = (name: string) =>
  readFileSync(new URL(`../../fixtures/markdown/${name}`, import.meta.url), 'utf8');

describe('buildMap on Markdown notes', () => {
  test('.md and .markdown files are read by the Markdown reader', () => {
    expect(readerFor('notes/kubernetes.md')?.format).toBe('Markdown');
    expect(readerFor('NOTES.MARKDOWN')?.format).toBe('Markdown');
  });

  const graph = buildMap({
    mapId: 'kubernetes',
    notes: { file: 'data/kubernetes.md', text: read('kubernetes.md') },
  });
  const node = (label: string) => graph.nodes.find((n) => n.label === label);

  test('the frontmatter title names the map', () => {
    expect(graph.title).toBe('Kubernetes 入門');
    expect(graph.nodes[0]).toMatchObject({ label: 'Kubernetes 入門', kind: 'title' });
  });

  test('sections and terms become concepts, in the order of the note', () => {
    expect(graph.nodes.map((n) => [n.kind, n.label])).toEqual([
      ['title', 'Kubernetes 入門'],
      ['section', 'ワークロード'],
      ['term', 'Pod'],
      ['term', 'ReplicaSet'],
      ['term', 'Deployment'],
      ['term', 'DaemonSet'],
      ['section', 'Pod の定義'],
      ['section', 'ネットワーク'],
    ]);
  });

  test('they nest as the note nests them, and mention each other', () => {
    const edges = graph.edges.map((e) => `${e.kind}:${e.source}->${e.target}`);
    const id = (label: string) => node(label)!.id;
    expect(edges).toEqual(
      expect.arrayContaining([
        `nesting:${id('ワークロード')}->${id('Pod')}`,
        `nesting:${id('ワークロード')}->${id('DaemonSet')}`,
        `nesting:${id('ワークロード')}->${id('Pod の定義')}`,
        `mentions:${id('Pod')}->${id('ReplicaSet')}`,
        `mentions:${id('ReplicaSet')}->${id('Deployment')}`,
      ]),
    );
  });

  test("a term's definition is its text, a section's own text excludes its terms", () => {
    expect(node('ReplicaSet')!.text).toBe('指定した数の Pod を維持する');
    expect(node('ワークロード')!.text).toContain('コンテナを動かす単位');
    expect(node('ワークロード')!.text).toContain('参考: コントローラの仕組み');
    expect(node('ワークロード')!.text).not.toContain('維持する');
    expect(node('ワークロード')!.links).toEqual([
      { text: '公式ドキュメント', url: 'https://kubernetes.io/docs/concepts/workloads/' },
    ]);
  });

  test('source lines point into the note', () => {
    expect(node('ワークロード')!.lines).toEqual([10]);
    expect(node('Deployment')!.lines).toEqual([16]);
    expect(node('DaemonSet')!.lines).toEqual([19]);
    expect(graph.diagnostics).toEqual([]);
  });

  test('the glossary: bold-led items of a mixed list are terms, the plain one stays text', () => {
    const glossary = buildMap({
      mapId: 'glossary',
      notes: { file: 'glossary.md', text: read('glossary.md') },
    });
    expect(glossary.nodes.map((n) => [n.kind, n.label])).toEqual([
      ['title', 'Glossary'],
      ['term', 'Scheduler'],
      ['term', 'Kubelet'],
      ['term', 'Etcd'],
      ['term', 'Raft'],
      ['term', 'Service'],
    ]);
    expect(glossary.nodes[0]!.text).toContain('a plain step between the terms');
    expect(glossary.nodes.find((n) => n.label === 'Etcd')!.text).toContain(
      'nested detail about etcd',
    );
  });
});
