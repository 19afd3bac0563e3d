import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { useMapStore } from '../MapScreen/useMapBundle';
import { closestMatches } from './closest';
import { NotFound } from './NotFound';

/** An address no route reads (`/kubernetes/x/y/z`): not found, with the nearest maps. */
export function PageNotFound() {
  const { t } = useI18n();
  const { source } = useMapStore();
  const { pathname } = useLocation();
  const firstSegment = pathname.split('/').find(Boolean) ?? '';

  useEffect(() => {
    document.title = `${t('notFound.title')} — ${t('app.name')}`;
  }, [t]);

  const suggestions = closestMatches(
    firstSegment,
    source.catalogue.map((map) => ({ id: map.id, label: map.title })),
  ).map((map) => ({ key: map.id, label: map.label, href: paths.map.href(map.id) }));
  return (
    <main className="page">
      <NotFound
        message={t('notFound.page')}
        suggestions={suggestions}
        back={{ href: paths.home.href(), label: t('notFound.home') }}
      />
    </main>
  );
}
