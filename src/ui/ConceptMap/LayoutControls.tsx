import { useState, type RefObject } from 'react';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import { useI18n } from '../i18n/I18nProvider';

/** The dev server's endpoint that writes the layout file (src/site/dev-layout.ts). */
const DEV_LAYOUT_ENDPOINT = '/__musubi/layout';

type Saving =
  | { kind: 'idle' }
  | { kind: 'saved'; file: string }
  | { kind: 'local' }
  | { kind: 'failed'; reason: string };

/**
 * Dragging concepts (issue 9, "a layout that stays put"): in `npm start` a dragged concept is
 * pinned where it was put, in the map's layout file, and "Reset layout" unpins them all; in a
 * built site (no server to write to) a drag is a rearrangement of this page only, and "Reset
 * layout" puts everything back.
 */
export function useLayoutEditing(
  mapId: string,
  handleRef: RefObject<ConceptMapHandle | null>,
  hasPins: boolean,
) {
  const [saving, setSaving] = useState<Saving>({ kind: 'idle' });
  const canSave = import.meta.env.DEV && !mapId.includes('/');
  const post = async (body: object): Promise<string> => {
    const response = await fetch(DEV_LAYOUT_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ map: mapId, ...body }),
    });
    const answer = (await response.json()) as { ok: boolean; message: string };
    if (!answer.ok) throw new Error(answer.message);
    return answer.message;
  };
  const onMoved = (moved: Record<string, { x: number; y: number }>) => {
    if (!canSave) {
      setSaving({ kind: 'local' });
      return;
    }
    const asPairs = Object.fromEntries(
      Object.entries(moved).map(([id, at]) => [id, [at.x, at.y] as const]),
    );
    post({ moved: asPairs }).then(
      (file) => setSaving({ kind: 'saved', file }),
      (error: unknown) => setSaving({ kind: 'failed', reason: (error as Error).message }),
    );
  };
  const reset = () => {
    if (!canSave) {
      handleRef.current?.resetPositions();
      setSaving({ kind: 'idle' });
      return;
    }
    // The dev server rebuilds the map and reloads the page.
    post({ reset: true }).catch((error: unknown) =>
      setSaving({ kind: 'failed', reason: (error as Error).message }),
    );
  };
  return { onMoved, reset, saving, showReset: saving.kind !== 'idle' || (canSave && hasPins) };
}

export function LayoutControls({
  saving,
  showReset,
  onReset,
}: {
  saving: Saving;
  showReset: boolean;
  onReset(): void;
}) {
  const { t } = useI18n();
  if (!showReset) return null;
  return (
    <div className="layout-controls">
      <p role="status">
        {saving.kind === 'saved'
          ? t('layout.saved', { file: saving.file })
          : saving.kind === 'local'
            ? t('layout.local')
            : saving.kind === 'failed'
              ? t('layout.failed', { reason: saving.reason })
              : t('layout.pinned')}
      </p>
      <button type="button" className="button" onClick={onReset}>
        {t('layout.reset')}
      </button>
    </div>
  );
}
