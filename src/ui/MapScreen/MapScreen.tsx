import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import type { ConceptTexts, MapBundle } from '../../graph/map-bundle';
import type { ConceptGraph, ConceptNode, NodeId } from '../../notes/concepts/model';
import { defaultTour } from '../../notes/concepts/tour';
import { parseMapView, type Depth, type MapViewOptions } from '../../routes/depth';
import { readParam } from '../../routes/params';
import { paths } from '../../routes/paths';
import { useCommands } from '../commands/useCommands';
import { ConceptMap } from '../ConceptMap/ConceptMap';
import { Legend } from '../ConceptMap/Legend';
import { visibleConcepts } from '../ConceptMap/neighbourhood';
import { MapFilterPanel } from '../ConceptMap/MapFilterPanel';
import { Preview, usePreview } from '../ConceptMap/Preview';
import { ExportMenu } from '../ConceptMap/ExportMenu';
import { LayoutControls, useLayoutEditing } from '../ConceptMap/LayoutControls';
import { ZoomControls } from '../ConceptMap/ZoomControls';
import { HelpDialog } from '../Help/HelpDialog';
import { useI18n } from '../i18n/I18nProvider';
import { Outline } from '../Outline/Outline';
import { ProblemsPanel } from '../Problems/ProblemsPanel';
import { useConceptSearch } from '../Search/useConceptSearch';
import { SearchDialog } from '../Search/SearchDialog';
import { useTheme } from '../Theme/ThemeProvider';
import { Header } from './Header';
import { MapViewContext } from './map-view';
import type { MapView } from './map-view';
import { resolveNode } from './resolve-node';
import { SidePanel } from './SidePanel';
import { useCameraActions } from '../ConceptMap/camera-actions';
import { StudyControls } from '../Study/StudyControls';
import { useKnowledgeOverlay } from '../Study/useKnowledgeOverlay';

type Overlay = 'none' | 'search' | 'help';

const NO_NODES: readonly ConceptNode[] = [];

/** How long a big map waits, at most, for an idle moment before loading its texts. */
const TEXTS_IDLE_TIMEOUT_MS = 5_000;

/**
 * The map's graph: a big map's skeleton with the seam to its texts (`texts`) until every text
 * has loaded — once the page is idle after opening, or at once when `wanted` — then the whole
 * graph (and `texts` null). A map that is not in parts is whole from the start.
 */
function useWholeGraph(
  bundle: MapBundle,
  wanted: boolean,
): { graph: ConceptGraph; texts: ConceptTexts | null } {
  const [whole, setWhole] = useState<{ of: MapBundle; graph: ConceptGraph } | null>(null);
  const [idle, setIdle] = useState(false);
  const texts = bundle.texts ?? null;
  useEffect(() => {
    if (!texts) return;
    const requestIdle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined;
    if (!requestIdle) {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdle(() => setIdle(true), { timeout: TEXTS_IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [texts]);
  useEffect(() => {
    if (!texts || !(wanted || idle)) return;
    let current = true;
    texts.graph().then(
      (graph) => {
        // A transition: React renders the screen again in slices, so the swap is no long task.
        if (current) startTransition(() => setWhole({ of: bundle, graph }));
      },
      // Offline: the skeleton stays, texts still load one concept at a time when they can.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [bundle, texts, wanted, idle]);
  if (whole?.of === bundle) return { graph: whole.graph, texts: null };
  return { graph: bundle.graph, texts };
}

/**
 * One map: header, canvas (or outline), side panel, dialogs. What is selected and how deep the
 * local graph goes come from the URL (`/:map/node/:id?depth=1`); the rest is local state.
 */
export function MapScreen({ bundle }: { bundle: MapBundle }) {
  const { t } = useI18n();
  const { theme, toggleTheme } = useTheme();
  const { toggleLanguage } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const options = useMemo(() => parseMapView(location.search), [location.search]);
  const { depth, outline: outlineOpen, filters } = options;
  const handleRef = useRef<ConceptMapHandle | null>(null);
  const camera = useCameraActions(handleRef);
  const [problemsOpen, setProblemsOpen] = useState(false);
  const preview = usePreview();
  const layoutEditing = useLayoutEditing(
    bundle.graph.mapId,
    handleRef,
    (bundle.pinned ?? []).length > 0,
  );
  const [overlay, setOverlay] = useState<Overlay>('none');
  // A big map opens on its skeleton (issue 15); its texts follow when the page is idle, or at
  // once when search or the knowledge overlay needs them.
  const [searched, setSearched] = useState(false);
  if (overlay === 'search' && !searched) setSearched(true);
  const wanted = searched || options.overlay === 'knowledge';
  const { graph, texts } = useWholeGraph(bundle, wanted);

  const askedId = params.id === undefined ? null : readParam(params.id);
  const resolution = useMemo(() => resolveNode(graph, askedId), [graph, askedId]);
  const selected =
    resolution.kind === 'found' || resolution.kind === 'redirect' ? resolution.node : null;
  const selectedId = selected?.id ?? null;

  // Once per graph, not per selection: a big map has thousands of concepts.
  const nodesById = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph]);
  const view = useMemo<MapView>(() => {
    const hrefOf = (id: NodeId | null, view: MapViewOptions) =>
      id === null ? paths.map.href(graph.mapId, view) : paths.node.href(graph.mapId, id, view);
    return {
      graph,
      nodesById,
      texts,
      depth,
      options,
      nodeHref: (id) => hrefOf(id, options),
      mapHref: () => hrefOf(null, options),
      viewHref: (changes) => hrefOf(selectedId, { ...options, ...changes }),
      pulse: (id) => handleRef.current?.pulse(id),
    };
  }, [graph, nodesById, texts, depth, options, selectedId]);
  const firstStep = useMemo(() => defaultTour(graph).steps[0] ?? null, [graph]);
  const presentFrom = selectedId ?? firstStep;
  const presentHref = presentFrom
    ? paths.present.href(graph.mapId, { tour: null, id: presentFrom })
    : null;
  // The search index of a big map is built when the reader first searches, not while it opens.
  const search = useConceptSearch(bundle.texts && !searched ? NO_NODES : graph.nodes);
  const visible = useMemo(
    () => visibleConcepts(graph, selectedId, depth, filters),
    [graph, selectedId, depth, filters],
  );

  useEffect(() => {
    document.title = selected ? `${selected.label} — ${graph.title}` : graph.title;
  }, [selected, graph.title]);

  // ConceptMap reads this through a ref, so it needs no memoising.
  const select = (id: NodeId | null) => {
    if (id === selectedId) return;
    navigate(id ? view.nodeHref(id) : view.mapHref());
  };

  const setDepth = (next: Depth) => {
    if (selectedId) navigate(view.viewHref({ depth: next }));
  };

  // The outline is a view of its own, with its own URL (`?view=outline`).
  const toggleOutline = () => navigate(view.viewHref({ outline: !outlineOpen }));

  useKnowledgeOverlay(handleRef, graph);

  useCommands(
    'map',
    {
      search: () => setOverlay('search'),
      help: () => setOverlay('help'),
      theme: toggleTheme,
      language: toggleLanguage,
      ...camera,
      outline: toggleOutline,
      problems: () => setProblemsOpen((open) => !open),
      clearSelection: () => select(null),
      depth1: () => setDepth(1),
      depth2: () => setDepth(2),
      depthAll: () => setDepth('all'),
    },
    overlay === 'none',
  );

  // An alias or another spelling in the URL: show the node now, and replace the URL with its
  // own id so history and shared links hold the canonical one.
  const redirectTo =
    resolution.kind === 'redirect'
      ? paths.node.href(graph.mapId, resolution.node.id, options)
      : null;
  useEffect(() => {
    if (redirectTo) navigate(redirectTo, { replace: true });
  }, [redirectTo, navigate]);

  return (
    <MapViewContext.Provider value={view}>
      <div className="map-screen">
        <Header
          title={graph.title}
          outlineOpen={outlineOpen}
          onSearch={() => setOverlay('search')}
          onToggleOutline={toggleOutline}
          onHelp={() => setOverlay('help')}
          diagnostics={graph.diagnostics}
          problemsOpen={problemsOpen}
          onToggleProblems={() => setProblemsOpen((open) => !open)}
          presentHref={presentHref}
          handoutHref={paths.handout.href(graph.mapId)}
        />
        <main className="map-main">
          <div className="map-stage">
            <div className={outlineOpen ? 'map-canvas-wrap is-hidden' : 'map-canvas-wrap'}>
              <ConceptMap
                bundle={bundle}
                selected={selectedId}
                visible={visible}
                hiddenRelations={filters.hiddenRelations}
                theme={theme}
                onSelect={select}
                onPreview={preview.show}
                onMoved={layoutEditing.onMoved}
                handleRef={handleRef}
                label={t('map.canvas')}
              />
              <ZoomControls handleRef={handleRef} />
              <div className="map-toolbar">
                <Legend theme={theme} />
                <MapFilterPanel />
                <ExportMenu handleRef={handleRef} mapId={graph.mapId} />
                <StudyControls theme={theme} />
                <LayoutControls
                  saving={layoutEditing.saving}
                  showReset={layoutEditing.showReset}
                  onReset={layoutEditing.reset}
                />
              </div>
              <Preview target={preview.target} />
            </div>
            {outlineOpen ? <Outline selected={selectedId} /> : null}
            {problemsOpen ? <ProblemsPanel onClose={() => setProblemsOpen(false)} /> : null}
          </div>
          <SidePanel resolution={resolution} onClose={() => select(null)} />
        </main>
        <p className="visually-hidden" role="status" aria-live="polite">
          {selected ? t('map.selected', { label: selected.label }) : ''}
        </p>
        {overlay === 'search' ? (
          <SearchDialog
            search={search}
            nodesById={view.nodesById}
            onClose={() => setOverlay('none')}
            onPick={(id) => {
              setOverlay('none');
              navigate(view.nodeHref(id));
            }}
          />
        ) : null}
        {overlay === 'help' ? <HelpDialog screen="map" onClose={() => setOverlay('none')} /> : null}
      </div>
    </MapViewContext.Provider>
  );
}
