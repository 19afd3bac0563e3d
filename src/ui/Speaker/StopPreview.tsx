import { useMemo } from 'react';
import type { MapBundle } from '../../graph/map-bundle';
import type { ConceptNode, NodeId } from '../../notes/concepts/model';
import { speakerNotes, type ResolvedTour, type Stop } from '../../notes/concepts/tour';
import { revealedAt, stepFrame } from '../Presentation/camera';
import { heldConcepts, hasOwnText } from '../Presentation/holds';
import { usePresentText } from '../Presentation/messages';
import { StepMap } from './StepMap';

/** How much of a concept's text the speaker needs to see what the step is about. */
const FIRST_LINES = 180;
const NOTHING: ReadonlySet<NodeId> = new Set();

interface StopPreviewProps {
  bundle: MapBundle;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  tour: ResolvedTour;
  stop: Stop;
  revealAll: boolean;
  headingId: string;
}

/**
 * One step as the speaker needs it at a glance: its name (even when the room is asked for it),
 * its first lines, a small map of what the room sees, and the speaker's notes for it.
 */
export function StopPreview({
  bundle,
  nodesById,
  tour,
  stop,
  revealAll,
  headingId,
}: StopPreviewProps) {
  const t = usePresentText();
  const { graph } = bundle;
  const node = stop.kind === 'step' ? nodesById.get(stop.id) : undefined;
  const stepIndex = stop.kind === 'step' ? stop.index : null;
  const visible = useMemo(() => {
    if (stop.kind === 'title') return NOTHING;
    if (stop.kind === 'end' || revealAll || stepIndex === null) return null;
    return revealedAt(tour, stepIndex, nodesById, graph.edges);
  }, [stop.kind, revealAll, stepIndex, tour, nodesById, graph.edges]);
  const frame = useMemo(() => {
    if (stop.kind === 'end') return tour.steps;
    return node ? stepFrame(graph.edges, node.id, visible) : [];
  }, [stop.kind, tour.steps, node, graph.edges, visible]);
  const emphasis = useMemo(
    () => (stop.kind === 'end' ? new Set(tour.steps) : null),
    [stop.kind, tour.steps],
  );

  const name =
    stop.kind === 'title'
      ? graph.title
      : stop.kind === 'end'
        ? t('speaker.closingSlide')
        : node?.label;
  const notes = node ? speakerNotes(tour, node.id) : null;
  return (
    <div className="speaker-preview">
      <h2 id={headingId} className="speaker-preview-name">
        {name}
      </h2>
      {stop.kind === 'title' ? <p className="speaker-state">{t('speaker.titleSlide')}</p> : null}
      {stop.kind === 'step' && stop.question ? (
        <p className="speaker-state is-question">{t('speaker.questionNow')}</p>
      ) : null}
      {stop.kind === 'step' && stop.answer ? (
        <p className="speaker-state">{t('speaker.answerNow')}</p>
      ) : null}
      {node ? (
        <p className="speaker-first-lines">{firstLines(node, nodesById, graph.edges)}</p>
      ) : null}
      <StepMap
        bundle={bundle}
        selected={node?.id ?? null}
        visible={visible}
        frame={frame}
        emphasis={emphasis}
        label={t('speaker.mapOf', { name: name ?? '' })}
      />
      {node ? (
        <section className="speaker-notes" aria-label={t('speaker.notes')}>
          <h3 className="speaker-notes-title">{t('speaker.notes')}</h3>
          {notes ? (
            <p className="speaker-notes-text">{notes}</p>
          ) : (
            <p className="muted">{t('speaker.noNotes')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

/** The start of the concept's text, or the names of what it holds when it has none. */
function firstLines(
  node: ConceptNode,
  nodesById: ReadonlyMap<NodeId, ConceptNode>,
  edges: Parameters<typeof heldConcepts>[1],
): string {
  if (!hasOwnText(node)) {
    return heldConcepts(nodesById, edges, node.id)
      .map((held) => held.label)
      .join(' · ');
  }
  const text = node.text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length <= FIRST_LINES ? text : `${chars.slice(0, FIRST_LINES - 1).join('')}…`;
}
