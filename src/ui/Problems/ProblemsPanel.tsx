import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { Severity } from '../../notes/document/model';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useMapView } from '../MapScreen/map-view';
import { useProblemMessages } from './messages';
import {
  countsByFilter,
  filterOf,
  problemGroups,
  SEVERITY_FILTERS,
  SEVERITY_ICON,
  type ProblemGroup,
  type ProblemPlace,
  type SeverityFilter,
} from './problem-list';
import './problems.css';

const SEVERITY_WORD: Record<Severity, MessageKey> = {
  info: 'problems.severity.info',
  warning: 'problems.severity.warning',
  error: 'problems.severity.error',
  severe: 'problems.severity.severe',
};

/**
 * The diagnostics of the map as `file:line: severity: message`, errors first, then by file and
 * line. The same problem in several places is one entry ("… — 12 places") that opens to list
 * them; the severities shown can be chosen. A problem inside a concept is a link to that
 * concept (selection goes through the URL like every other); the panel stays open, so the
 * reader can walk through the problems one by one. Messages quote the notes, which may be
 * hostile: they are only ever rendered as text.
 */
export function ProblemsPanel({ onClose }: { onClose(): void }) {
  const { graph } = useMapView();
  const { t } = useI18n();
  const tp = useProblemMessages();
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const groups = useMemo(() => problemGroups(graph), [graph]);
  const counts = useMemo(() => countsByFilter(groups), [groups]);
  const [shown, setShown] = useState<ReadonlySet<SeverityFilter>>(() => new Set(SEVERITY_FILTERS));
  const visible = groups.filter((group) => shown.has(filterOf(group.severity)));

  function toggle(filter: SeverityFilter) {
    setShown((current) => {
      const next = new Set(current);
      if (next.has(filter)) next.delete(filter);
      else next.add(filter);
      return next;
    });
  }

  // Opened with a key or the header button: move focus in, and give it back on close.
  useEffect(() => {
    const panel = panelRef.current;
    const previous = document.activeElement as HTMLElement | null;
    panel?.focus();
    return () => {
      if (panel?.contains(document.activeElement) || document.activeElement === document.body) {
        previous?.focus?.();
      }
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    // Handled here, so the map's Escape (clear the selection) does not run as well.
    event.preventDefault();
    onClose();
  }

  return (
    <section
      ref={panelRef}
      className="problems-panel"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="problems-header">
        <h2 id={headingId}>{t('problems.title')}</h2>
        <button
          type="button"
          className="button icon"
          aria-label={t('problems.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="muted">{t('problems.none')}</p>
      ) : (
        <>
          <div className="problems-filter" role="group" aria-label={tp('problems.filter')}>
            {SEVERITY_FILTERS.map((filter) => (
              <button
                key={filter}
                type="button"
                className={`button problems-filter-${filter}`}
                aria-pressed={shown.has(filter)}
                disabled={counts[filter] === 0}
                onClick={() => toggle(filter)}
              >
                <span aria-hidden="true">{SEVERITY_ICON[filter]}</span>{' '}
                {tp(`problems.filter.${filter}`, { count: counts[filter] })}
              </button>
            ))}
          </div>
          {visible.length === 0 ? (
            <p className="muted">{tp('problems.allHidden')}</p>
          ) : (
            <ul className="problems-list">
              {visible.map((group) => (
                <ProblemEntry key={`${group.severity}\u0000${group.message}`} group={group} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** One problem: a line of its own, or, found in several places, a summary that lists them. */
function ProblemEntry({ group }: { group: ProblemGroup }) {
  const { t } = useI18n();
  const tp = useProblemMessages();
  const { severity, message, places } = group;
  const word = t(SEVERITY_WORD[severity]);
  return (
    <li className={`problem severity-${severity}`}>
      <span className="problem-icon" aria-hidden="true">
        {SEVERITY_ICON[severity]}
      </span>
      <span className="problem-body">
        {places.length === 1 ? (
          <Place place={places[0]!} text={placeText(places[0]!, word)} />
        ) : (
          <details className="problem-places">
            <summary>
              {`${word}: ${message} — ${tp('problems.places', { count: places.length })}`}
            </summary>
            <ul>
              {places.map((place, index) => (
                <li key={index}>
                  <Place place={place} text={`${place.diagnostic.file}:${place.diagnostic.line}`} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </span>
    </li>
  );
}

function placeText({ diagnostic }: ProblemPlace, word: string): string {
  return `${diagnostic.file}:${diagnostic.line}: ${word}: ${diagnostic.message}`;
}

/** A place of a problem: a link to the concept written there, when there is one. */
function Place({ place, text }: { place: ProblemPlace; text: string }) {
  const { nodesById, nodeHref } = useMapView();
  const { t } = useI18n();
  const node = place.nodeId ? nodesById.get(place.nodeId) : undefined;
  return (
    <>
      {node ? <Link to={nodeHref(node.id)}>{text}</Link> : <span>{text}</span>}
      {node ? (
        <span className="problem-concept muted">
          {t('problems.inConcept', { label: node.label })}
        </span>
      ) : null}
    </>
  );
}
