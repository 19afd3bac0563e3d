import { Link } from 'react-router';
import type { ConceptGraph } from '../../notes/concepts/model';
import type { StepLookup } from '../../notes/concepts/tour';
import { paths } from '../../routes/paths';
import type { PresentStep } from '../../routes/paths';
import { usePresentText } from './messages';
import './tour-problem.css';

interface TourProblemProps {
  graph: ConceptGraph;
  lookup: Exclude<StepLookup, { kind: 'step' }>;
  /** A step's URL in the current mode (presenting or speaker view). */
  href(step: PresentStep): string;
}

/** An unknown tour or step: say which, offer the tours that exist and a way back to the map. */
export function TourProblem({ graph, lookup, href }: TourProblemProps) {
  const t = usePresentText();
  const message =
    lookup.kind === 'unknown-tour'
      ? t('present.unknownTour', { name: lookup.name })
      : lookup.kind === 'unknown-step'
        ? t('present.unknownStep', { id: lookup.id })
        : t('present.emptyTour');
  const tourStart = lookup.kind === 'unknown-step' ? lookup.tour.steps[0] : undefined;
  const firstOfDefault = [...graph.nodes].sort((a, b) => a.order - b.order)[0];
  return (
    <main className="page tour-problem">
      <section role="alert" aria-labelledby="tour-problem-title">
        <h1 id="tour-problem-title">{message}</h1>
        {lookup.kind === 'unknown-step' && tourStart !== undefined ? (
          <p>
            <Link to={href({ tour: lookup.tour.name, id: tourStart })}>
              {t('present.startTour')}
            </Link>
          </p>
        ) : null}
        {lookup.kind === 'unknown-tour' ? (
          <>
            <p>{t('present.tours')}</p>
            <ul>
              {firstOfDefault ? (
                <li>
                  <Link to={href({ tour: null, id: firstOfDefault.id })}>
                    {t('present.defaultTour')}
                  </Link>
                </li>
              ) : null}
              {graph.tours.map((tour) =>
                tour.steps[0] === undefined ? null : (
                  <li key={tour.name}>
                    <Link to={href({ tour: tour.name, id: tour.steps[0] })}>{tour.title}</Link>
                  </li>
                ),
              )}
            </ul>
          </>
        ) : null}
        <p>
          <Link to={paths.map.href(graph.mapId)}>{t('present.backToMap')}</Link>
        </p>
      </section>
    </main>
  );
}
