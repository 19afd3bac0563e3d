import { describe, expect, test } from 'vitest';
import { splitMap, textsFromParts, type TextPart } from '../../../src/graph/map-parts';
import type { MapBundle } from '../../../src/graph/map-bundle';
import type { NodeId } from '../../../src/notes/concepts/model';
import { buildMap } from '../../../src/notes/pipeline';
import { generateNotes } from '../../../bench/generate-notes';

/** A map of 120 generated terms, each with text, links and mentions of others. */
function bigBundle(): MapBundle {
  const graph = buildMap({
    mapId: 'generated',
    notes: { file: 'generated.rst', text: generateNotes(120, 3) },
  });
  return { graph, positions: {} };
}

/** The seam over the split's parts, counting which parts were loaded. */
function seamOf(bundle: MapBundle, partBytes: number) {
  const split = splitMap(bundle, partBytes);
  const loads: number[] = [];
  const texts = textsFromParts(split.skeleton.graph, split.partOf, (index) => {
    loads.push(index);
    // A copy, as a module's JSON.parse would give: nothing is shared with the original graph.
    return Promise.resolve(structuredClone(split.parts[index]) as TextPart);
  });
  return { split, texts, loads };
}

describe('a big map in parts', () => {
  test('the skeleton keeps every concept and relation, and no text', () => {
    const bundle = bigBundle();
    const { skeleton } = splitMap(bundle);
    expect(skeleton.graph.nodes.map((node) => node.id)).toEqual(
      bundle.graph.nodes.map((node) => node.id),
    );
    expect(skeleton.graph.edges.map((edge) => edge.id)).toEqual(
      bundle.graph.edges.map((edge) => edge.id),
    );
    expect(skeleton.graph.nodes.every((node) => node.text === '' && node.links.length === 0)).toBe(
      true,
    );
    expect(
      skeleton.graph.nodes.every((node) =>
        node.occurrences.every((occurrence) => occurrence.blocks.length === 0),
      ),
    ).toBe(true);
    expect(skeleton.graph.edges.some((edge) => edge.evidence)).toBe(false);
    // What the seam needs nothing of: names, places and order are all there.
    expect(skeleton.graph.nodes[5]!.label).toBe(bundle.graph.nodes[5]!.label);
    expect(skeleton.graph.nodes[5]!.pathIds).toEqual(bundle.graph.nodes[5]!.pathIds);
  });

  test('the whole graph comes back exactly, each part loaded once', async () => {
    const bundle = bigBundle();
    const { split, texts, loads } = seamOf(bundle, 4_000);
    expect(split.parts.length).toBeGreaterThan(3);
    const [whole, again] = await Promise.all([texts.graph(), texts.graph()]);
    expect(whole).toEqual(bundle.graph);
    expect(again).toBe(whole);
    expect([...loads].sort((a, b) => a - b)).toEqual(split.parts.map((_, index) => index));
  });

  test("a concept's text loads its part only, with the evidence of its relations", async () => {
    const bundle = bigBundle();
    const { split, texts, loads } = seamOf(bundle, 4_000);
    const original = bundle.graph.nodes.find((node) => node.id === ('resource60' as NodeId))!;
    expect(texts.loaded(original.id)).toBeNull();

    const concept = await texts.concept(original.id);
    expect(concept?.node).toEqual(original);
    const index = bundle.graph.nodes.indexOf(original);
    expect(loads).toEqual([split.partOf[index]]);
    // Every relation it has, explained, even those into concepts of other parts.
    const relations = bundle.graph.edges.filter(
      (edge) => edge.source === original.id || edge.target === original.id,
    );
    expect(concept?.relations).toEqual(relations);
    expect(relations.some((edge) => edge.evidence)).toBe(true);
    // Known now without waiting, and the same object each time (the panel re-renders only on
    // a change).
    expect(texts.loaded(original.id)).toBe(texts.loaded(original.id));
    expect(await texts.concept('no-such-concept' as NodeId)).toBeNull();
  });

  test('concepts that are read together come in one part', () => {
    const { split } = seamOf(bigBundle(), 4_000);
    const { nodes } = split.skeleton.graph;
    const inReadingOrder = nodes
      .map((node, index) => ({ order: node.order, part: split.partOf[index]! }))
      .sort((a, b) => a.order - b.order)
      .map((entry) => entry.part);
    // Parts follow the reading order: each part is one run of neighbouring concepts.
    expect(inReadingOrder).toEqual([...inReadingOrder].sort((a, b) => a - b));
  });

  test('a concept called __proto__ keeps its text', async () => {
    const bundle = bigBundle();
    const victim = bundle.graph.nodes.find((node) => node.text !== '')!;
    const renamed = { ...victim, id: '__proto__' as NodeId };
    const graph = {
      ...bundle.graph,
      nodes: bundle.graph.nodes.map((node) => (node === victim ? renamed : node)),
      edges: [],
    };
    const { texts } = seamOf({ graph, positions: {} }, 4_000);
    expect((await texts.concept('__proto__' as NodeId))?.node.text).toBe(victim.text);
  });

  test('a part that fails to load can be asked for again', async () => {
    const bundle = bigBundle();
    const split = splitMap(bundle, 4_000);
    let fail = true;
    const texts = textsFromParts(split.skeleton.graph, split.partOf, (index) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(split.parts[index]!),
    );
    const id = bundle.graph.nodes[10]!.id;
    await expect(texts.concept(id)).rejects.toThrow('offline');
    fail = false;
    expect((await texts.concept(id))?.node.text).toBe(bundle.graph.nodes[10]!.text);
  });
});
