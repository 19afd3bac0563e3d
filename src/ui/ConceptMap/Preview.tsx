import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConceptEdge, ConceptNode, NodeId } from '../../notes/concepts/model';
import { RELATION_LABELS } from '../../notes/concepts/relations';
import { useI18n } from '../i18n/I18nProvider';
import { useConceptText, useMapView } from '../MapScreen/map-view';

/** What the pointer rests on (or a finger tapped once), and where on the page. */
export type PreviewTarget =
  | { kind: 'concept'; id: NodeId; anchor: { x: number; y: number }; tapped: boolean }
  | { kind: 'relation'; id: string; anchor: { x: number; y: number }; tapped: boolean };

/** How long the pointer rests before a preview opens (a pointer passing by opens nothing). */
const PREVIEW_DELAY_MS = 400;
/** How much of a concept's text a preview shows. */
const PREVIEW_CHARACTERS = 220;
const CARD_WIDTH = 320;

/**
 * Quartz-style previews on the map (issue 9): resting the pointer on a concept shows the start
 * of its text; on a relation, why it exists (the sentence that names the other concept, or the
 * companion file's label). A first tap on a touch screen shows the same at once.
 */
export function usePreview(): {
  target: PreviewTarget | null;
  show(target: PreviewTarget | null): void;
} {
  const [target, setTarget] = useState<PreviewTarget | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);
  const show = useCallback((wanted: PreviewTarget | null) => {
    clearTimeout(timer.current ?? undefined);
    timer.current = null;
    // A tap shows at once, and leaving hides at once; resting the pointer shows after a delay.
    if (wanted === null || wanted.tapped) setTarget(wanted);
    else timer.current = setTimeout(() => setTarget(wanted), PREVIEW_DELAY_MS);
  }, []);
  return { target, show };
}

export function Preview({ target }: { target: PreviewTarget | null }) {
  const { graph, nodesById } = useMapView();
  const { t } = useI18n();
  // On a big map loaded in parts, the text (or the relation's evidence) comes with the part of
  // the concept (of the relation's target); the card shows the name meanwhile.
  const edgeTarget =
    target?.kind === 'relation'
      ? (graph.edges.find((candidate) => candidate.id === target.id)?.target ?? null)
      : null;
  const concept = useConceptText(target?.kind === 'concept' ? target.id : edgeTarget);
  if (!target) return null;
  const left = Math.max(8, Math.min(target.anchor.x + 14, window.innerWidth - CARD_WIDTH - 8));
  const top = Math.max(8, Math.min(target.anchor.y + 14, window.innerHeight - 180));
  const style = { left, top, width: CARD_WIDTH };

  if (target.kind === 'concept') {
    const node = nodesById.get(target.id);
    if (!node) return null;
    return (
      <div className="map-preview" role="tooltip" style={style} data-preview="concept">
        <p className="map-preview-title">{node.label}</p>
        <p className="map-preview-text">
          {concept ? conceptSummary(concept.node, graph.edges, t) : '…'}
        </p>
        {target.tapped ? <p className="map-preview-hint">{t('preview.tapAgain')}</p> : null}
      </div>
    );
  }
  const explained = new Map(concept?.relations.map((edge) => [edge.id, edge]));
  const found = graph.edges.find((candidate) => candidate.id === target.id);
  if (!found) return null;
  const edge = explained.get(found.id) ?? found;
  const reverseFound = graph.edges.find(
    (candidate) =>
      candidate.kind === edge.kind &&
      candidate.source === edge.target &&
      candidate.target === edge.source,
  );
  const reverse = reverseFound ? (explained.get(reverseFound.id) ?? reverseFound) : undefined;
  return (
    <div className="map-preview" role="tooltip" style={style} data-preview="relation">
      {[edge, ...(reverse ? [reverse] : [])].map((shown) => (
        <RelationReason key={shown.id} edge={shown} nodesById={nodesById} />
      ))}
    </div>
  );
}

function RelationReason({
  edge,
  nodesById,
}: {
  edge: ConceptEdge;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
}) {
  const { t } = useI18n();
  const source = nodesById.get(edge.source)?.label ?? edge.source;
  const target = nodesById.get(edge.target)?.label ?? edge.target;
  // A label from the companion file wins over the evidence (issue 9).
  const labelled = edge.label !== RELATION_LABELS[edge.kind];
  return (
    <div className="map-preview-relation">
      <p className="map-preview-title">
        {labelled
          ? `${source} — ${edge.label} → ${target}`
          : t('preview.relation', { source, target })}
      </p>
      {!labelled && edge.evidence ? (
        <p className="map-preview-text">
          <q>{edge.evidence.text}</q>{' '}
          <span className="muted">({t('preview.line', { line: edge.evidence.line })})</span>
        </p>
      ) : null}
    </div>
  );
}

/** The start of a concept's text; for a section that only holds others, what it holds. */
function conceptSummary(
  node: ConceptNode,
  edges: readonly ConceptEdge[],
  t: ReturnType<typeof useI18n>['t'],
): string {
  const text = node.text.replace(/\s+/g, ' ').trim();
  if (text)
    return text.length > PREVIEW_CHARACTERS ? `${text.slice(0, PREVIEW_CHARACTERS)}…` : text;
  const held = edges.filter((edge) => edge.kind === 'nesting' && edge.source === node.id).length;
  return held > 0 ? t('preview.holds', { count: held }) : t('preview.empty');
}
