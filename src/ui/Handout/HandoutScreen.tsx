import { useEffect, useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { MapBundle } from '../../graph/map-bundle';
import { findTour, isQuestion, lookupStep, tourNodes } from '../../notes/concepts/tour';
import { readParam } from '../../routes/params';
import { paths, readPresentQuery } from '../../routes/paths';
import { ConceptCard } from '../Presentation/ConceptCard';
import { heldConcepts } from '../Presentation/holds';
import { usePresentText } from '../Presentation/messages';
import { TourProblem } from '../Presentation/TourProblem';
import { MapSketch } from './MapSketch';
import './handout.css';

/**
 * `/:map/handout` and `/:map/handout/:tour`: the map, then every concept of the tour, for print.
 * A quiz tour (or `?quiz=on`) prints its questions with the names blanked and a line to write
 * the answer on, and the answers with the map (which names everything) on a last page.
 */
export function HandoutScreen({ bundle }: { bundle: MapBundle }) {
  const { graph, positions, routes } = bundle;
  const t = usePresentText();
  const params = useParams();
  const [search] = useSearchParams();
  const quizMode = readPresentQuery(search).options.quiz ?? 'tour';
  const tourName = params.tour === undefined ? null : readParam(params.tour);
  const tour = findTour(graph, tourName);
  const titleId = useId();
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);

  const title = tour ? t('handout.title', { title: tour.title }) : '';
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (!tour) {
    const lookup = lookupStep(graph, tourName, '');
    if (lookup.kind === 'step') return null; // unreachable: no tour means an unknown-tour lookup
    return (
      <TourProblem
        graph={graph}
        lookup={lookup}
        href={(step) => paths.handout.href(graph.mapId, step.tour)}
      />
    );
  }

  const nodes = tourNodes(graph, tour);
  const asked = nodes.filter((node) => isQuestion(tour, node.id, quizMode));
  const questionNumber = new Map(asked.map((node, index) => [node.id, index + 1]));
  const map = (
    <figure className="handout-map">
      <MapSketch
        graph={graph}
        positions={positions}
        routes={routes}
        tourSteps={tour.steps}
        label={t('handout.map')}
      />
      <figcaption>{t('handout.map')}</figcaption>
    </figure>
  );
  return (
    <main className={`handout ${asked.length > 0 ? 'is-quiz' : ''}`} aria-labelledby={titleId}>
      <header className="handout-header">
        <h1 id={titleId}>{title}</h1>
        <p className="handout-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('handout.print')}
          </button>{' '}
          <Link to={paths.map.href(graph.mapId)}>{t('present.backToMap')}</Link>
        </p>
      </header>
      {/* The map names every concept: a quiz keeps it for the answers' page. */}
      {asked.length === 0 ? map : null}
      <section
        className="handout-concepts"
        aria-label={asked.length > 0 ? t('handout.questions') : t('handout.concepts')}
      >
        <h2>{asked.length > 0 ? t('handout.questions') : t('handout.concepts')}</h2>
        <ol>
          {nodes.map((node) => {
            const number = questionNumber.get(node.id);
            return (
              <li key={node.id} className={`handout-concept ${number ? 'is-question' : ''}`}>
                <ConceptCard
                  node={node}
                  headingId={`handout-${node.id}`}
                  level={3}
                  question={number !== undefined}
                  questionHeading={number === undefined ? undefined : `Q${number}`}
                  holds={heldConcepts(nodesById, graph.edges, node.id)}
                />
                {number !== undefined ? (
                  <p className="handout-answer-line">
                    {t('handout.answerLine')} <span className="handout-blank" />
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      {asked.length > 0 ? (
        <section className="handout-answers" aria-label={t('handout.answers')}>
          <h2>{t('handout.answers')}</h2>
          <ol className="handout-answer-list">
            {asked.map((node, index) => (
              <li key={node.id}>
                <span className="handout-answer-number">Q{index + 1}</span> {node.label}
              </li>
            ))}
          </ol>
          {map}
        </section>
      ) : null}
    </main>
  );
}
