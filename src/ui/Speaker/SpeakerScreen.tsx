import { useEffect, useId, useMemo, useState } from 'react';
import type { MapBundle } from '../../graph/map-bundle';
import type { Stop } from '../../notes/concepts/tour';
import { tourNodes } from '../../notes/concepts/tour';
import { useCommands } from '../commands/useCommands';
import { useI18n } from '../i18n/I18nProvider';
import { usePresentText } from '../Presentation/messages';
import { StepOverlays, type StepOverlay } from '../Presentation/StepOverlays';
import { StepProgress, stopLabel } from '../Presentation/StepProgress';
import { TourProblem } from '../Presentation/TourProblem';
import { usePresentRoute, type PresentRoute, type Talk } from '../Presentation/usePresentRoute';
import { useStepSync } from '../Presentation/step-sync';
import { useConceptSearch } from '../Search/useConceptSearch';
import { useTheme } from '../Theme/ThemeProvider';
import { SpeakerClock } from './SpeakerClock';
import { StopPreview } from './StopPreview';
import './speaker.css';

/** `/:map/speaker/:id` and `/:map/speaker/:tour/:id`: the presenter's own window. */
export function SpeakerScreen({ bundle }: { bundle: MapBundle }) {
  const route = usePresentRoute(bundle.graph, 'speaker');
  if (!route.talk || route.lookup.kind !== 'step') {
    if (route.lookup.kind === 'step') return null; // unreachable: a step lookup has a talk
    return <TourProblem graph={bundle.graph} lookup={route.lookup} href={route.href} />;
  }
  return <Speaking bundle={bundle} route={route} talk={route.talk} />;
}

interface SpeakingProps {
  bundle: MapBundle;
  route: PresentRoute;
  talk: Talk;
}

function Speaking({ bundle, route, talk }: SpeakingProps) {
  const { graph } = bundle;
  const { tour, stop, stops, at } = talk;
  const t = usePresentText();
  const { toggleLanguage } = useI18n();
  const { toggleTheme } = useTheme();
  const currentId = useId();
  const nextId = useId();
  const [overlay, setOverlay] = useState<StepOverlay>('none');
  const nodes = useMemo(() => tourNodes(graph, tour), [graph, tour]);
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);
  const upcoming = nextStepOf(stops, at);
  const pressesLeft = upcoming === null ? 0 : upcoming.at - at - 1;

  const { postBlackout } = useStepSync({
    mapId: graph.mapId,
    position: route.position,
    onRemoteStep: (position) => route.goTo(position, { replace: true }),
  });

  useEffect(() => {
    document.title = `${t('speaker.title')} · ${tour.title}`;
  }, [t, tour.title]);

  const search = useConceptSearch(nodes);

  useCommands(
    'speaker',
    {
      next: route.next,
      previous: route.previous,
      first: route.first,
      last: route.last,
      // The black screen is the room's: the speaker's B blacks out (or restores) the audience.
      blackout: postBlackout,
      goTo: () => setOverlay('goto'),
      quiz: route.toggleQuiz,
      search: () => setOverlay('goto'),
      help: () => setOverlay('help'),
      theme: toggleTheme,
      language: toggleLanguage,
    },
    overlay === 'none',
  );

  const total = tour.steps.length;
  return (
    <main className="speaker" aria-label={t('speaker.title')}>
      <header className="speaker-header">
        <h1 className="speaker-title">
          {t('speaker.title')} — {tour.title}
        </h1>
        <StepProgress talk={talk} />
        <SpeakerClock
          mapId={graph.mapId}
          stepKey={stepKeyOf(stop)}
          stepsBegun={stop.kind === 'step' ? stop.index + 1 : stop.kind === 'end' ? total : 0}
        />
      </header>
      <section className="speaker-current" aria-label={t('speaker.current')}>
        <p className="speaker-section-label">
          {t('speaker.current')} · {stopLabel(t, stop, total)}
        </p>
        <StopPreview
          bundle={bundle}
          nodesById={nodesById}
          tour={tour}
          stop={stop}
          revealAll={route.revealAll}
          headingId={currentId}
        />
      </section>
      <section className="speaker-next" aria-label={t('speaker.next')}>
        <p className="speaker-section-label">
          {t('speaker.next')}
          {upcoming ? ` · ${stopLabel(t, upcoming.stop, total)}` : ''}
        </p>
        {pressesLeft > 0 ? (
          <p className="speaker-state">{t('speaker.morePresses', { count: pressesLeft })}</p>
        ) : null}
        {upcoming ? (
          <StopPreview
            bundle={bundle}
            nodesById={nodesById}
            tour={tour}
            stop={upcoming.stop}
            revealAll={route.revealAll}
            headingId={nextId}
          />
        ) : (
          <h2 id={nextId} className="speaker-preview-name">
            {t('speaker.end')}
          </h2>
        )}
      </section>
      <nav className="speaker-nav" aria-label={t('present.controls')}>
        <button
          type="button"
          className="speaker-button"
          onClick={route.previous}
          disabled={at === 0}
        >
          <span aria-hidden="true">←</span> {t('speaker.previous')}
        </button>
        <button
          type="button"
          className="speaker-button is-next"
          onClick={route.next}
          disabled={at === stops.length - 1}
        >
          {t('speaker.nextButton')} <span aria-hidden="true">→</span>
        </button>
      </nav>
      <StepOverlays
        overlay={overlay}
        search={search}
        nodesById={nodesById}
        screen="speaker"
        onGoTo={route.goToStep}
        onClose={() => setOverlay('none')}
      />
    </main>
  );
}

/**
 * What comes after this step: the first press of the next concept, or the closing (null at the
 * closing itself). The presses still left on this step (parts, an answer) come before it.
 */
function nextStepOf(stops: readonly Stop[], at: number): { stop: Stop; at: number } | null {
  const here = stops[at];
  for (let index = at + 1; index < stops.length; index++) {
    const stop = stops[index]!;
    if (stop.kind !== 'step' || here?.kind !== 'step' || stop.index !== here.index) {
      return { stop, at: index };
    }
  }
  return null;
}

/** One key per step for pacing: the parts and the answer of a step are the same step. */
function stepKeyOf(stop: Stop): string {
  return stop.kind === 'step' ? `step:${stop.index}` : stop.kind;
}
