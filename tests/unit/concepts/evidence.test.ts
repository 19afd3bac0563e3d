import { describe, expect, test } from 'vitest';
import { EVIDENCE_LENGTH, sentenceAround } from '../../../src/notes/concepts/evidence';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { buildMap } from '../../../src/notes/pipeline';

// Issue 9: every mention edge carries the sentence of the mentioning concept's text that names
// the other concept, and its source line (`edges[].evidence` in the CLI's JSON).

function graphOf(text: string): ConceptGraph {
  return buildMap({ mapId: 'notes', notes: { file: 'notes.rst', text } });
}

function evidence(graph: ConceptGraph, source: string, target: string) {
  return graph.edges.find(
    (edge) => edge.kind === 'mentions' && edge.source === source && edge.target === target,
  )?.evidence;
}

describe('evidence of a mention', () => {
  test('Japanese: the sentence up to its 。, with the line it is on', () => {
    const graph = graphOf(
      [
        'Pod',
        '\tコンテナインスタンス',
        '',
        'ReplicaSet',
        '\tこれは前置きです。Podをまとめたもの。数を維持する。',
        '',
      ].join('\n'),
    );
    expect(evidence(graph, 'pod', 'replicaset')).toEqual({
      text: 'Podをまとめたもの。',
      line: 5,
      file: 'notes.rst',
    });
  });

  test('English: the sentence that names it, and the line the name is on', () => {
    const graph = graphOf(
      [
        'IP',
        '  Moves packets between hosts.',
        '',
        'TCP',
        '  A reliable byte stream. It runs on top of',
        '  IP and adds ordering. Ports pick the program.',
        '',
      ].join('\n'),
    );
    expect(evidence(graph, 'ip', 'tcp')).toEqual({
      text: 'It runs on top of IP and adds ordering.',
      line: 6,
      file: 'notes.rst',
    });
  });

  test('several mentions in one sentence: each relation quotes that sentence', () => {
    const graph = graphOf(
      [
        'TCP',
        '  Streams.',
        '',
        'UDP',
        '  Datagrams.',
        '',
        'Port',
        '  Both TCP and UDP use a port number. Nothing else.',
        '',
      ].join('\n'),
    );
    const quoted = 'Both TCP and UDP use a port number.';
    expect(evidence(graph, 'tcp', 'port')?.text).toBe(quoted);
    expect(evidence(graph, 'udp', 'port')?.text).toBe(quoted);
  });

  test('a mention inside inline markup is found and quoted as text', () => {
    const graph = graphOf(
      [
        'Helm',
        '  A package manager.',
        '',
        'Chart',
        '  Installed with ``helm`` or *Helm* itself.',
        '',
      ].join('\n'),
    );
    expect(evidence(graph, 'helm', 'chart')).toEqual({
      text: 'Installed with helm or Helm itself.',
      line: 5,
      file: 'notes.rst',
    });
  });

  test('Japanese lines of a paragraph join without a space; Latin ones with one', () => {
    const graph = graphOf(
      ['Pod', '\tコンテナ', '', 'Deployment', '\t複数のPodを', '\t管理するもの', ''].join('\n'),
    );
    expect(evidence(graph, 'pod', 'deployment')?.text).toBe('複数のPodを管理するもの');
  });

  test('a long sentence is cut to a window around the name, marked with …', () => {
    const filler = 'word '.repeat(60);
    const text = `${filler}the Kernel is named here ${filler}end.`;
    const start = text.indexOf('Kernel');
    const quote = sentenceAround(text, start, start + 'Kernel'.length);
    expect(quote.length).toBeLessThanOrEqual(EVIDENCE_LENGTH);
    expect(quote).toContain('Kernel');
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
  });

  test('the seed: ReplicaSet builds on Pod because it "groups Pods"', () => {
    const graph = graphOf(
      ['Pod', '\tコンテナインスタンス', '', 'ReplicaSet', '\tPodをまとめたもの', ''].join('\n'),
    );
    expect(evidence(graph, 'pod', 'replicaset')?.text).toBe('Podをまとめたもの');
  });
});
