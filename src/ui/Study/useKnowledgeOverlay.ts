import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import type { ConceptGraph } from '../../notes/concepts/model';
import { studyCards } from '../../notes/study';
import { parseOverlay } from '../../routes/depth';
import { knowledgeMap } from './records';
import { useMapRecords } from './useMapRecords';

/** How often the overlay looks at the clock again: a card falls due while the map is open. */
const REFRESH_MS = 60_000;

/**
 * The explorer's "knowledge" overlay (`?overlay=knowledge`): colours every card's concept on
 * the map by how well it is known (new, learning, due, known); concepts that are not cards keep
 * the map's own colours. Off, the map is left as it is.
 */
export function useKnowledgeOverlay(
  handleRef: RefObject<ConceptMapHandle | null>,
  graph: ConceptGraph,
): void {
  const on = parseOverlay(useLocation().search) === 'knowledge';
  const records = useMapRecords(graph.mapId);
  const now = useMinuteClock(on);
  const cards = useMemo(() => studyCards(graph), [graph]);
  const status = useMemo(
    () => (on && records ? knowledgeMap(cards, records, now) : null),
    [on, records, cards, now],
  );
  useEffect(() => {
    handleRef.current?.setKnowledge(status);
  }, [handleRef, graph, status]);
}

/** The time, read again every minute while `running`. */
export function useMinuteClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
