import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

interface Suggestion {
  key: string;
  label: string;
  href: string;
}

interface NotFoundProps {
  message: string;
  suggestions: readonly Suggestion[];
  /** Where to go instead (the map, or the list of maps). */
  back: { href: string; label: string };
}

/** "Not found", what was asked for, the nearest real names as links, and a way back. */
export function NotFound({ message, suggestions, back }: NotFoundProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="not-found" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('notFound.title')}</h2>
      <p className="not-found-message">{message}</p>
      {suggestions.length > 0 ? (
        <>
          <p>{t('notFound.suggestions')}</p>
          <ul aria-label={t('notFound.suggestions')}>
            {suggestions.map((suggestion) => (
              <li key={suggestion.key}>
                <Link to={suggestion.href}>{suggestion.label}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('notFound.none')}</p>
      )}
      <p>
        <Link to={back.href}>{back.label}</Link>
      </p>
    </section>
  );
}
