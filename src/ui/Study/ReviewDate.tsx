import { useMemo } from 'react';
import type { ConceptNode } from '../../notes/concepts/model';
import { studyCards } from '../../notes/study';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';
import { formatWhen } from './format';
import { useStudyText } from './messages';
import { progressOf } from './records';
import { useMinuteClock } from './useKnowledgeOverlay';
import { useMapRecords } from './useMapRecords';

/**
 * "Next review: 3 May 2025, 09:00" in the side panel, for a concept that is a card: also "not
 * studied yet", "due now", or that its text changed since it was studied. Nothing for a concept
 * that is not a card.
 */
export function ReviewDate({ node }: { node: ConceptNode }) {
  const t = useStudyText();
  const { language } = useI18n();
  const { graph } = useMapView();
  const records = useMapRecords(graph.mapId);
  const now = useMinuteClock(true);
  const card = useMemo(
    () => studyCards(graph).find((c) => c.id === node.id) ?? null,
    [graph, node.id],
  );
  if (!card || !records) return null;
  const progress = progressOf(card, records);
  const when =
    progress === null
      ? records.has(card.id)
        ? t('study.review.changed')
        : t('study.review.new')
      : progress.due <= now
        ? t('study.review.due')
        : formatWhen(progress.due, now, language);
  return (
    <p className="review-date">
      <span className="muted">{t('study.review.label')}: </span>
      {when}
    </p>
  );
}
