import type { NodeId } from '../notes/concepts/model';
import type { RelationKind } from '../notes/concepts/relations';

/** Node positions computed at build time (preset layout), keyed by node id. */
export type Positions = Readonly<Record<string, { x: number; y: number }>>;

export type MapTheme = 'light' | 'dark' | 'contrast';

/**
 * Parts of the canvas covered by the UI (a presentation card, a floating panel), in CSS pixels
 * from each edge: the camera frames what it shows inside what is left.
 */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** How well a concept is known (study mode's overlay, issue 12); each is drawn its own way. */
export type KnowledgeStatus = 'new' | 'learning' | 'due' | 'known';

export interface FocusOptions {
  /** Smallest label size wanted after the move, in CSS pixels (13: readable at a glance). */
  minLabelPx?: number;
  /** Jump instead of animating (the user prefers reduced motion is honoured anyway). */
  instant?: boolean;
}

/**
 * The small handle the React layer holds on the Cytoscape map (STYLE.md, "The Cytoscape
 * adapter"). Created once per container by createConceptMap(), destroyed on unmount. Every setter
 * remembers what it last showed, so calling it again with the same value costs nothing, and it
 * touches only the elements whose state changes (issue 15: a map of 5,000 concepts).
 */
export interface ConceptMapHandle {
  /**
   * Emphasise a node and its relations and move the camera to frame it with every concept it is
   * related to (labels readable); null clears the selection.
   */
  select(id: NodeId | null): void;
  /** Show only these nodes (depth filter, progressive reveal); null shows all. */
  setVisible(ids: ReadonlySet<NodeId> | null): void;
  /** Hide the relations of these kinds (the reader's filters). */
  setHiddenRelations(kinds: readonly RelationKind[]): void;
  /** Frame these nodes, animated unless the user prefers reduced motion. */
  focus(ids: readonly NodeId[], options?: FocusOptions): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  setTheme(theme: MapTheme): void;
  /** The parts of the canvas the UI covers; later camera moves keep clear of them. */
  setInsets(insets: Insets): void;
  /** Concepts whose names are hidden (a quiz, study's "name it"); null: every name shown. */
  setMasked(ids: ReadonlySet<NodeId> | null): void;
  /** Colour each concept by how well it is known; null: the map's own colours. */
  setKnowledge(status: ReadonlyMap<NodeId, KnowledgeStatus> | null): void;
  /** Draw these concepts emphasised (a tour's concepts on its closing step); null: none. */
  setEmphasis(ids: ReadonlySet<NodeId> | null): void;
  /** Briefly draw attention to a concept (hovering its name in the panel or a list). */
  pulse(id: NodeId | null): void;
  /** Every concept back where the layout put it (after the reader dragged some). */
  resetPositions(): void;
  /** The view or the whole map as a PNG (twice the pixel ratio) or an SVG picture. */
  exportImage(format: 'png' | 'svg', scope: 'view' | 'map'): Promise<Blob>;
  /** Tell Cytoscape its container changed size. */
  resize(): void;
  destroy(): void;
}
