import { createContext, useContext } from 'react';
import type { ConceptMapHandle, MapTheme } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { ConceptKind, NodeId } from '../../notes/concepts/model';
import type { RelationKind } from '../../notes/concepts/relations';

/** The options of createConceptMap() in src/graph/create-concept-map.ts. */
export interface CreateConceptMapOptions {
  container: HTMLElement;
  bundle: MapBundle;
  theme: MapTheme;
  onSelect(id: NodeId | null): void;
  /**
   * The pointer rests on a concept (where, in page coordinates), or left it (null); `tapped`: a
   * first tap on a touch screen (a preview; the second tap selects).
   */
  onHover?(id: NodeId | null, anchor: { x: number; y: number } | null, tapped?: boolean): void;
  /** The pointer rests on a relation (its edge id), or it was tapped; null: left it. */
  onEdgeHover?(id: string | null, anchor: { x: number; y: number } | null, tapped?: boolean): void;
  /** Concepts were dragged (with a mouse or pen): their new centres. */
  onMoved?(moved: Record<string, { x: number; y: number }>): void;
}

/** One row of the legend: how a concept kind (a swatch) or a relation kind (a line) is drawn. */
export type LegendEntry =
  | { group: 'container'; color: string; border: string }
  | { group: 'node'; kind: ConceptKind; color: string }
  | {
      group: 'edge';
      kind: RelationKind;
      color: string;
      /** Dashed or dotted lines read differently from solid ones even without colour. */
      lineStyle: 'solid' | 'dashed' | 'dotted';
    };

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
