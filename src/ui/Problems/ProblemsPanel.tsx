import { useEffect, useId, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { Severity } from '../../notes/document/model';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useMapView } from '../MapScreen/map-view';
import { problemList, SEVERITY_ICON } from './problem-list';
import './problems.css';

const SEVERITY_WORD: Record<Severity, MessageKey> = {
  info: 'problems.severity.info',
  warning: 'problems.severity.warning',
  error: 'problems.severity.error',
  severe: 'problems.severity.severe',
};

/**
 * The diagnostics of the map as `file:line: severity: message`, sorted by file and line. A
 * problem inside a concept is a link to that concept (selection goes through the URL like every
 * other); the panel stays open, so the reader can walk through the problems one by one.
 * Messages quote the notes, which may be hostile: they are only ever rendered as text.
 */
export function ProblemsPanel({ onClose }: { onClose(): void }) {
  const { graph, nodesById, nodeHref } = useMapView();
  const { t } = useI18n();
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const problems = useMemo(() => problemList(graph), [graph]);

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
      {problems.length === 0 ? (
        <p className="muted">{t('problems.none')}</p>
      ) : (
        <ul className="problems-list">
          {problems.map(({ diagnostic, nodeId }, index) => {
            const { file, line, severity, message } = diagnostic;
            const text = `${file}:${line}: ${t(SEVERITY_WORD[severity])}: ${message}`;
            const node = nodeId ? nodesById.get(nodeId) : undefined;
            return (
              <li key={index} className={`problem severity-${severity}`}>
                <span className="problem-icon" aria-hidden="true">
                  {SEVERITY_ICON[severity]}
                </span>
                <span className="problem-body">
                  {node ? <Link to={nodeHref(node.id)}>{text}</Link> : <span>{text}</span>}
                  {node ? (
                    <span className="problem-concept muted">
                      {t('problems.inConcept', { label: node.label })}
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
