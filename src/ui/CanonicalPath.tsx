import { Navigate, Outlet, useLocation } from 'react-router';

/**
 * Static hosts answer `/kubernetes/node/pod` with a redirect to `/kubernetes/node/pod/` (the
 * directory holding that concept's page). Both must show the same view, and the address people
 * copy should be one canonical form: so a trailing slash is dropped, keeping query and hash,
 * without adding a history entry.
 */
export function CanonicalPath() {
  const { pathname, search, hash } = useLocation();
  if (pathname.length > 1 && pathname.endsWith('/')) {
    return (
      <Navigate replace to={{ pathname: pathname.replace(/\/+$/, '') || '/', search, hash }} />
    );
  }
  return <Outlet />;
}
