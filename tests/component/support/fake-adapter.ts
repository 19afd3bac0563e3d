import { vi } from 'vitest';
import type { Mock } from 'vitest';
import type { ConceptMapHandle } from '../../../src/graph/concept-map-handle';
import type { MapAdapter, CreateConceptMapOptions } from '../../../src/ui/ConceptMap/adapter';

export interface FakeMap {
  options: CreateConceptMapOptions;
  handle: { [K in keyof ConceptMapHandle]: Mock<ConceptMapHandle[K]> };
  destroyed: boolean;
}

/**
 * A stand-in for the Cytoscape adapter (jsdom has no canvas): records every map it creates and
 * every call on their handles, and lets a test "click" a node through the onSelect callback.
 */
export function createFakeAdapter() {
  const maps: FakeMap[] = [];
  const adapter: MapAdapter = {
    createConceptMap(options) {
      const map: FakeMap = {
        options,
        destroyed: false,
        handle: {
          select: vi.fn<ConceptMapHandle['select']>(),
          setVisible: vi.fn<ConceptMapHandle['setVisible']>(),
          focus: vi.fn<ConceptMapHandle['focus']>(),
          fit: vi.fn<ConceptMapHandle['fit']>(),
          zoomIn: vi.fn<ConceptMapHandle['zoomIn']>(),
          zoomOut: vi.fn<ConceptMapHandle['zoomOut']>(),
          setTheme: vi.fn<ConceptMapHandle['setTheme']>(),
          setInsets: vi.fn<ConceptMapHandle['setInsets']>(),
          setHiddenRelations: vi.fn<ConceptMapHandle['setHiddenRelations']>(),
          setMasked: vi.fn<ConceptMapHandle['setMasked']>(),
          setKnowledge: vi.fn<ConceptMapHandle['setKnowledge']>(),
          setEmphasis: vi.fn<ConceptMapHandle['setEmphasis']>(),
          pulse: vi.fn<ConceptMapHandle['pulse']>(),
          resetPositions: vi.fn<ConceptMapHandle['resetPositions']>(),
          exportImage: vi.fn<ConceptMapHandle['exportImage']>(async () => new Blob(['image'])),
          resize: vi.fn<ConceptMapHandle['resize']>(),
          destroy: vi.fn<ConceptMapHandle['destroy']>(() => {
            map.destroyed = true;
          }),
        },
      };
      maps.push(map);
      return map.handle;
    },
    legendEntries: () => [
      { group: 'node', kind: 'section', color: '#0b5cad' },
      { group: 'node', kind: 'term', color: '#2da44e' },
      { group: 'edge', kind: 'nesting', color: '#57606a', lineStyle: 'solid' },
      { group: 'edge', kind: 'mentions', color: '#57606a', lineStyle: 'dashed' },
    ],
  };
  return {
    adapter,
    maps,
    live: () => maps.filter((map) => !map.destroyed),
    /** The one live map; fails the test if there is not exactly one. */
    current(): FakeMap {
      const live = maps.filter((map) => !map.destroyed);
      if (live.length !== 1) throw new Error(`expected one live map, found ${live.length}`);
      return live[0]!;
    },
  };
}
