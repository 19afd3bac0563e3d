import type { RouteObject } from 'react-router';
import { RouteError } from '../ui/Errors/RouteError';
import { MapList } from '../ui/MapList/MapList';
import { MapRoute } from '../ui/MapScreen/MapRoute';
import { HandoutRoute } from '../ui/Handout/HandoutRoute';
import { PresentRoute } from '../ui/Presentation/PresentRoute';
import { SpeakerRoute } from '../ui/Speaker/SpeakerRoute';
import { PageNotFound } from '../ui/NotFound/PageNotFound';
import { CanonicalPath } from './CanonicalPath';
import { paths } from './paths';

/**
 * The route tree, matching the registry in paths.ts. The map route owns the screen; its
 * children only name what is selected, so moving between nodes never remounts the canvas.
 */
export function createAppRoutes(): RouteObject[] {
  return [
    {
      path: paths.home.pattern,
      element: <CanonicalPath />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <MapList /> },
        {
          path: paths.map.pattern,
          element: <MapRoute />,
          children: [
            { index: true, element: null },
            { path: paths.node.childPattern, element: null },
          ],
        },
        // Presenting, the speaker view and the handout are whole screens of their own (no
        // explorer around them), so they are siblings of the map route, not its children;
        // their static `present`/`speaker`/`handout` segment outranks the map route's `:map`.
        { path: paths.present.pattern, element: <PresentRoute /> },
        { path: paths.present.tourPattern, element: <PresentRoute /> },
        { path: paths.speaker.pattern, element: <SpeakerRoute /> },
        { path: paths.speaker.tourPattern, element: <SpeakerRoute /> },
        { path: paths.handout.pattern, element: <HandoutRoute /> },
        { path: paths.handout.tourPattern, element: <HandoutRoute /> },
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ];
}
