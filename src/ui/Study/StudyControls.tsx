import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { KnowledgeStatus, MapTheme } from '../../graph/concept-map-handle';
import { mapPalette } from '../../graph/themes';
import { studyCards } from '../../notes/study';
import { paths } from '../../routes/paths';
import { useMapView } from '../MapScreen/map-view';
import { useStudyText } from './messages';
import { knowledgeMap } from './records';
import { sessionQueue } from './session';
import { useMinuteClock } from './useKnowledgeOverlay';
import { useMapRecords } from './useMapRecords';
import './study-controls.css';

const STATUSES = ['new', 'learning', 'due', 'known'] as const satisfies readonly KnowledgeStatus[];

/**
 * Over the explorer's canvas: "Study (N due)", the knowledge overlay's switch (kept in the URL,
 * `?overlay=knowledge`) and, while it is on, its legend with how many concepts are in each state
 * (the same picture in words, for whoever does not see the colours).
 */
export function StudyControls({ theme }: { theme: MapTheme }) {
  const t = useStudyText();
  const { graph, options, viewHref } = useMapView();
  const navigate = useNavigate();
  const on = options.overlay === 'knowledge';
  const records = useMapRecords(graph.mapId);
  const now = useMinuteClock(true);
  const cards = useMemo(() => studyCards(graph), [graph]);
  if (cards.length === 0) return null;

  const due = records ? sessionQueue(cards, records, now).due.length : null;
  const counts = new Map<KnowledgeStatus, number>(STATUSES.map((status) => [status, 0]));
  if (records) {
    for (const status of knowledgeMap(cards, records, now).values()) {
      counts.set(status, counts.get(status)! + 1);
    }
  }

  const toggle = () => void navigate(viewHref({ overlay: on ? null : 'knowledge' }));

  const palette = mapPalette(theme).knowledge;
  return (
    <div className="study-controls">
      <div className="study-controls-buttons">
        <Link className="button" to={paths.study.href(graph.mapId)}>
          {due === null ? t('knowledge.study') : t('knowledge.studyDue', { count: due })}
        </Link>
        <button type="button" className="button" aria-pressed={on} onClick={toggle}>
          {t('knowledge.toggle')}
        </button>
      </div>
      {on ? (
        <ul className="knowledge-legend" aria-label={t('knowledge.legend')}>
          {STATUSES.map((status) => (
            <li key={status} data-status={status}>
              <span
                aria-hidden="true"
                className="knowledge-swatch"
                style={{
                  background: palette[status].fill,
                  borderColor: palette[status].border,
                  borderStyle: status === 'due' ? 'dashed' : 'solid',
                }}
              />
              {t(`knowledge.${status}`)}{' '}
              <span className="knowledge-count">{counts.get(status)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
