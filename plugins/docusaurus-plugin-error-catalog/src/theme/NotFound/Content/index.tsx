import React from 'react';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import InitialContent from '@theme-init/NotFound/Content';
import type {Props} from '@theme/NotFound/Content';
import ErrorNotFound from '../../ErrorNotFound';

/** Unknown URLs under the error reference get code suggestions; all others the theme's page. */
export default function NotFoundContent(props: Props): React.JSX.Element {
  const {routeBase} = usePluginData('docusaurus-plugin-error-catalog') as {routeBase: string};
  const {pathname} = useLocation();
  const prefix = `${routeBase}/`;
  if (pathname.startsWith(prefix)) {
    const query = decodeURIComponent(pathname.slice(prefix.length).replace(/\/+$/, ''));
    return <ErrorNotFound query={query} indexPermalink={routeBase} />;
  }
  // 404.html is not a result for any search.
  return (
    <div data-pagefind-ignore="all">
      <InitialContent {...props} />
    </div>
  );
}
