import { useId, useMemo } from 'react';
import type { ConceptNode, NodeId } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { NodePanel } from '../NodePanel/NodePanel';
import { closestMatches } from '../NotFound/closest';
import { NotFound } from '../NotFound/NotFound';
import { MapViewContext, useConceptText, useMapView } from './map-view';
import { useMapScreenText } from './messages';
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
    return <ConceptPanel node={resolution.node} onClose={onClose} />;
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

/**
 * The selected concept's panel. On a big map loaded in parts (issue 15) the concept's text comes
 * with its part: until then the panel names the concept and says it is loading (never "no
 * text"), and then shows it with its relations' evidence, as on any other map.
 */
function ConceptPanel({ node, onClose }: { node: ConceptNode; onClose(): void }) {
  const t = useMapScreenText();
  const headingId = useId();
  const view = useMapView();
  const concept = useConceptText(node.id);
  // The panel's relations read the graph's edges: here they carry the evidence that came with
  // the concept's part (the skeleton's edges have none).
  const panelView = useMemo(() => {
    if (!view.texts || !concept) return view;
    const explained = new Map(concept.relations.map((edge) => [edge.id, edge]));
    const edges = view.graph.edges.map((edge) => explained.get(edge.id) ?? edge);
    return { ...view, graph: { ...view.graph, edges } };
  }, [view, concept]);
  if (!concept) {
    return (
      <aside className="node-panel" aria-labelledby={headingId} aria-busy="true">
        <header className="node-panel-header">
          <h2 id={headingId}>{node.label}</h2>
        </header>
        <p className="muted">{t('panel.loading')}</p>
      </aside>
    );
  }
  return (
    <MapViewContext.Provider value={panelView}>
      <NodePanel node={concept.node} onClose={onClose} />
    </MapViewContext.Provider>
  );
}
