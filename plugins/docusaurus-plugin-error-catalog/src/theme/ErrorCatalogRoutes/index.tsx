import React, {lazy, Suspense} from 'react';
import renderRoutes from '@docusaurus/renderRoutes';
import {matchPath, useLocation} from '@docusaurus/router';
import type {RouteConfigComponentProps} from 'react-router-config';

// Only a URL that names no page needs it, so no code page downloads the not-found page and its search.
const NotFound = lazy(() => import('@theme/NotFound'));

/** Renders the matching child route of the error reference, or the not-found page for a URL that names no page. */
export default function ErrorCatalogRoutes({route}: RouteConfigComponentProps): React.JSX.Element {
  const {pathname} = useLocation();
  const routes = route?.routes ?? [];
  const matched = routes.some((r) => matchPath(pathname, {path: r.path, exact: r.exact, strict: r.strict}));
  return matched ? (
    renderRoutes(routes)
  ) : (
    <Suspense fallback={null}>
      <NotFound />
    </Suspense>
  );
}
