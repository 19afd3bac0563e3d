import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { ConceptGraph, ConceptNode, NodeId } from '../../notes/concepts/model';
import {
  addressOf,
  findStop,
  lookupStep,
  tourStops,
  type QuizMode,
  type ResolvedTour,
  type Stop,
  type StepLookup,
  type StopAddress,
} from '../../notes/concepts/tour';
import { readParam } from '../../routes/params';
import { paths, readPresentQuery } from '../../routes/paths';
import type { PresentLinkOptions, PresentStep, QuizParam } from '../../routes/paths';
import { partCount } from './card-parts';
import type { TalkPosition } from './step-sync';

export type PresentMode = 'present' | 'speaker';

/** A talk the URL names: its tour, every press of it, and the one shown. */
export interface Talk {
  tour: ResolvedTour;
  stops: readonly Stop[];
  /** Index in `stops` of what is shown. */
  at: number;
  stop: Stop;
}

export interface PresentRoute {
  lookup: StepLookup;
  /** Null when the URL names no step of a tour (TourProblem says why). */
  talk: Talk | null;
  tourName: string | null;
  /** The URL's place in the talk, for the other window. */
  position: TalkPosition;
  revealAll: boolean;
  quizMode: QuizMode;
  /** The URL of a step in this window's mode, keeping the reveal and quiz settings. */
  href(step: PresentStep, options?: PresentLinkOptions): string;
  /** Where another window went (or a concept chosen by name): go there too. */
  goTo(position: TalkPosition, options?: { replace?: boolean }): void;
  /** The first press of a step of this tour. */
  goToStep(id: NodeId): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  toggleReveal(): void;
  toggleQuiz(): void;
}

/**
 * The presentation's state is its URL (`/:map/present/:tour?/:id?part=2&quiz=on`), so reload,
 * back/forward, a shared link and the speaker window land on the same press. Moving is
 * navigating; the title and closing slides live at the first and last step's address.
 */
export function usePresentRoute(graph: ConceptGraph, mode: PresentMode): PresentRoute {
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const tourName = params.tour === undefined ? null : readParam(params.tour);
  const id = readParam(params.id);
  const query = useMemo(() => readPresentQuery(search), [search]);
  const revealAll = query.options.revealAll ?? false;
  const quiz = query.options.quiz ?? null;
  const quizMode: QuizMode = quiz ?? 'tour';
  const lookup = useMemo(() => lookupStep(graph, tourName, id), [graph, tourName, id]);

  const nodesById = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph]);
  const tour = lookup.kind === 'step' ? lookup.tour : null;
  const stops = useMemo(
    () => (tour ? tourStops(tour, (step) => partsOf(nodesById.get(step)), quizMode) : []),
    [tour, nodesById, quizMode],
  );
  const step = useMemo<PresentStep>(
    () => ({
      tour: tourName,
      id,
      ...(query.slide && { slide: query.slide }),
      ...(query.part !== undefined && { part: query.part }),
      ...(query.answered && { answered: true }),
    }),
    [tourName, id, query.slide, query.part, query.answered],
  );
  const position = useMemo<TalkPosition>(() => ({ step, quiz }), [step, quiz]);
  const at =
    lookup.kind === 'step' ? Math.max(0, findStop(stops, addressFor(step, lookup.index))) : 0;

  const href = useCallback(
    (target: PresentStep, options: PresentLinkOptions = {}) =>
      paths[mode].href(graph.mapId, target, {
        revealAll: options.revealAll ?? revealAll,
        quiz: options.quiz === undefined ? quiz : options.quiz,
      }),
    [graph.mapId, mode, revealAll, quiz],
  );

  // Where this window last navigated to, until React renders it. A clicker can press twice
  // (or a step arrive from the other window) before the first move is rendered; counting from
  // the rendered step would then lose a press.
  const pending = useRef<{ key: string; at: number } | null>(null);
  const renderedKey = href(step);
  useEffect(() => {
    if (pending.current?.key === renderedKey) pending.current = null;
  }, [renderedKey]);
  useEffect(() => {
    // Back and forward are navigations of their own: whatever was on its way is superseded.
    const forget = () => (pending.current = null);
    window.addEventListener('popstate', forget);
    return () => window.removeEventListener('popstate', forget);
  }, []);

  const navigateTo = useCallback(
    (target: PresentStep, options: PresentLinkOptions & { replace?: boolean; at?: number }) => {
      const url = href(target, options);
      if (url === (pending.current?.key ?? renderedKey)) return;
      pending.current = { key: url, at: options.at ?? -1 };
      void navigate(url, { replace: options.replace ?? false });
    },
    [href, navigate, renderedKey],
  );

  const goToStop = (index: number) => {
    if (!tour) return;
    const target = stops[Math.min(Math.max(index, 0), stops.length - 1)];
    if (target) navigateTo(stepOf(target, tour), { at: stops.indexOf(target) });
  };
  /** Which of this tour's stops `there` is (-1: another tour, quiz mode or none). */
  const stopIndexOf = (there: TalkPosition): number => {
    if (!tour || there.quiz !== quiz) return -1;
    const wanted = href(there.step);
    return stops.findIndex((stop) => href(stepOf(stop, tour)) === wanted);
  };
  /** The stop this window is on or on its way to. */
  const currentAt = () => {
    const target = pending.current;
    return target && target.at >= 0 ? target.at : at;
  };

  return {
    lookup,
    talk: tour ? { tour, stops, at, stop: stops[at]! } : null,
    tourName,
    position,
    revealAll,
    quizMode,
    href,
    // A step from the other window counts as this window's position at once too: a press
    // before it is rendered must go on from there, not from the step shown.
    goTo: (there, options = {}) =>
      navigateTo(there.step, { quiz: there.quiz, at: stopIndexOf(there), ...options }),
    goToStep: (target) => {
      const index = tour?.steps.indexOf(target) ?? -1;
      if (index >= 0) goToStop(findStop(stops, { kind: 'step', index, part: 1, answered: false }));
    },
    next: () => goToStop(currentAt() + 1),
    previous: () => goToStop(currentAt() - 1),
    first: () => goToStop(0),
    last: () => goToStop(stops.length - 1),
    toggleReveal: () => navigateTo(step, { revealAll: !revealAll, replace: true }),
    toggleQuiz: () => {
      // The presenter's switch: every step a question, or none (a quiz tour's "off").
      const asked = stops.some((stop) => stop.kind === 'step' && stop.question);
      const next: QuizParam = asked ? 'off' : 'on';
      const { slide, part } = step;
      navigateTo(
        { tour: tourName, id, ...(slide && { slide }), ...(part && { part }) },
        {
          quiz: next,
          replace: true,
        },
      );
    },
  };
}

function partsOf(node: ConceptNode | undefined): number {
  return node ? partCount(node) : 1;
}

/** The address of the URL's press, given the index of its step in the tour. */
function addressFor(step: PresentStep, index: number): StopAddress {
  if (step.slide) return { kind: step.slide };
  return { kind: 'step', index, part: step.part ?? 1, answered: step.answered ?? false };
}

/** The URL's step for a stop: the title and closing at the first and last step's address. */
function stepOf(stop: Stop, tour: ResolvedTour): PresentStep {
  const address = addressOf(stop);
  if (address.kind === 'title') return { tour: tour.name, id: tour.steps[0]!, slide: 'title' };
  if (address.kind === 'end') return { tour: tour.name, id: tour.steps.at(-1)!, slide: 'end' };
  return {
    tour: tour.name,
    id: tour.steps[address.index]!,
    ...(address.part > 1 && { part: address.part }),
    ...(address.answered && { answered: true }),
  };
}
