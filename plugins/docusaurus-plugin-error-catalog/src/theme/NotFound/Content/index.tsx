import React from 'react';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import InitialContent from '@theme-init/NotFound/Content';
import type {Props} from '@theme/NotFound/Content';
import ErrorNotFound from '../../ErrorNotFound';

/** Unknown URLs under the error reference get code suggestions; all others the theme's page. */
export default function NotFoundContent(props: Props): React.JSX.Element {
  const {routeBase} = usePluginData('docusaurus-plugin-error-catalog') as {routeBase: string};
  const {pathname} = useLocation();
  const prefix = `${routeBase}/`;
  // A host serves /404.html, rendered for no code: hydrate what it holds, then say which code is unknown. Rendering
  // the code's answer straight away would differ from the served HTML (React error #418).
  const isBrowser = useIsBrowser();
  if (isBrowser && pathname.startsWith(prefix)) {
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
