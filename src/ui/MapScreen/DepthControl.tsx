import { Link } from 'react-router';
import { DEPTHS } from '../../routes/depth';
import type { Depth } from '../../routes/depth';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from './map-view';

/**
 * How much of the map to show around the selection: 1 step, 2 steps or all. Each choice is a
 * link (the depth lives in the URL, so it is shared, reloaded and undone with Back).
 */
export function DepthControl() {
  const { depth, viewHref } = useMapView();
  const { t } = useI18n();
  const labels: Record<string, string> = {
    '1': t('depth.1'),
    '2': t('depth.2'),
    all: t('depth.all'),
  };
  return (
    <nav className="depth-control" aria-label={t('depth.label')}>
      <span className="muted">{t('depth.label')}:</span>
      {DEPTHS.map((choice: Depth) => (
        <Link
          key={choice}
          className="button"
          to={viewHref({ depth: choice })}
          aria-current={choice === depth ? 'true' : undefined}
          replace={false}
        >
          {labels[String(choice)]}
        </Link>
      ))}
    </nav>
  );
}
