import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useHref, useNavigate } from 'react-router';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { ConceptNode } from '../../notes/concepts/model';
import { reachedSteps, tourNodes } from '../../notes/concepts/tour';
import type { ResolvedTour } from '../../notes/concepts/tour';
import { paths } from '../../routes/paths';
import { useCommands } from '../commands/useCommands';
import { ConceptMap } from '../ConceptMap/ConceptMap';
import { useI18n } from '../i18n/I18nProvider';
import { StepOverlays, type StepOverlay } from './StepOverlays';
import { useConceptSearch } from '../Search/useConceptSearch';
import { useTheme } from '../Theme/ThemeProvider';
import { stepFrame } from './camera';
import { ConceptCard } from './ConceptCard';
import { usePresentText } from './messages';
import { StepProgress } from './StepProgress';
import { TourProblem } from './TourProblem';
import { useBlackout } from './useBlackout';
import { usePresentRoute } from './usePresentRoute';
import type { PresentRoute } from './usePresentRoute';
import { useStepSync } from './step-sync';
import './presentation.css';
import { useCameraActions } from '../ConceptMap/camera-actions';

/** `/:map/present/:id` and `/:map/present/:tour/:id`: one step of a tour, for the room. */
export function PresentationScreen({ bundle }: { bundle: MapBundle }) {
  const route = usePresentRoute(bundle.graph, 'present');
  if (route.lookup.kind !== 'step') {
    return <TourProblem graph={bundle.graph} lookup={route.lookup} href={route.href} />;
  }
  const node = bundle.graph.nodes.find((candidate) => candidate.id === route.step.id)!;
  return (
    <Presenting
      bundle={bundle}
      route={route}
      tour={route.lookup.tour}
      index={route.lookup.index}
      node={node}
    />
  );
}

interface PresentingProps {
  bundle: MapBundle;
  route: PresentRoute;
  tour: ResolvedTour;
  index: number;
  node: ConceptNode;
}

function Presenting({ bundle, route, tour, index, node }: PresentingProps) {
  const { graph } = bundle;
  const t = usePresentText();
  const { toggleLanguage } = useI18n();
  const { toggleTheme } = useTheme();
  const navigate = useNavigate();
  const handleRef = useRef<ConceptMapHandle | null>(null);
  const camera = useCameraActions(handleRef);
  const cardHeadingId = useId();
  const [overlay, setOverlay] = useState<StepOverlay>('none');
  const [overview, setOverview] = useState(false);
  const [speakerLink, setSpeakerLink] = useState<string | null>(null);
  const { blackout, setBlackout } = useBlackout();

  useStepSync({
    mapId: graph.mapId,
    step: route.step,
    onRemoteStep: (step) => route.goToStep(step, { replace: true }),
    onRemoteBlackout: () => setBlackout((on) => !on),
  });

  // Progressive reveal: only the concepts reached so far, unless `?reveal=all` or the overview.
  const reached = useMemo(() => reachedSteps(tour, index), [tour, index]);
  const visible = route.revealAll || overview ? null : reached;
  const frame = useMemo(
    () => stepFrame(graph.edges, node.id, visible),
    [graph.edges, node.id, visible],
  );

  // After ConceptMap's own effects (children first), so the camera sees the new visibility.
  useEffect(() => {
    const handle = handleRef.current;
    if (!handle) return;
    if (overview) handle.fit();
    else handle.focus(frame);
  }, [overview, frame]);

  // The tab (and the window list a presenter picks the projector window from) names the step.
  useEffect(() => {
    document.title = `${node.label} · ${tour.title}`;
  }, [node.label, tour.title]);

  const searchable = useMemo(() => tourNodes(graph, tour), [graph, tour]);
  const search = useConceptSearch(searchable);
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);

  const move = useCallback((go: () => void) => {
    setOverview(false);
    go();
  }, []);

  // useHref adds the app's base (`/sub/` on a project site), which a new window needs.
  const speakerHref = useHref(
    paths.speaker.href(graph.mapId, route.step, { revealAll: route.revealAll }),
  );
  const openSpeakerView = () => {
    const url = new URL(speakerHref, window.location.href).href;
    const opened = window.open(url, `musubi-speaker-${graph.mapId}`, 'popup,width=1100,height=760');
    setSpeakerLink(opened ? null : url);
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  useCommands(
    'present',
    {
      next: () => move(route.next),
      previous: () => move(route.previous),
      first: () => move(route.first),
      last: () => move(route.last),
      blackout: () => setBlackout(true),
      fullscreen: toggleFullscreen,
      overview: () => setOverview((on) => !on),
      overviewOrLeave: () => {
        if (overview) void navigate(paths.node.href(graph.mapId, node.id));
        else setOverview(true);
      },
      goTo: () => setOverlay('goto'),
      speakerView: openSpeakerView,
      reveal: route.toggleReveal,
      search: () => setOverlay('goto'),
      ...camera,
      help: () => setOverlay('help'),
      theme: toggleTheme,
      language: toggleLanguage,
    },
    overlay === 'none' && !blackout,
  );

  return (
    <main
      className={`presentation ${overview ? 'is-overview' : ''}`}
      aria-label={t('present.region')}
      data-step={index + 1}
    >
      <div className="presentation-map">
        <ConceptMap
          bundle={bundle}
          selected={node.id}
          visible={visible}
          theme="contrast"
          onSelect={() => undefined}
          handleRef={handleRef}
          label={visible === null ? t('present.mapAll') : t('present.map')}
        />
      </div>
      {overview ? (
        <p className="presentation-overview-note" role="status">
          {t('present.overview')}
        </p>
      ) : (
        <div className="presentation-card">
          <p className="presentation-tour-title">{tour.title}</p>
          <ConceptCard node={node} headingId={cardHeadingId} />
        </div>
      )}
      <footer className="presentation-footer">
        <StepProgress index={index} total={tour.steps.length} />
      </footer>
      {speakerLink ? (
        <div className="presentation-notice" role="alert">
          <p>{t('present.popupBlocked')}</p>
          <p>
            <a href={speakerLink} target="_blank" rel="noopener">
              {t('present.openSpeaker')}
            </a>{' '}
            <button type="button" className="button" onClick={() => setSpeakerLink(null)}>
              {t('present.dismiss')}
            </button>
          </p>
        </div>
      ) : null}
      {blackout ? (
        <div className="presentation-blackout" role="status" data-testid="blackout">
          <span className="visually-hidden">{t('present.blackout')}</span>
        </div>
      ) : null}
      <StepOverlays
        overlay={overlay}
        search={search}
        nodesById={nodesById}
        screen="present"
        onGoTo={(id) => move(() => route.goToStep({ tour: route.tourName, id }))}
        onClose={() => setOverlay('none')}
      />
    </main>
  );
}
