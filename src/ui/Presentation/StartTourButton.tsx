import { Link } from 'react-router';
import type { ConceptNode } from '../../notes/concepts/model';
import { paths } from '../../routes/paths';
import { useMapView } from '../MapScreen/map-view';
import { usePresentText } from './messages';

/**
 * "Start tour here" in the node panel: presents the default tour from this concept, and each
 * named tour that visits it from there. Links, not buttons: a step is a URL one can open anew.
 */
export function StartTourButton({ node }: { node: ConceptNode }) {
  const t = usePresentText();
  const { graph } = useMapView();
  const namedTours = graph.tours.filter((tour) => tour.steps.includes(node.id));
  return (
    <p className="start-tour">
      <Link className="button" to={paths.present.href(graph.mapId, { tour: null, id: node.id })}>
        {t('present.startHere')}
      </Link>
      {namedTours.map((tour) => (
        <Link
          key={tour.name}
          className="button"
          to={paths.present.href(graph.mapId, { tour: tour.name, id: node.id })}
        >
          {t('present.startTourHere', { title: tour.title })}
        </Link>
      ))}
    </p>
  );
}
