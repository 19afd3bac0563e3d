import { Link } from 'react-router';
import { paths } from '../../routes/paths';
import { STUDY_ASKS, type StudyAsk, type StudyLinkOptions } from '../../routes/study';
import { useStudyText } from './messages';

const LABELS = {
  mixed: 'study.ask.mixed',
  name: 'study.ask.name',
  explain: 'study.ask.explain',
} as const satisfies Record<StudyAsk, string>;

/** Which way cards are asked: links, since the choice lives in the URL (`?ask=`). */
export function AskChooser({
  mapId,
  cardId,
  options,
}: {
  mapId: string;
  cardId: string | null;
  options: StudyLinkOptions;
}) {
  const t = useStudyText();
  const current = options.ask ?? 'mixed';
  return (
    <nav className="study-ask" aria-label={t('study.ask')}>
      {STUDY_ASKS.map((ask) => {
        const next = { ...options, ask };
        return (
          <Link
            key={ask}
            className="button"
            replace
            aria-current={ask === current ? 'true' : undefined}
            to={
              cardId === null
                ? paths.study.href(mapId, next)
                : paths.study.cardHref(mapId, cardId, next)
            }
          >
            {t(LABELS[ask])}
          </Link>
        );
      })}
    </nav>
  );
}
