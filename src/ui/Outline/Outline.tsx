import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { NodeId } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';
import { outlineGroups } from './outline-groups';

/**
 * The concepts as a list grouped by section: the accessible alternative to the canvas. One
 * link is in the Tab order (the selected one, else the first); arrow keys, Home and End move
 * between links (roving tabindex, WAI-ARIA APG); Enter follows the link as usual.
 */
export function Outline({ selected }: { selected: NodeId | null }) {
  const { graph, nodeHref } = useMapView();
  const { t } = useI18n();
  const headingId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => outlineGroups(graph.nodes), [graph.nodes]);
  const [focused, setFocused] = useState<NodeId | null>(null);
  const tabStop = focused ?? selected ?? groups[0]?.nodes[0]?.id ?? null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (current < 0) return;
    const target = {
      ArrowDown: Math.min(current + 1, links.length - 1),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: links.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const link = links[target];
    setFocused((link?.dataset.id as NodeId | undefined) ?? null);
    link?.focus();
  }

  return (
    <nav className="outline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outline.title')}</h2>
      {groups.length === 0 ? <p className="muted">{t('outline.empty')}</p> : null}
      <div ref={listRef} onKeyDown={onKeyDown}>
        {groups.map((group) => (
          <section key={group.path.join('\u0000')} className="outline-group">
            <h3>{group.path.length > 0 ? group.path.join(' › ') : graph.title}</h3>
            <ul>
              {group.nodes.map((node) => (
                <li key={node.id}>
                  <Link
                    to={nodeHref(node.id)}
                    data-id={node.id}
                    tabIndex={node.id === tabStop ? 0 : -1}
                    onFocus={() => setFocused(node.id)}
                    aria-current={node.id === selected ? 'true' : undefined}
                    className={`outline-item kind-${node.kind}`}
                  >
                    {node.label}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
