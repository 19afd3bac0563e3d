import { useEffect, useId } from 'react';
import { Link, useParams } from 'react-router';
import type { MapBundle } from '../../graph/map-bundle';
import { findTour, lookupStep, tourNodes } from '../../notes/concepts/tour';
import { readParam } from '../../routes/params';
import { paths } from '../../routes/paths';
import { ConceptCard } from '../Presentation/ConceptCard';
import { usePresentText } from '../Presentation/messages';
import { TourProblem } from '../Presentation/TourProblem';
import { MapSketch } from './MapSketch';
import './handout.css';

/** `/:map/handout` and `/:map/handout/:tour`: the map, then every concept of the tour, for print. */
export function HandoutScreen({ bundle }: { bundle: MapBundle }) {
  const { graph, positions, routes } = bundle;
  const t = usePresentText();
  const params = useParams();
  const tourName = params.tour === undefined ? null : readParam(params.tour);
  const tour = findTour(graph, tourName);
  const titleId = useId();

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
  return (
    <main className="handout" aria-labelledby={titleId}>
      <header className="handout-header">
        <h1 id={titleId}>{title}</h1>
        <p className="handout-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('handout.print')}
          </button>{' '}
          <Link to={paths.map.href(graph.mapId)}>{t('present.backToMap')}</Link>
        </p>
      </header>
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
      <section className="handout-concepts" aria-label={t('handout.concepts')}>
        <h2>{t('handout.concepts')}</h2>
        <ol>
          {nodes.map((node) => (
            <li key={node.id} className="handout-concept">
              <ConceptCard node={node} headingId={`handout-${node.id}`} level={3} />
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
