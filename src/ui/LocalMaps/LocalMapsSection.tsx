import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { pickedFiles } from '../../local/dropped-files';
import { updateMap } from '../../local/open-notes';
import { StorageError, type LocalMap, type LocalMapListing } from '../../local/store';
import { localMapId, paths } from '../../routes/paths';
import { useMessages } from '../i18n/dictionary';
import { useLanguage } from '../i18n/language-context';
import { formatBytes, formatDate } from './format';
import { useLocalMaps } from './local-maps-context';
import { entryMessages } from './entry-messages';
import { useLocalMessages } from './messages';
import { OpenNotesButton } from './OpenNotesButton';
import { OpenNotesDialog } from './OpenNotesDialog';
import { OpenOutcomeView, OpenProgress } from './OpenOutcome';
import { ShareDialog } from './ShareDialog';
import { storageProblemText } from './problem-text';
import { DownloadButton } from './DownloadButton';
import { useOpenNotes } from './useOpenNotes';
import './local-maps.css';

/**
 * The maps opened in this browser, apart from the bundled ones: each with its size and date,
 * a link to open it again, and update (newer notes), share, download and delete.
 */
export function LocalMapsSection() {
  const services = useLocalMaps();
  const entry = useMessages(entryMessages);
  const t = useLocalMessages();
  const headingId = useId();
  const listing = useListing();
  if (!services) return null;

  return (
    <section className="local-maps" aria-labelledby={headingId}>
      <div className="local-maps-heading">
        <h2 id={headingId}>{entry('local.list.heading')}</h2>
        {services.builder ? <OpenNotesButton dialog={OpenNotesDialog} /> : null}
      </div>
      {services.broken ? <p role="alert">{t('local.oneFile.broken')}</p> : null}
      {listing === null ? null : listing.length === 0 ? (
        <p className="muted">{t('local.list.empty')}</p>
      ) : (
        <ul className="local-map-list">
          {listing.map((map) => (
            <LocalMapItem key={map.name} map={map} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The library's list, kept current as maps are saved and deleted (here or in another tab). */
function useListing(): readonly LocalMapListing[] | null {
  const library = useLocalMaps()?.library ?? null;
  const [listing, setListing] = useState<readonly LocalMapListing[] | null>(null);
  useEffect(() => {
    if (!library) return;
    let current = true;
    const refresh = () =>
      void library.list().then((maps) => {
        if (current) setListing(maps);
      });
    refresh();
    const stop = library.subscribe(refresh);
    return () => {
      current = false;
      stop();
    };
  }, [library]);
  return listing;
}

function LocalMapItem({ map }: { map: LocalMapListing }) {
  const t = useLocalMessages();
  const entry = useMessages(entryMessages);
  const language = useLanguage();
  const services = useLocalMaps()!;
  const { state, run } = useOpenNotes();
  const [sharing, setSharing] = useState<LocalMap | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const href = paths.map.href(localMapId(map.name));

  const remove = async () => {
    try {
      await services.library.remove(map.name);
    } catch (error) {
      setConfirming(false);
      setDeleteError(
        error instanceof StorageError
          ? storageProblemText(t, error.problem)
          : t('storage.deleteFailed', { detail: String(error) }),
      );
    }
  };

  return (
    <li className="local-map">
      <Link to={href} className="local-map-title">
        {map.title}
      </Link>{' '}
      <span className="muted">
        {t('local.list.concepts', { count: map.nodeCount })} · {formatBytes(map.bytes, language)} ·{' '}
        {t('local.list.saved', { date: formatDate(map.savedAt, language) })}
        {map.from === 'link' ? ` · ${t('local.list.fromLink')}` : ''}
      </span>
      {!map.persisted ? <span className="badge">{t('local.list.notKept')}</span> : null}
      <div
        className="local-map-actions"
        role="group"
        aria-label={t('local.list.actions', { title: map.title })}
      >
        {services.builder ? (
          <label className="button file-button">
            {t('local.update')}
            <input
              type="file"
              aria-label={t('local.update.label', { title: map.title })}
              disabled={state.phase === 'working'}
              onChange={(event) => {
                const picked = pickedFiles(event.currentTarget.files);
                event.currentTarget.value = '';
                void run((context) => updateMap(map.name, picked, context));
              }}
            />
          </label>
        ) : null}
        {services.siteUrl ? (
          <button
            type="button"
            className="button"
            onClick={() => void services.library.get(map.name).then(setSharing)}
          >
            {entry('local.share')}
          </button>
        ) : null}
        <DownloadButton name={map.name} />
        {/* A one-file page holds just its own map: nothing to delete there. */}
        {services.builder ? (
          confirming ? (
            <span
              className="delete-confirm"
              role="group"
              aria-label={t('local.delete.confirm', { title: map.title })}
            >
              <span>{t('local.delete.confirm', { title: map.title })}</span>{' '}
              <button type="button" className="button danger" onClick={() => void remove()}>
                {t('local.delete.yes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('local.delete.no')}
              </button>
            </span>
          ) : (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('local.delete')}
            </button>
          )
        ) : null}
      </div>
      {state.phase === 'working' ? <OpenProgress progress={state.progress} /> : null}
      {state.phase === 'done' && state.outcome.problems.length > 0 ? (
        <OpenOutcomeView outcome={{ opened: [], problems: state.outcome.problems }} />
      ) : null}
      {deleteError ? <p role="alert">{deleteError}</p> : null}
      {sharing ? <ShareDialog map={sharing} at="" onClose={() => setSharing(null)} /> : null}
    </li>
  );
}
