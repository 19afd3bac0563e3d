import type { NodeId } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { NodePanel } from '../NodePanel/NodePanel';
import { closestMatches } from '../NotFound/closest';
import { NotFound } from '../NotFound/NotFound';
import { useMapView } from './map-view';
import type { NodeResolution } from './resolve-node';

/**
 * The panel beside (or under) the map: the selected concept, "not found" with suggestions for
 * an unknown id, the empty-map message, or a hint of what to do.
 */
export function SidePanel({
  resolution,
  onClose,
}: {
  resolution: NodeResolution;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { graph, nodeHref, mapHref } = useMapView();

  if (resolution.kind === 'found' || resolution.kind === 'redirect') {
    return <NodePanel node={resolution.node} onClose={onClose} />;
  }
  if (resolution.kind === 'missing') {
    const candidates = graph.nodes.flatMap((node) =>
      [node.label, ...node.aliases].map((name) => ({ id: node.id, label: name, node })),
    );
    const seen = new Set<NodeId>();
    const suggestions = closestMatches(resolution.asked, candidates, 10)
      .filter((candidate) => !seen.has(candidate.id) && seen.add(candidate.id))
      .slice(0, 5)
      .map((candidate) => ({
        key: candidate.id,
        label: candidate.node.label,
        href: nodeHref(candidate.id),
      }));
    return (
      <aside className="node-panel" aria-label={t('notFound.title')}>
        <NotFound
          message={t('notFound.node', { id: resolution.asked })}
          suggestions={suggestions}
          back={{ href: mapHref(), label: t('notFound.backToMap') }}
        />
      </aside>
    );
  }
  return (
    <aside className="node-panel hint" aria-label={t('panel.label')}>
      <p>{graph.nodes.length === 0 ? t('map.empty') : t('map.hint')}</p>
    </aside>
  );
}
