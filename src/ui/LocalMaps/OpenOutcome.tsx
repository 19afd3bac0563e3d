import { Link } from 'react-router';
import type { BuildProgress } from '../../local/build-protocol';
import type { OpenOutcome } from '../../local/open-notes';
import { localMapId, paths } from '../../routes/paths';
import { useLanguage } from '../i18n/language-context';
import { formatCount } from './format';
import { useLocalMessages } from './messages';
import { problemText } from './problem-text';

/** How far the worker is: a bar by maps, and which map and stage in words. */
export function OpenProgress({ progress }: { progress: BuildProgress | null }) {
  const t = useLocalMessages();
  const language = useLanguage();
  const done = progress ? progress.index + (progress.stage === 'layout' ? 0.5 : 0) : 0;
  const total = progress?.total ?? 1;
  const words = !progress
    ? t('local.progress.label')
    : progress.stage === 'reading'
      ? t('local.progress.reading', {
          name: progress.name,
          index: progress.index + 1,
          total: progress.total,
        })
      : t('local.progress.layout', {
          name: progress.name,
          concepts: formatCount(progress.concepts ?? 0, language),
          index: progress.index + 1,
          total: progress.total,
        });
  return (
    <div className="open-progress" role="status">
      <progress aria-label={t('local.progress.label')} max={total} value={done} />
      <p>{words}</p>
    </div>
  );
}

/** What was opened (links to the maps) and, in an alert, each problem in plain words. */
export function OpenOutcomeView({ outcome, onOpen }: { outcome: OpenOutcome; onOpen?(): void }) {
  const t = useLocalMessages();
  const language = useLanguage();
  return (
    <>
      {outcome.opened.length > 0 ? (
        <p role="status">
          {t('local.open.opened')}
          {outcome.opened.map((name, index) => (
            <span key={name}>
              {index > 0 ? ', ' : ' '}
              <Link to={paths.map.href(localMapId(name))} onClick={onOpen}>
                {name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {outcome.problems.length > 0 ? (
        <ul className="open-problems" role="alert">
          {outcome.problems.map((problem, index) => (
            <li key={index}>{problemText(t, language, problem)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
