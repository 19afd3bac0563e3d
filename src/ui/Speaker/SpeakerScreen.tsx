import { useId, useMemo, useState } from 'react';
import type { MapBundle } from '../../graph/map-bundle';
import type { ConceptNode } from '../../notes/concepts/model';
import { tourNodes } from '../../notes/concepts/tour';
import type { ResolvedTour } from '../../notes/concepts/tour';
import { useCommands } from '../commands/useCommands';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptCard } from '../Presentation/ConceptCard';
import { usePresentText } from '../Presentation/messages';
import { StepOverlays, type StepOverlay } from '../Presentation/StepOverlays';
import { StepProgress } from '../Presentation/StepProgress';
import { TourProblem } from '../Presentation/TourProblem';
import { usePresentRoute } from '../Presentation/usePresentRoute';
import type { PresentRoute } from '../Presentation/usePresentRoute';
import { useStepSync } from '../Presentation/step-sync';
import { useConceptSearch } from '../Search/useConceptSearch';
import { useTheme } from '../Theme/ThemeProvider';
import { SpeakerClock } from './SpeakerClock';
import './speaker.css';

/** `/:map/speaker/:id` and `/:map/speaker/:tour/:id`: the presenter's own window. */
export function SpeakerScreen({ bundle }: { bundle: MapBundle }) {
  const route = usePresentRoute(bundle.graph, 'speaker');
  if (route.lookup.kind !== 'step') {
    return <TourProblem graph={bundle.graph} lookup={route.lookup} href={route.href} />;
  }
  return (
    <Speaking bundle={bundle} route={route} tour={route.lookup.tour} index={route.lookup.index} />
  );
}

interface SpeakingProps {
  bundle: MapBundle;
  route: PresentRoute;
  tour: ResolvedTour;
  index: number;
}

function Speaking({ bundle, route, tour, index }: SpeakingProps) {
  const { graph } = bundle;
  const t = usePresentText();
  const { toggleLanguage } = useI18n();
  const { toggleTheme } = useTheme();
  const currentId = useId();
  const nextId = useId();
  const [overlay, setOverlay] = useState<StepOverlay>('none');
  const nodes = useMemo(() => tourNodes(graph, tour), [graph, tour]);
  const current: ConceptNode = nodes[index]!;
  const next: ConceptNode | undefined = nodes[index + 1];

  const { postBlackout } = useStepSync({
    mapId: graph.mapId,
    step: route.step,
    onRemoteStep: (step) => route.goToStep(step, { replace: true }),
  });

  const search = useConceptSearch(nodes);
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);

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
      search: () => setOverlay('goto'),
      help: () => setOverlay('help'),
      theme: toggleTheme,
      language: toggleLanguage,
    },
    overlay === 'none',
  );

  return (
    <main className="speaker" aria-label={t('speaker.title')}>
      <header className="speaker-header">
        <h1 className="speaker-title">
          {t('speaker.title')} — {tour.title}
        </h1>
        <StepProgress index={index} total={tour.steps.length} />
        <nav className="speaker-nav">
          <button type="button" className="button" onClick={route.previous} disabled={index === 0}>
            {t('speaker.previous')}
          </button>
          <button
            type="button"
            className="button"
            onClick={route.next}
            disabled={index === tour.steps.length - 1}
          >
            {t('speaker.nextButton')}
          </button>
        </nav>
      </header>
      <section className="speaker-current" aria-label={t('speaker.current')}>
        <p className="speaker-section-label">{t('speaker.current')}</p>
        <ConceptCard node={current} headingId={currentId} level={2} />
      </section>
      <section className="speaker-next" aria-label={t('speaker.next')}>
        <p className="speaker-section-label">{t('speaker.next')}</p>
        {next ? (
          <ConceptCard node={next} headingId={nextId} level={2} className="is-next" />
        ) : (
          <p>{t('speaker.end')}</p>
        )}
      </section>
      <SpeakerClock mapId={graph.mapId} />
      <StepOverlays
        overlay={overlay}
        search={search}
        nodesById={nodesById}
        screen="speaker"
        onGoTo={(id) => route.goToStep({ tour: route.tourName, id })}
        onClose={() => setOverlay('none')}
      />
    </main>
  );
}
