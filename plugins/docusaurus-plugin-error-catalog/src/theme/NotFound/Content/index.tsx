import React, {useState} from 'react';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import InitialContent from '@theme-init/NotFound/Content';
import type {Props} from '@theme/NotFound/Content';
import type {ErrorCatalogGlobalData} from '../../../pageData';
import ErrorNotFound, {unknownCodeMarker} from '../../ErrorNotFound';

/** A path segment as typed; a malformed escape (`%E0`) stays as it is. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Unknown URLs under the error reference get the unknown-code page; all others the theme's page. */
export default function NotFoundContent(props: Props): React.JSX.Element {
  const {routeBase, unknownCodePath} = usePluginData('docusaurus-plugin-error-catalog') as ErrorCatalogGlobalData;
  const {pathname} = useLocation();
  const prefix = `${routeBase}/`;
  const underReference = pathname.startsWith(prefix);
  const query = underReference ? decoded(pathname.slice(prefix.length).replace(/\/+$/, '')) : '';
  // Hydration must render what the host served: the reference's own 404.html (which has the marker) or the site's
  // /404.html. Only after it, in the browser, is the unknown code named (else React error #418).
  const [servedUnknownCodePage] = useState(() =>
    typeof document === 'undefined' ? underReference : document.querySelector(`[${unknownCodeMarker}]`) !== null,
  );
  const isBrowser = useIsBrowser();
  if (underReference && (isBrowser || servedUnknownCodePage)) {
    return <ErrorNotFound query={isBrowser && pathname !== unknownCodePath ? query : undefined} indexPermalink={routeBase} />;
  }
  // 404.html is not a result for any search.
  return (
    <div data-pagefind-ignore="all">
      <InitialContent {...props} />
    </div>
  );
}
