import React, {lazy, Suspense} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import renderRoutes from '@docusaurus/renderRoutes';
import {useLocation} from '@docusaurus/router';
import ErrorPageContent from '@theme/ErrorPageContent';
import Layout from '@theme/Layout';
import type {RouteConfigComponentProps} from 'react-router-config';

// Only a URL that names no page needs it, so no code page downloads the not-found page and its search.
const NotFound = lazy(() => import('@theme/NotFound'));

/** What a code page shows while the browser fetches its data after a client-side navigation. */
function Loading(): React.JSX.Element {
  return (
    <Layout>
      <main className="container margin-vert--lg" aria-busy="true" />
    </Layout>
  );
}

function NotFoundPage(): React.JSX.Element {
  return (
    <Suspense fallback={null}>
      <NotFound />
    </Suspense>
  );
}

/**
 * Renders the matching child route of the error reference, or the not-found page for a URL that names no page:
 * a last route without a path matches whatever the others did not, so each URL is matched once.
 * Code pages suspend until their data is fetched (ErrorCodePage/useCodePage.ts); if that fails, the theme's error
 * page says why and offers to try again. A new URL starts over.
 */
export default function ErrorCatalogRoutes({route}: RouteConfigComponentProps): React.JSX.Element {
  const {pathname} = useLocation();
  return (
    <ErrorBoundary
      key={pathname}
      fallback={(params) => (
        <Layout>
          <ErrorPageContent {...params} />
        </Layout>
      )}>
      <Suspense fallback={<Loading />}>{renderRoutes([...(route?.routes ?? []), {component: NotFoundPage}])}</Suspense>
    </ErrorBoundary>
  );
}
