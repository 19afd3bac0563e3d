import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { ThemeToggle } from '../Theme/ThemeToggle';
import { useStudyText } from './messages';
import type { SessionQueue } from './session';
import { StudyFileButtons } from './StudyFileButtons';
import { studyStore } from './study-store';

/** The study screen's top bar: title, what is due and done, the session's options, the way out. */
export function StudyHeader({
  title,
  queue,
  exitHref,
  onHelp,
  children,
}: {
  title: string;
  queue: SessionQueue | null;
  exitHref: string;
  onHelp(): void;
  children: ReactNode;
}) {
  const t = useStudyText();
  const { t: appText } = useI18n();
  return (
    <header className="app-header study-header">
      <Link to={paths.home.href()} className="brand" aria-label={appText('header.maps')}>
        結
      </Link>
      <h1 className="map-title">{title}</h1>
      {queue ? (
        <p className="study-counts" aria-label={t('study.progress')}>
          <span className="study-due">
            {queue.fresh > 0
              ? t('study.dueNew', { count: queue.due.length, fresh: queue.fresh })
              : t('study.due', { count: queue.due.length })}
          </span>
          <span aria-hidden="true"> · </span>
          <span className="study-done">{t('study.done', { count: queue.doneToday })}</span>
        </p>
      ) : null}
      <div className="header-actions">
        {children}
        <StudyFileButtons />
        <ThemeToggle />
        <LanguageToggle />
        <button
          type="button"
          className="button"
          aria-label={appText('header.help')}
          onClick={onHelp}
        >
          ?
        </button>
        <Link to={exitHref} className="button">
          {t('study.backToMap')}
        </Link>
      </div>
      {studyStore().persistent ? null : (
        <p className="study-notice" role="note">
          {t('study.notPersistent')}
        </p>
      )}
    </header>
  );
}
