import { useEffect } from 'react';
import { Link, Navigate } from 'react-router';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { LocalMapsOnList } from '../LocalMaps/entry';
import { useMapStore } from '../MapScreen/useMapBundle';
import { ThemeToggle } from '../Theme/ThemeToggle';

/** `/`: the list of maps, or straight into the only one. */
export function MapList() {
  const { source } = useMapStore();
  const { t } = useI18n();

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  const only = source.catalogue.length === 1 ? source.catalogue[0] : undefined;
  if (only) return <Navigate replace to={paths.map.href(only.id)} />;

  return (
    <div className="map-list-screen">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          結
        </span>
        <h1 className="map-title">{t('app.name')}</h1>
        <div className="header-actions">
          <ThemeToggle />
          <LanguageToggle />
        </div>
      </header>
      <main className="page">
        <h2>{t('maps.heading')}</h2>
        {source.catalogue.length === 0 ? (
          <p>{t('maps.empty')}</p>
        ) : (
          <ul className="map-list">
            {source.catalogue.map((map) => (
              <li key={map.id}>
                <Link to={paths.map.href(map.id)}>{map.title}</Link>{' '}
                {map.error === undefined ? (
                  <span className="muted">{t('maps.count', { count: map.nodeCount })}</span>
                ) : (
                  // The build's message names the file and what to do (NotesFileError).
                  <span>
                    {t('maps.unreadable')}: <code>{map.error}</code>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <LocalMapsOnList />
      </main>
    </div>
  );
}
