import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { openLink } from '../../local/open-notes';
import { appPathInMap, readShareFragment } from '../../routes/local-fragment';
import { localMapId, paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { ThemeToggle } from '../Theme/ThemeToggle';
import { LocalMapsSection } from './LocalMapsSection';
import { useLocalMessages } from './messages';
import { OpenOutcomeView, OpenProgress } from './OpenOutcome';
import { useOpenNotes } from './useOpenNotes';
import './local-maps.css';

/**
 * `/local`: the maps opened in this browser, and where share links land. A link's notes are in
 * the fragment (`/local/#at=…&notes=…`); they are decoded and built like dropped files, kept,
 * and the page moves on to the same place in the map. A damaged link is named here, and the
 * list stays usable.
 */
export function LocalMapsPage() {
  const t = useLocalMessages();
  const app = useI18n().t;
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { state, run } = useOpenNotes();
  const handled = useRef<string | null>(null);

  useEffect(() => {
    document.title = `${t('local.page.title')} — ${app('app.name')}`;
  }, [t, app]);

  useEffect(() => {
    const share = readShareFragment(hash);
    if (!share || handled.current === hash) return;
    handled.current = hash;
    void run((context) => openLink(share.payload, context)).then((outcome) => {
      const name = outcome?.opened[0];
      // Drop the notes from the address either way: a reload must not open them again.
      navigate(name ? appPathInMap(localMapId(name), share.at) : paths.local.href(), {
        replace: true,
      });
    });
  }, [hash, run, navigate]);

  return (
    <div className="map-list-screen">
      <header className="app-header">
        <Link to={paths.home.href()} className="brand" aria-label={app('header.maps')}>
          結
        </Link>
        <h1 className="map-title">{t('local.page.title')}</h1>
        <div className="header-actions">
          <ThemeToggle />
          <LanguageToggle />
        </div>
      </header>
      <main className="page">
        {state.phase === 'working' ? (
          <>
            <p>{t('local.opening')}</p>
            <OpenProgress progress={state.progress} />
          </>
        ) : null}
        {state.phase === 'done' ? (
          <OpenOutcomeView outcome={{ opened: [], problems: state.outcome.problems }} />
        ) : null}
        <LocalMapsSection />
      </main>
    </div>
  );
}
