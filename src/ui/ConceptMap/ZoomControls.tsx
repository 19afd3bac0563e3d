import type { RefObject } from 'react';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import { useI18n } from '../i18n/I18nProvider';

/** Zoom in / out / fit buttons over the canvas (the same as the `+`, `-`, `0` keys). */
export function ZoomControls({ handleRef }: { handleRef: RefObject<ConceptMapHandle | null> }) {
  const { t } = useI18n();
  return (
    <div className="zoom-controls" role="group" aria-label={t('map.fit')}>
      <button
        type="button"
        className="button"
        aria-label={t('map.zoomIn')}
        onClick={() => handleRef.current?.zoomIn()}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('map.zoomOut')}
        onClick={() => handleRef.current?.zoomOut()}
      >
        −
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('map.fit')}
        onClick={() => handleRef.current?.fit()}
      >
        ⤢
      </button>
    </div>
  );
}
