import { createContext, useContext } from 'react';
import type { ConceptGraph, ConceptNode, NodeId } from '../../notes/concepts/model';
import type { Depth } from '../../routes/depth';

/** What every part of the map screen reads: the graph and how to link into it. */
export interface MapView {
  graph: ConceptGraph;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  depth: Depth;
  /** A link to a node that keeps the current depth (through the route registry). */
  nodeHref(id: NodeId): string;
  mapHref(): string;
}

export const MapViewContext = createContext<MapView | null>(null);

export function useMapView(): MapView {
  const view = useContext(MapViewContext);
  if (!view) throw new Error('useMapView() is for components inside <MapScreen>.');
  return view;
}
