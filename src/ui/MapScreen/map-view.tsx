import { createContext, useContext } from 'react';
import type { ConceptGraph, ConceptNode, NodeId } from '../../notes/concepts/model';
import type { Depth, MapViewOptions } from '../../routes/depth';

/** What every part of the map screen reads: the graph, the view the URL asks for, and links. */
export interface MapView {
  graph: ConceptGraph;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  depth: Depth;
  /** Depth, outline, overlay and filters, as the URL has them. */
  options: MapViewOptions;
  /** A link to a node that keeps the current view options (through the route registry). */
  nodeHref(id: NodeId): string;
  mapHref(): string;
  /** A link to this view (the selection kept) with some options changed. */
  viewHref(changes: Partial<MapViewOptions>): string;
  /** Draw attention to a concept on the map while the pointer is on its name elsewhere. */
  pulse(id: NodeId | null): void;
}

export const MapViewContext = createContext<MapView | null>(null);

export function useMapView(): MapView {
  const view = useContext(MapViewContext);
  if (!view) throw new Error('useMapView() is for components inside <MapScreen>.');
  return view;
}
