import { Link } from 'react-router';
import type { ConceptNode } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';

/** Where the concept sits: its section path, each step a link when that section is a node. */
export function Breadcrumbs({ node }: { node: ConceptNode }) {
  const { graph, nodeHref } = useMapView();
  const { t } = useI18n();
  const rootId = graph.nodes.find((candidate) => candidate.kind === 'title')?.id ?? null;
  const steps = node.path.map((title, index) => ({ title, id: node.pathIds[index] ?? null }));
  if (steps.length === 0 && (rootId === null || rootId === node.id)) return null;
  return (
    <nav aria-label={t('panel.where')} className="breadcrumbs">
      <ol>
        {rootId !== null && rootId !== node.id ? (
          <li>
            <Link to={nodeHref(rootId)}>{graph.title}</Link>
          </li>
        ) : null}
        {steps.map((step, index) => (
          <li key={index}>
            {step.id ? <Link to={nodeHref(step.id)}>{step.title}</Link> : <span>{step.title}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
