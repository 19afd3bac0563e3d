import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ConceptNode } from '../../notes/concepts/model';
import { cardsInScope, studyCards } from '../../notes/study';
import { paths } from '../../routes/paths';
import { useMapView } from '../MapScreen/map-view';
import { useStudyText } from './messages';

/**
 * "Study this section" in the side panel of a concept that holds others (a section, a term with
 * terms inside): a session on the cards inside it, at `/:map/study?scope=<id>`.
 */
export function StudySectionLink({ node }: { node: ConceptNode }) {
  const t = useStudyText();
  const { graph } = useMapView();
  const count = useMemo(
    () =>
      cardsInScope(graph, studyCards(graph), node.id).filter((card) => card.id !== node.id).length,
    [graph, node.id],
  );
  if (count === 0) return null;
  return (
    <p className="study-section-link">
      <Link className="button" to={paths.study.href(graph.mapId, { scope: node.id })}>
        {t('study.section')}
      </Link>{' '}
      <span className="muted">{t('study.sectionCount', { count })}</span>
    </p>
  );
}
