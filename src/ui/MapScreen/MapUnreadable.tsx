import { useEffect, useId } from 'react';
import { Link } from 'react-router';
import type { MapSummary } from '../../graph/map-bundle';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A map whose notes file the build could not read (not UTF-8, unreadable): the build's own
 * message, which names the file and says what to do, instead of a misleading "no such map".
 */
export function MapUnreadable({ map }: { map: MapSummary & { error: string } }) {
  const { t } = useI18n();
  const titleId = useId();
  const title = t('unreadable.title', { id: map.id });

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <main className="page">
      <section className="not-found" role="alert" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p className="not-found-message">
          <code>{map.error}</code>
        </p>
        <p>{t('unreadable.fix')}</p>
        <p>
          <Link to={paths.home.href()}>{t('notFound.home')}</Link>
        </p>
      </section>
    </main>
  );
}

/** The catalogue entry of `id` if it is a map the build could not read. */
export function unreadableMap(
  catalogue: readonly MapSummary[],
  id: string,
): (MapSummary & { error: string }) | undefined {
  const map = catalogue.find((entry) => entry.id === id);
  return map?.error === undefined ? undefined : { ...map, error: map.error };
}
