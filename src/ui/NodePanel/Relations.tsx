import { useId } from 'react';
import { Link } from 'react-router';
import type { NodeId } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';
import { relationTitle } from '../i18n/relation-words';
import { groupRelations } from './relations';

/** "Builds on", "Used by", "Part of", "Contains", … each a list of links to those nodes. */
export function Relations({ id }: { id: NodeId }) {
  const { graph, nodesById, nodeHref, pulse } = useMapView();
  const { t } = useI18n();
  const headingId = useId();
  const groups = groupRelations(id, graph.edges);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="panel-section">
      <h3 id={headingId}>{t('panel.relations')}</h3>
      {groups.map((group) => (
        <div key={group.key} className="relation-group">
          <h4>{relationTitle(group.relation, t)}</h4>
          <ul className="relation-list" aria-label={relationTitle(group.relation, t)}>
            {group.nodes.map((other, index) => {
              const evidence = group.edges[index]?.evidence;
              return (
                <li key={other}>
                  <Link
                    className="chip"
                    to={nodeHref(other)}
                    onMouseEnter={() => pulse(other)}
                    onMouseLeave={() => pulse(null)}
                    onFocus={() => pulse(other)}
                    onBlur={() => pulse(null)}
                  >
                    {nodesById.get(other)?.label ?? other}
                  </Link>
                  {evidence ? (
                    <q
                      className="evidence"
                      title={t('relation.evidenceLine', { line: evidence.line })}
                    >
                      {evidence.text}
                    </q>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
