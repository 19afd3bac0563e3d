import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ConceptTexts, ConceptWithText } from '../../graph/map-bundle';
import type { ConceptGraph, ConceptNode, NodeId } from '../../notes/concepts/model';
import type { Depth, MapViewOptions } from '../../routes/depth';

/** What every part of the map screen reads: the graph, the view the URL asks for, and links. */
export interface MapView {
  graph: ConceptGraph;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  /**
   * Set while `graph` is a big map's skeleton (its concepts without their texts, issue 15): the
   * seam their texts load through (useConceptText). Null: the graph holds every text.
   */
  texts: ConceptTexts | null;
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

/**
 * Concept `id` with its text and its relations with their evidence: at once when the graph
 * holds them (or the part of the map that does was loaded before), else once that part has
 * loaded (null until then, and for an unknown id).
 */
export function useConceptText(id: NodeId | null): ConceptWithText | null {
  const { graph, nodesById, texts } = useMapView();
  const whole = useMemo((): ConceptWithText | null => {
    if (texts || id === null) return null;
    const node = nodesById.get(id);
    if (!node) return null;
    return {
      node,
      relations: graph.edges.filter((edge) => edge.source === id || edge.target === id),
    };
  }, [texts, id, nodesById, graph.edges]);
  const ready = texts && id !== null ? texts.loaded(id) : null;
  const [fetched, setFetched] = useState<{ id: NodeId; concept: ConceptWithText } | null>(null);

  useEffect(() => {
    if (!texts || id === null || ready) return;
    let current = true;
    texts.concept(id).then(
      (concept) => {
        if (current && concept) setFetched({ id, concept });
      },
      // The part could not be loaded (offline): the panel keeps saying it is loading, and the
      // next selection tries again.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [texts, id, ready]);

  if (!texts) return whole;
  return ready ?? (fetched && fetched.id === id ? fetched.concept : null);
}
