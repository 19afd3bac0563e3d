import { useState, type RefObject } from 'react';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

const CHOICES: readonly { format: 'png' | 'svg'; scope: 'view' | 'map'; label: MessageKey }[] = [
  { format: 'png', scope: 'view', label: 'export.viewPng' },
  { format: 'png', scope: 'map', label: 'export.mapPng' },
  { format: 'svg', scope: 'view', label: 'export.viewSvg' },
  { format: 'svg', scope: 'map', label: 'export.mapSvg' },
];

/** Download the current view or the whole map as a PNG or an SVG picture (issue 9). */
export function ExportMenu({
  handleRef,
  mapId,
}: {
  handleRef: RefObject<ConceptMapHandle | null>;
  mapId: string;
}) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (format: 'png' | 'svg', scope: 'view' | 'map') => {
    const handle = handleRef.current;
    if (!handle) return;
    try {
      const blob = await handle.exportImage(format, scope);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${fileStem(mapId)}${scope === 'view' ? '-view' : ''}.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProblem(null);
    } catch (error) {
      setProblem(t('export.failed', { reason: (error as Error).message }));
    }
  };
  return (
    <details className="map-export">
      <summary>{t('export.title')}</summary>
      <ul>
        {CHOICES.map((choice) => (
          <li key={choice.label}>
            <button
              type="button"
              className="button"
              onClick={() => void download(choice.format, choice.scope)}
            >
              {t(choice.label)}
            </button>
          </li>
        ))}
      </ul>
      {problem ? <p role="alert">{problem}</p> : null}
    </details>
  );
}

/** A map id as a file name (`local/notes` → `notes`). */
function fileStem(mapId: string): string {
  return mapId.slice(mapId.lastIndexOf('/') + 1) || 'map';
}
