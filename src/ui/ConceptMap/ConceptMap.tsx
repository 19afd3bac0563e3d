import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ConceptMapHandle, MapTheme } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { NodeId } from '../../notes/concepts/model';
import type { RelationKind } from '../../notes/concepts/relations';
import { useMapAdapter } from './adapter';
import type { PreviewTarget } from './Preview';

const NONE: readonly RelationKind[] = [];

interface ConceptMapProps {
  bundle: MapBundle;
  selected: NodeId | null;
  /** Nodes to show (depth filter); null shows all. */
  visible: ReadonlySet<NodeId> | null;
  /** Kinds of relation the reader hid. */
  hiddenRelations?: readonly RelationKind[];
  theme: MapTheme;
  onSelect(id: NodeId | null): void;
  /** The pointer rests on a concept or a relation (preview cards); null when it leaves. */
  onPreview?(target: PreviewTarget | null): void;
  /** Concepts were dragged to new places (mouse or pen). */
  onMoved?(moved: Record<string, { x: number; y: number }>): void;
  /** Filled with the live handle, for the zoom buttons and keys. */
  handleRef: RefObject<ConceptMapHandle | null>;
  label: string;
}

/**
 * The canvas. Creates the adapter once per bundle on a ref, passes every later change through
 * the handle, and destroys it on unmount (StrictMode's mount-unmount-mount leaves one instance).
 * Callbacks are read through a ref so a new onSelect never recreates the map (xyflow ZoomPane).
 */
export function ConceptMap({
  bundle,
  selected,
  visible,
  hiddenRelations = NONE,
  theme,
  onSelect,
  onPreview,
  onMoved,
  handleRef,
  label,
}: ConceptMapProps) {
  const { createConceptMap } = useMapAdapter();
  const containerRef = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(onSelect);
  const onPreviewRef = useRef(onPreview);
  const onMovedRef = useRef(onMoved);
  // Whether dragging is offered at all is fixed when the map is made.
  const draggable = useRef(onMoved !== undefined);
  const initialTheme = useRef(theme);

  useEffect(() => {
    onSelectRef.current = onSelect;
    onPreviewRef.current = onPreview;
    onMovedRef.current = onMoved;
    initialTheme.current = theme;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const handle = createConceptMap({
      container,
      bundle,
      theme: initialTheme.current,
      onSelect: (id) => onSelectRef.current(id),
      onHover: (id, anchor, tapped) =>
        onPreviewRef.current?.(
          id && anchor ? { kind: 'concept', id, anchor, tapped: tapped ?? false } : null,
        ),
      onEdgeHover: (id, anchor, tapped) =>
        onPreviewRef.current?.(
          id && anchor ? { kind: 'relation', id, anchor, tapped: tapped ?? false } : null,
        ),
      ...(draggable.current ? { onMoved: (moved) => onMovedRef.current?.(moved) } : {}),
    });
    handleRef.current = handle;

    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => handle.resize());
    observer?.observe(container);
    return () => {
      observer?.disconnect();
      handle.destroy();
      if (handleRef.current === handle) handleRef.current = null;
    };
  }, [bundle, createConceptMap, handleRef]);

  // These run after the creation effect in the same commit, so a new map gets the state too.
  useEffect(() => {
    handleRef.current?.setVisible(visible);
  }, [visible, handleRef, bundle]);

  useEffect(() => {
    handleRef.current?.setHiddenRelations(hiddenRelations);
  }, [hiddenRelations, handleRef, bundle]);

  useEffect(() => {
    handleRef.current?.select(selected);
  }, [selected, handleRef, bundle]);

  useEffect(() => {
    handleRef.current?.setTheme(theme);
  }, [theme, handleRef, bundle]);

  return (
    <div
      ref={containerRef}
      className="concept-map-canvas"
      role="img"
      aria-label={label}
      data-testid="concept-map"
    />
  );
}
