import type { MapTheme } from '../../graph/concept-map-handle';
import { useI18n } from '../i18n/I18nProvider';
import { conceptKindName, relationLegend } from '../i18n/relation-words';
import { useMapAdapter } from './adapter';

/** What the node colours and edge styles mean, from the adapter's own style table. */
export function Legend({ theme }: { theme: MapTheme }) {
  const { legendEntries } = useMapAdapter();
  const { t } = useI18n();
  const entries = legendEntries(theme);
  if (entries.length === 0) return null;
  return (
    <details className="legend">
      <summary>{t('map.legend')}</summary>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.group}-${entry.kind}`}>
            <span
              aria-hidden="true"
              className={entry.group === 'node' ? 'legend-swatch' : 'legend-line'}
              style={
                entry.group === 'node'
                  ? { background: entry.color }
                  : { borderTopColor: entry.color, borderTopStyle: entry.lineStyle }
              }
            />
            {entry.group === 'node'
              ? conceptKindName(entry.kind, t)
              : relationLegend(entry.kind, t)}
          </li>
        ))}
      </ul>
      <p className="legend-direction">{t('legend.direction')}</p>
    </details>
  );
}
