import { Link } from 'react-router';
import { paths } from '../../routes/paths';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageToggle } from '../i18n/LanguageToggle';
import type { GraphDiagnostic } from '../../notes/concepts/model';
import { LocalMapActions } from '../LocalMaps/entry';
import { ProblemsButton } from '../Problems/ProblemsButton';
import { ThemeToggle } from '../Theme/ThemeToggle';

interface HeaderProps {
  title: string;
  outlineOpen: boolean;
  onSearch(): void;
  onToggleOutline(): void;
  onHelp(): void;
  diagnostics: readonly GraphDiagnostic[];
  problemsOpen: boolean;
  onToggleProblems(): void;
  /** Where "Present" starts: the selected concept's step, else the tour's first. */
  presentHref: string | null;
  handoutHref: string;
}

/**
 * The top bar: the map's title and the buttons for search, outline, problems, presenting, the
 * handout, theme, language and help.
 */
export function Header({
  title,
  outlineOpen,
  onSearch,
  onToggleOutline,
  onHelp,
  diagnostics,
  problemsOpen,
  onToggleProblems,
  presentHref,
  handoutHref,
}: HeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <Link to={paths.home.href()} className="brand" aria-label={t('header.maps')}>
        結
      </Link>
      <h1 className="map-title">{title}</h1>
      <div className="header-actions">
        <button type="button" className="button" onClick={onSearch}>
          <span aria-hidden="true">⌕ </span>
          {t('header.search')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={outlineOpen}
          onClick={onToggleOutline}
        >
          {t('header.outline.show')}
        </button>
        <ProblemsButton diagnostics={diagnostics} open={problemsOpen} onToggle={onToggleProblems} />
        {presentHref && (
          <Link to={presentHref} className="button">
            <span aria-hidden="true">▶ </span>
            {t('header.present')}
          </Link>
        )}
        <Link to={handoutHref} className="button">
          {t('header.handout')}
        </Link>
        <LocalMapActions />
        <ThemeToggle />
        <LanguageToggle />
        <button type="button" className="button" aria-label={t('header.help')} onClick={onHelp}>
          ?
        </button>
      </div>
    </header>
  );
}
