import React from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import renderRoutes from '@docusaurus/renderRoutes';
import {useLocation} from '@docusaurus/router';
import ErrorPageContent from '@theme/ErrorPageContent';
import Layout from '@theme/Layout';
import type {RouteConfigComponentProps} from 'react-router-config';

/**
 * Renders the matching child route of the error reference; each group's last route is the not-found page (see
 * routes.ts). No Suspense boundary here: a static host answers an unknown URL with 404.html, rendered without one, and
 * hydration must find the same tree. Code pages hold their own (ErrorCodePage). If a page fails, the theme's error
 * page says why and offers to try again; a new URL starts over.
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
      {renderRoutes(route?.routes ?? [])}
    </ErrorBoundary>
  );
}
