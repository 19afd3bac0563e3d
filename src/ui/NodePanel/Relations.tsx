import { useId } from 'react';
import { Link } from 'react-router';
import type { NodeId } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';
import { relationTitle } from '../i18n/relation-words';
import { groupRelations } from './relations';

/** "Builds on", "Used by", "Part of", "Contains", … each a list of links to those nodes. */
export function Relations({ id }: { id: NodeId }) {
  const { graph, nodesById, nodeHref } = useMapView();
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
          <ul className="chips" aria-label={relationTitle(group.relation, t)}>
            {group.nodes.map((other) => (
              <li key={other}>
                <Link to={nodeHref(other)}>{nodesById.get(other)?.label ?? other}</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
