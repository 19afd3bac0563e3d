import { useParams } from 'react-router';
import { readParam } from '../../routes/params';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { closestMatches } from '../NotFound/closest';
import { NotFound } from '../NotFound/NotFound';
import { Loading } from './Loading';
import { MapScreen } from './MapScreen';
import { MapUnreadable, unreadableMap } from './MapUnreadable';
import { useMapBundle, useMapStore } from './useMapBundle';

/** `/:map` and its children: load the map (showing a loading state), or say it does not exist. */
export function MapRoute() {
  const mapId = readParam(useParams().map);
  const load = useMapBundle(mapId, { skeleton: true });
  const unreadable = unreadableMap(useMapStore().source.catalogue, mapId);
  if (unreadable) return <MapUnreadable map={unreadable} />;
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'missing') return <MapNotFound mapId={mapId} />;
  return <MapScreen key={mapId} bundle={load.bundle} />;
}

function MapNotFound({ mapId }: { mapId: string }) {
  const { t } = useI18n();
  const { source } = useMapStore();
  const suggestions = closestMatches(
    mapId,
    source.catalogue.map((map) => ({ id: map.id, label: map.title })),
  ).map((map) => ({ key: map.id, label: map.label, href: paths.map.href(map.id) }));
  return (
    <main className="page">
      <NotFound
        message={t('notFound.map', { id: mapId })}
        suggestions={suggestions}
        back={{ href: paths.home.href(), label: t('notFound.home') }}
      />
    </main>
  );
}
