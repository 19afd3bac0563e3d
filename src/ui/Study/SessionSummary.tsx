import { Link } from 'react-router';
import type { StudyCard } from '../../notes/study';
import { useI18n } from '../i18n/I18nProvider';
import { formatWhen } from './format';
import { useStudyText } from './messages';
import type { MapRecords } from './records';
import { sessionQueue } from './session';

interface SessionSummaryProps {
  card: StudyCard | null;
  askedId: string | null;
  records: MapRecords;
  cards: readonly StudyCard[];
  now: number;
  exitHref: string;
  unknownScope: string | null;
  wholeMapHref: string | null;
}

/**
 * What the session says when it shows no card: nothing due (and when the next card is), nothing
 * to study at all, or that the URL names no card.
 */
export function SessionSummary(props: SessionSummaryProps) {
  const { askedId, records, cards, now, exitHref, unknownScope, wholeMapHref } = props;
  const t = useStudyText();
  const { language } = useI18n();
  const queue = sessionQueue(cards, records, now);
  return (
    <section className="study-summary" aria-live="polite">
      {unknownScope !== null ? (
        <p role="alert">{t('study.unknownScope', { id: unknownScope })}</p>
      ) : null}
      {askedId !== null ? (
        <p role="alert">{t('study.notACard', { id: askedId })}</p>
      ) : cards.length === 0 ? (
        <p>{t('study.noCards')}</p>
      ) : (
        <>
          <h2>{t('study.nothingDue')}</h2>
          {queue.nextDue !== null ? (
            <p>{t('study.nextDue', { when: formatWhen(queue.nextDue, now, language) })}</p>
          ) : null}
        </>
      )}
      <p className="study-summary-links">
        <Link className="button" to={exitHref}>
          {t('study.seeProgress')}
        </Link>
        {wholeMapHref ? (
          <Link className="button" to={wholeMapHref}>
            {t('study.wholeMap')}
          </Link>
        ) : null}
      </p>
      <p className="muted">{t('study.privacy')}</p>
    </section>
  );
}
