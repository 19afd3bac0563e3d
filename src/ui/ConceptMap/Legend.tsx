import type { MapTheme } from '../../graph/concept-map-handle';
import { useI18n } from '../i18n/I18nProvider';
import { conceptKindName, relationLegend } from '../i18n/relation-words';
import { useMapAdapter, type LegendEntry } from './adapter';

/** What the boxes, colours and lines mean, from the adapter's own style table. */
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
          <li key={entry.group === 'container' ? 'container' : `${entry.group}-${entry.kind}`}>
            <LegendSample entry={entry} />
            {entry.group === 'container'
              ? t('concept.container')
              : entry.group === 'node'
                ? conceptKindName(entry.kind, t)
                : relationLegend(entry.kind, t)}
          </li>
        ))}
      </ul>
      <p className="legend-direction">{t('legend.direction')}</p>
    </details>
  );
}

function LegendSample({ entry }: { entry: LegendEntry }) {
  switch (entry.group) {
    case 'container':
      return (
        <span
          aria-hidden="true"
          className="legend-box"
          style={{ background: entry.color, borderColor: entry.border }}
        />
      );
    case 'node':
      return (
        <span aria-hidden="true" className="legend-swatch" style={{ background: entry.color }} />
      );
    case 'edge':
      return (
        <span
          aria-hidden="true"
          className="legend-line"
          style={{ borderTopColor: entry.color, borderTopStyle: entry.lineStyle }}
        />
      );
  }
}
