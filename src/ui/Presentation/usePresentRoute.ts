import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { ConceptGraph, NodeId } from '../../notes/concepts/model';
import { lookupStep, lastIndex, nextIndex, previousIndex } from '../../notes/concepts/tour';
import type { StepLookup } from '../../notes/concepts/tour';
import { readParam } from '../../routes/params';
import { paths, REVEAL_PARAM } from '../../routes/paths';
import type { PresentStep } from '../../routes/paths';

export type PresentMode = 'present' | 'speaker';

export interface PresentRoute {
  lookup: StepLookup;
  tourName: string | null;
  step: PresentStep;
  revealAll: boolean;
  /** The URL of a step in this window's mode, keeping the reveal setting. */
  href(step: PresentStep, options?: { revealAll?: boolean }): string;
  goToIndex(index: number, options?: { replace?: boolean }): void;
  goToStep(step: PresentStep, options?: { replace?: boolean }): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  toggleReveal(): void;
}

/**
 * The presentation's state is its URL (`/:map/present/:tour?/:id?reveal=all`), so reload,
 * back/forward and a shared link land on the same step. Moving is navigating.
 */
export function usePresentRoute(graph: ConceptGraph, mode: PresentMode): PresentRoute {
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const tourName = params.tour === undefined ? null : readParam(params.tour);
  const id = readParam(params.id);
  const revealAll = search.get(REVEAL_PARAM) === 'all';
  const lookup = useMemo(() => lookupStep(graph, tourName, id), [graph, tourName, id]);
  const step = useMemo(() => ({ tour: tourName, id }), [tourName, id]);

  const href = useCallback(
    (target: PresentStep, options: { revealAll?: boolean } = {}) =>
      paths[mode].href(graph.mapId, target, { revealAll: options.revealAll ?? revealAll }),
    [graph.mapId, mode, revealAll],
  );

  // Where this window last navigated to, until React renders it. A clicker can press twice
  // (or a step arrive from the other window) before the first move is rendered; counting from
  // the rendered step would then lose a press.
  const pending = useRef<PresentStep | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (target && target.tour === step.tour && target.id === step.id) pending.current = null;
  }, [step]);
  useEffect(() => {
    // Back and forward are navigations of their own: whatever was on its way is superseded.
    const forget = () => (pending.current = null);
    window.addEventListener('popstate', forget);
    return () => window.removeEventListener('popstate', forget);
  }, []);

  const goToStep = useCallback(
    (target: PresentStep, options: { replace?: boolean } = {}) => {
      const from = pending.current ?? step;
      if (target.tour === from.tour && target.id === from.id) return;
      pending.current = target;
      void navigate(href(target), { replace: options.replace ?? false });
    },
    [href, navigate, step],
  );

  const within = lookup.kind === 'step' ? lookup : null;
  /** The index of the step this window is on or on its way to. */
  const currentIndex = (): number => {
    if (!within) return 0;
    const target = pending.current;
    if (target === null || target.tour !== tourName) return within.index;
    const index = within.tour.steps.indexOf(target.id as NodeId);
    return index < 0 ? within.index : index;
  };

  const goToIndex = useCallback(
    (index: number, options: { replace?: boolean } = {}) => {
      if (lookup.kind !== 'step') return;
      const target: NodeId | undefined = lookup.tour.steps[index];
      if (target !== undefined) goToStep({ tour: tourName, id: target }, options);
    },
    [goToStep, lookup, tourName],
  );

  return {
    lookup,
    tourName,
    step,
    revealAll,
    href,
    goToIndex,
    goToStep,
    next: () => within && goToIndex(nextIndex(within.tour, currentIndex())),
    previous: () => within && goToIndex(previousIndex(within.tour, currentIndex())),
    first: () => goToIndex(0),
    last: () => within && goToIndex(lastIndex(within.tour)),
    toggleReveal: () =>
      void navigate(href(pending.current ?? step, { revealAll: !revealAll }), { replace: true }),
  };
}
