import { createContext, useContext } from 'react';
import type { ConceptMapHandle, MapTheme } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { NodeId } from '../../notes/concepts/model';

/** The options of createConceptMap() in src/graph/create-concept-map.ts. */
export interface CreateConceptMapOptions {
  container: HTMLElement;
  bundle: MapBundle;
  theme: MapTheme;
  onSelect(id: NodeId | null): void;
}

/** One row of the legend: how a node kind or an edge kind is drawn. */
export interface LegendEntry {
  label: string;
  color: string;
  /** Nodes are drawn as a swatch, edges as a line. */
  group: 'node' | 'edge';
  /** Edges: dashed or dotted lines read differently from solid ones even without colour. */
  lineStyle?: 'solid' | 'dashed' | 'dotted';
}

/**
 * The Cytoscape adapter as the UI sees it. src/main.tsx passes the real one (src/graph); tests
 * pass a fake, since jsdom has no canvas. Injected rather than imported so the UI never loads
 * Cytoscape in component tests.
 */
export interface MapAdapter {
  createConceptMap(options: CreateConceptMapOptions): ConceptMapHandle;
  legendEntries(theme: MapTheme): readonly LegendEntry[];
}

export const MapAdapterContext = createContext<MapAdapter | null>(null);

export function useMapAdapter(): MapAdapter {
  const adapter = useContext(MapAdapterContext);
  if (!adapter) throw new Error('No map adapter: render the app through <App adapter={…}>.');
  return adapter;
}
