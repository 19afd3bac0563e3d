import type { ConceptEdge, ConceptGraph, ConceptNode, NodeId } from '../../notes/concepts/model';
import type { ResolvedTour, Stop } from '../../notes/concepts/tour';
import { cardParts } from './card-parts';
import { ConceptCard } from './ConceptCard';
import { heldConcepts } from './holds';
import { usePresentText } from './messages';
import { useFitText } from './useFitText';

interface StageCardProps {
  graph: ConceptGraph;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  tour: ResolvedTour;
  stop: Stop;
  /** Every step of the tour is a question (the tour or the presenter says so). */
  quiz: boolean;
  headingId: string;
  cardRef: React.RefObject<HTMLElement | null>;
}

/**
 * The card of one press: the title, a step (a part of it; a question or its answer), or the
 * closing. Its box has a size of its own; its type is set as large as fits (useFitText), so it
 * never scrolls. `data-stage-card` marks it for checks that measure the stage from outside.
 */
export function StageCard({
  graph,
  nodesById,
  tour,
  stop,
  quiz,
  headingId,
  cardRef,
}: StageCardProps) {
  const key =
    stop.kind === 'step' ? `${stop.id}:${stop.part}:${stop.question}:${stop.answer}` : stop.kind;
  useFitText(cardRef, key);
  return (
    <section
      ref={cardRef}
      className={`stage-card is-${stop.kind}`}
      data-stage-card={stop.kind}
      aria-labelledby={headingId}
    >
      {stop.kind === 'title' ? (
        <TitleCard graph={graph} tour={tour} quiz={quiz} headingId={headingId} />
      ) : stop.kind === 'end' ? (
        <ClosingCard tour={tour} nodesById={nodesById} headingId={headingId} />
      ) : (
        <StepCard
          graph={graph}
          nodesById={nodesById}
          tour={tour}
          stop={stop}
          headingId={headingId}
        />
      )}
    </section>
  );
}

function TitleCard({
  graph,
  tour,
  quiz,
  headingId,
}: {
  graph: ConceptGraph;
  tour: ResolvedTour;
  quiz: boolean;
  headingId: string;
}) {
  const t = usePresentText();
  return (
    <>
      <h1 id={headingId} className="stage-title">
        {graph.title}
      </h1>
      {graph.subtitle ? <p className="stage-subtitle">{graph.subtitle}</p> : null}
      <p className="stage-tour-name">
        {tour.name === null
          ? t('present.defaultTour')
          : t('present.titleTour', { title: tour.title })}
      </p>
      <p className="stage-count">{t('present.conceptCount', { count: tour.steps.length })}</p>
      {quiz ? <p className="stage-quiz-note">{t('present.quizTour')}</p> : null}
      <p className="stage-hint">{t('present.begin')}</p>
    </>
  );
}

function ClosingCard({
  tour,
  nodesById,
  headingId,
}: {
  tour: ResolvedTour;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  headingId: string;
}) {
  const t = usePresentText();
  return (
    <>
      <p className="stage-eyebrow">{tour.title}</p>
      <h1 id={headingId} className="concept-card-label">
        {t('present.closing')}
      </h1>
      <p className="stage-count">
        {t('present.closingCount', { count: tour.steps.length, title: tour.title })}
      </p>
      <ol className="stage-covered">
        {tour.steps.map((id) => (
          <li key={id}>{nodesById.get(id)?.label ?? id}</li>
        ))}
      </ol>
      <p className="stage-hint">{t('present.closingHint')}</p>
    </>
  );
}

function StepCard({
  graph,
  nodesById,
  tour,
  stop,
  headingId,
}: {
  graph: ConceptGraph;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  tour: ResolvedTour;
  stop: Extract<Stop, { kind: 'step' }>;
  headingId: string;
}) {
  const t = usePresentText();
  const node = nodesById.get(stop.id)!;
  const parts = cardParts(node);
  const content = parts[Math.min(stop.part, parts.length) - 1]!;
  return (
    <>
      <p className="stage-eyebrow">
        {tour.title}
        {stop.answer ? <span className="stage-answer"> · {t('present.answer')}</span> : null}
      </p>
      <ConceptCard
        node={node}
        headingId={headingId}
        part={{ content, number: stop.part, of: stop.parts }}
        question={stop.question}
        holds={holdsOf(nodesById, graph.edges, node)}
      />
      {stop.question && stop.part === stop.parts ? (
        <p className="stage-hint">{t('present.questionHint')}</p>
      ) : null}
    </>
  );
}

function holdsOf(
  nodesById: ReadonlyMap<NodeId, ConceptNode>,
  edges: readonly ConceptEdge[],
  node: ConceptNode,
): ConceptNode[] {
  return heldConcepts(nodesById, edges, node.id);
}
