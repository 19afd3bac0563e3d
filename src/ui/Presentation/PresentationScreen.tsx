import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useHref, useNavigate } from 'react-router';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { NodeId } from '../../notes/concepts/model';
import { tourNodes } from '../../notes/concepts/tour';
import { paths } from '../../routes/paths';
import { useCameraActions } from '../ConceptMap/camera-actions';
import { ConceptMap } from '../ConceptMap/ConceptMap';
import { useCommands } from '../commands/useCommands';
import { useI18n } from '../i18n/I18nProvider';
import { useConceptSearch } from '../Search/useConceptSearch';
import { useTheme } from '../Theme/ThemeProvider';
import { revealedAt, stageFrame } from './camera';
import { usePresentText } from './messages';
import { StageCard } from './StageCard';
import { StageControls, useControlsShown } from './StageControls';
import { stageInsets } from './stage-insets';
import { stageStyle } from './stage-theme';
import { useStepSync } from './step-sync';
import { StepOverlays, type StepOverlay } from './StepOverlays';
import { StepProgress } from './StepProgress';
import { TourProblem } from './TourProblem';
import { useBlackout } from './useBlackout';
import { usePresentRoute, type PresentRoute, type Talk } from './usePresentRoute';
import { useStageGestures } from './useStageGestures';
import './stage.css';

/** Nothing on the map: the title stands alone. */
const NOTHING: ReadonlySet<NodeId> = new Set();
/** The map adapter keeps this much space around a frame (create-concept-map.ts FRAME_PADDING). */
const FRAME_MARGIN = 64;

/** `/:map/present/:id` and `/:map/present/:tour/:id`: one press of a talk, for the room. */
export function PresentationScreen({ bundle }: { bundle: MapBundle }) {
  const route = usePresentRoute(bundle.graph, 'present');
  if (!route.talk || route.lookup.kind !== 'step') {
    if (route.lookup.kind === 'step') return null; // unreachable: a step lookup has a talk
    return <TourProblem graph={bundle.graph} lookup={route.lookup} href={route.href} />;
  }
  return <Presenting bundle={bundle} route={route} talk={route.talk} />;
}

interface PresentingProps {
  bundle: MapBundle;
  route: PresentRoute;
  talk: Talk;
}

function Presenting({ bundle, route, talk }: PresentingProps) {
  const { graph, positions } = bundle;
  const { tour, stop } = talk;
  const t = usePresentText();
  const { toggleLanguage } = useI18n();
  const { theme, toggleTheme } = useTheme();
  const navigate = useNavigate();
  const handleRef = useRef<ConceptMapHandle | null>(null);
  const stageRef = useRef<HTMLElement | null>(null);
  const cardRef = useRef<HTMLElement | null>(null);
  const footerRef = useRef<HTMLElement | null>(null);
  const camera = useCameraActions(handleRef);
  const cardHeadingId = useId();
  const [overlay, setOverlay] = useState<StepOverlay>('none');
  const [overview, setOverview] = useState(false);
  const [speakerLink, setSpeakerLink] = useState<string | null>(null);
  const { blackout, setBlackout } = useBlackout();
  const controls = useControlsShown();
  const nodesById = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);

  useStepSync({
    mapId: graph.mapId,
    position: route.position,
    onRemoteStep: (position) => route.goTo(position, { replace: true }),
    onRemoteBlackout: () => setBlackout((on) => !on),
  });

  // What the map shows: the concepts reached so far (progressive reveal), unless `?reveal=all`
  // or the overview; nothing behind the title; everything at the close, the tour emphasised.
  const stepIndex = stop.kind === 'step' ? stop.index : null;
  const reached = useMemo(
    () => (stepIndex === null ? null : revealedAt(tour, stepIndex, nodesById, graph.edges)),
    [tour, stepIndex, nodesById, graph.edges],
  );
  const visible =
    overview || stop.kind === 'end' || (route.revealAll && stop.kind === 'step')
      ? null
      : stop.kind === 'title'
        ? NOTHING
        : reached;
  const selected = stop.kind === 'step' && !overview ? stop.id : null;
  const question = stop.kind === 'step' && stop.question && !overview;

  // After ConceptMap's own effects (children first), so the camera sees the new visibility.
  const frameStage = useCallback(() => {
    const handle = handleRef.current;
    const stage = stageRef.current;
    if (!handle || !stage) return;
    const box = (element: HTMLElement | null) => element?.getBoundingClientRect() ?? null;
    const insets = stageInsets(
      stage.getBoundingClientRect(),
      overview ? null : box(cardRef.current),
      box(footerRef.current),
    );
    handle.setInsets(insets);
    if (overview) {
      handle.fit();
    } else if (stop.kind === 'end') {
      // Everything, so that no concept is cut; the tour's concepts stand out (setEmphasis).
      handle.fit();
    } else if (stop.kind === 'step') {
      const minLabelPx = readableLabelPx(stage);
      const free = {
        width: stage.clientWidth - insets.left - insets.right - 2 * FRAME_MARGIN,
        height: stage.clientHeight - insets.top - insets.bottom - 2 * FRAME_MARGIN,
      };
      // Fitted whole: a readable size never wins over a concept cut by an edge. The labels'
      // size decides how much of the map around the step the frame takes in (stageFrame).
      handle.focus(stageFrame(graph.edges, positions, stop.id, visible, free, minLabelPx));
    }
  }, [overview, stop, graph.edges, positions, visible]);
  useEffect(() => {
    handleRef.current?.setMasked(question && selected ? new Set([selected]) : null);
    handleRef.current?.setEmphasis(stop.kind === 'end' && !overview ? new Set(tour.steps) : null);
    frameStage();
  }, [frameStage, question, selected, stop.kind, overview, tour.steps]);
  const latestFrame = useRef(frameStage);
  useEffect(() => {
    latestFrame.current = frameStage;
  });
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      handleRef.current?.resize();
      latestFrame.current();
    });
    observer.observe(stage);
    return () => observer.disconnect();
  }, []);

  // The tab (and the window list a presenter picks the projector window from) names the step,
  // except when the room is asked for that name.
  const stepNode = stop.kind === 'step' ? nodesById.get(stop.id) : undefined;
  const tabTitle = question ? t('present.question') : (stepNode?.label ?? tour.title);
  useEffect(() => {
    document.title = `${tabTitle} · ${tour.title}`;
  }, [tabTitle, tour.title]);

  const searchable = useMemo(() => tourNodes(graph, tour), [graph, tour]);
  const search = useConceptSearch(searchable);

  const move = useCallback((go: () => void) => {
    setOverview(false);
    go();
  }, []);

  // useHref adds the app's base (`/sub/` on a project site), which a new window needs.
  const speakerHref = useHref(
    paths.speaker.href(graph.mapId, route.position.step, { quiz: route.position.quiz }),
  );
  const openSpeakerView = () => {
    const url = new URL(speakerHref, window.location.href).href;
    const opened = window.open(url, `musubi-speaker-${graph.mapId}`, 'popup,width=1280,height=800');
    setSpeakerLink(opened ? null : url);
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const leave = () =>
    void navigate(
      stepNode ? paths.node.href(graph.mapId, stepNode.id) : paths.map.href(graph.mapId),
    );

  const handlers = {
    next: () => move(route.next),
    previous: () => move(route.previous),
    first: () => move(route.first),
    last: () => move(route.last),
    blackout: () => setBlackout(true),
    fullscreen: toggleFullscreen,
    overview: () => setOverview((on) => !on),
    overviewOrLeave: () => {
      if (overview) leave();
      else setOverview(true);
    },
    goTo: () => setOverlay('goto'),
    leave,
    speakerView: openSpeakerView,
    reveal: route.toggleReveal,
    quiz: route.toggleQuiz,
    search: () => setOverlay('goto'),
    ...camera,
    help: () => setOverlay('help'),
    theme: toggleTheme,
    language: toggleLanguage,
  };
  const listening = overlay === 'none' && !blackout;
  useCommands('present', handlers, listening);
  useStageGestures(handlers, controls.wake, listening);

  const quiz = tour.steps.length > 0 && talk.stops.some((s) => s.kind === 'step' && s.question);
  return (
    <main
      ref={stageRef}
      className={`stage ${overview ? 'is-overview' : ''} is-at-${stop.kind}`}
      style={stageStyle(theme)}
      aria-label={t('present.region')}
      data-stop={talk.at}
    >
      <div className="stage-map">
        <ConceptMap
          bundle={bundle}
          selected={selected}
          visible={visible}
          theme={theme}
          onSelect={() => undefined}
          handleRef={handleRef}
          label={
            stop.kind === 'end'
              ? t('present.mapCovered')
              : visible === null
                ? t('present.mapAll')
                : t('present.map')
          }
        />
      </div>
      {overview ? (
        <p className="stage-overview-note" role="status">
          {t('present.overview')}
        </p>
      ) : (
        <StageCard
          graph={graph}
          nodesById={nodesById}
          tour={tour}
          stop={stop}
          quiz={quiz}
          headingId={cardHeadingId}
          cardRef={cardRef}
        />
      )}
      <footer ref={footerRef} className="stage-footer">
        <StepProgress talk={talk} />
        <StageControls shown={controls.shown} handlers={handlers} />
      </footer>
      {speakerLink ? (
        <div className="stage-notice" role="alert">
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
        <div className="stage-blackout" role="status" data-testid="blackout">
          <span className="visually-hidden">{t('present.blackout')}</span>
        </div>
      ) : null}
      <StepOverlays
        overlay={overlay}
        search={search}
        nodesById={nodesById}
        screen="present"
        onGoTo={(id) => move(() => route.goToStep(id))}
        onClose={() => setOverlay('none')}
      />
    </main>
  );
}

/**
 * The label size a step's concepts are framed at, at least: big enough to read from the back of
 * the room on the screen at hand (about 18px on a 1080p projector, 13px at 768 lines).
 */
function readableLabelPx(stage: HTMLElement): number {
  return Math.min(20, Math.max(12, Math.round(stage.clientHeight / 60)));
}
