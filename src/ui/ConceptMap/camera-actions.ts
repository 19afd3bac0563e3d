import { useMemo, type RefObject } from 'react';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';

export interface CameraActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

/**
 * Zoom and fit on whatever map is live when they run (read through the ref: the map may be
 * created after the keys or buttons that use these). Shared by the zoom buttons and the keys of
 * the explorer and of presenting. A hook, so that the ref is only read when an action runs.
 */
export function useCameraActions(handleRef: RefObject<ConceptMapHandle | null>): CameraActions {
  return useMemo(
    () => ({
      zoomIn: () => handleRef.current?.zoomIn(),
      zoomOut: () => handleRef.current?.zoomOut(),
      fit: () => handleRef.current?.fit(),
    }),
    [handleRef],
  );
}
