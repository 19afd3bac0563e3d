import type { NodeId } from '../notes/concepts/model';

/** Node positions computed at build time (preset layout), keyed by node id. */
export type Positions = Readonly<Record<string, { x: number; y: number }>>;

export type MapTheme = 'light' | 'dark' | 'contrast';

/**
 * The small handle the React layer holds on the Cytoscape map (STYLE.md, "The Cytoscape
 * adapter"). Created once per container by createConceptMap(), destroyed on unmount.
 */
export interface ConceptMapHandle {
  /** Emphasise a node and its neighbours, dim the rest; move the camera if it is off screen. */
  select(id: NodeId | null): void;
  /** Show only these nodes (depth filter, progressive reveal); null shows all. */
  setVisible(ids: ReadonlySet<NodeId> | null): void;
  /** Frame these nodes, animated unless the user prefers reduced motion. */
  focus(ids: readonly NodeId[]): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  setTheme(theme: MapTheme): void;
  /** Tell Cytoscape its container changed size. */
  resize(): void;
  destroy(): void;
}
