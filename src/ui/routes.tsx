import type { RouteObject } from 'react-router';
import { RouteError } from './Errors/RouteError';
import { LocalMapsContext, type LocalMapsServices } from './LocalMaps/local-maps-context';
import { MapList } from './MapList/MapList';
import { MapRoute } from './MapScreen/MapRoute';
import { PageNotFound } from './NotFound/PageNotFound';
import { CanonicalPath } from './CanonicalPath';
import { localPattern, paths } from '../routes/paths';

/**
 * The route tree, matching the registry in paths.ts. The map route owns the screen; its
 * children only name what is selected, so moving between nodes never remounts the canvas.
 *
 * Maps opened in the browser (`local`: IndexedDB and the build worker, src/ui/LocalMaps) get the
 * very same map routes one segment down, `/local/<name>/…`, inside a scope that reads their map
 * from the browser; they come first, so `/local/<name>` never reads as a bundled map's route.
 */
export function createAppRoutes(local: LocalMapsServices | null = null): RouteObject[] {
  return [
    {
      path: paths.home.pattern,
      element: (
        <LocalMapsContext.Provider value={local}>
          <CanonicalPath />
        </LocalMapsContext.Provider>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <MapList /> },
        { path: paths.local.pattern, lazy: localMapsRoute },
        {
          lazy: localScopeRoute,
          children: mapRoutes().map((route) => ({ ...route, path: localPattern(route.path!) })),
        },
        ...mapRoutes(),
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ];
}

/** The routes of one map, bundled or opened in the browser. */
function mapRoutes(): RouteObject[] {
  return [
    {
      path: paths.map.pattern,
      element: <MapRoute />,
      children: [
        { index: true, element: null },
        { path: paths.node.childPattern, element: null },
      ],
    },
    // Presenting, the speaker view, the handout and studying are whole screens of their own (no
    // explorer around them), so they are siblings of the map route, not its children;
    // their static `present`/`speaker`/`handout`/`study` segment outranks the map route's `:map`.
    // Each is loaded when first visited: people open the explorer far more often.
    { path: paths.present.pattern, lazy: presentRoute },
    { path: paths.present.tourPattern, lazy: presentRoute },
    { path: paths.speaker.pattern, lazy: speakerRoute },
    { path: paths.speaker.tourPattern, lazy: speakerRoute },
    { path: paths.handout.pattern, lazy: handoutRoute },
    { path: paths.handout.tourPattern, lazy: handoutRoute },
    { path: paths.study.pattern, lazy: studyRoute },
    { path: paths.study.cardPattern, lazy: studyRoute },
  ];
}

const presentRoute = async () => ({
  Component: (await import('./Presentation/PresentRoute')).PresentRoute,
});
const speakerRoute = async () => ({
  Component: (await import('./Speaker/SpeakerRoute')).SpeakerRoute,
});
const studyRoute = async () => ({
  Component: (await import('./Study/StudyRoute')).StudyRoute,
});
const handoutRoute = async () => ({
  Component: (await import('./Handout/HandoutRoute')).HandoutRoute,
});
const localMapsRoute = async () => ({
  Component: (await import('./LocalMaps/screens')).LocalMapsPage,
});
const localScopeRoute = async () => ({
  Component: (await import('./LocalMaps/screens')).LocalScope,
});
