import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { MapBundle } from '../../graph/map-bundle';
import { readParam } from '../../routes/params';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { Loading } from '../MapScreen/Loading';
import { useMapBundle } from '../MapScreen/useMapBundle';
import { NotFound } from '../NotFound/NotFound';

/**
 * The map of the route's `:map`, loaded through the explorer's map store (one load per map), for
 * the presentation, speaker and handout screens, which have no explorer chrome around them.
 */
export function WithMapBundle({ render }: { render(bundle: MapBundle): ReactNode }) {
  const { t } = useI18n();
  const mapId = readParam(useParams().map);
  const load = useMapBundle(mapId);
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'ready') return render(load.bundle);
  return (
    <main className="page">
      <NotFound
        message={t('notFound.map', { id: mapId })}
        suggestions={[]}
        back={{ href: paths.home.href(), label: t('notFound.home') }}
      />
    </main>
  );
}
