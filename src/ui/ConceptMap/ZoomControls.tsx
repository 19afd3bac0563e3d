import type { RefObject } from 'react';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import { useI18n } from '../i18n/I18nProvider';
import { useCameraActions } from './camera-actions';

/** Zoom in / out / fit buttons over the canvas (the same as the `+`, `-`, `0` keys). */
export function ZoomControls({ handleRef }: { handleRef: RefObject<ConceptMapHandle | null> }) {
  const { t } = useI18n();
  const camera = useCameraActions(handleRef);
  return (
    <div className="zoom-controls" role="group" aria-label={t('map.fit')}>
      <button type="button" className="button" aria-label={t('map.zoomIn')} onClick={camera.zoomIn}>
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('map.zoomOut')}
        onClick={camera.zoomOut}
      >
        −
      </button>
      <button type="button" className="button" aria-label={t('map.fit')} onClick={camera.fit}>
        ⤢
      </button>
    </div>
  );
}
