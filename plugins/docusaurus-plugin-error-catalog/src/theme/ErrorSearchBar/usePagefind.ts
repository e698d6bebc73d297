/** Pagefind's full-text search of the current locale's pages, for the navbar box and the paste box's no-match answer. */
import {useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {isUnspaced} from 'docusaurus-plugin-error-catalog/match';

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: {title?: string; code?: string; name?: string; status?: string; message?: string};
}

interface Pagefind {
  options(options: {baseUrl: string}): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{results: {data(): Promise<PagefindResult>}[]} | null>;
}

/** Pagefind's client, built with the site: absent in `docusaurus start`. */
async function loadPagefind(baseUrl: string): Promise<Pagefind | undefined> {
  try {
    const pagefind = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({baseUrl});
    return pagefind;
  } catch {
    return undefined;
  }
}

const noResults: PagefindResult[] = [];

/**
 * The first results for a query (none for an empty one); `searched` once they are this query's, `unavailable` where
 * the site has no index.
 */
export function usePagefind(query: string, limit: number): {results: PagefindResult[]; searched: boolean; unavailable: boolean} {
  const baseUrl = useBaseUrl('/');
  const pagefind = useRef<Promise<Pagefind | undefined> | undefined>(undefined);
  const [found, setFound] = useState<{query: string; results: PagefindResult[]}>({query: '', results: []});
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    if (!query.trim()) return;
    let cancelled = false;
    void (async () => {
      pagefind.current ??= loadPagefind(baseUrl);
      const client = await pagefind.current;
      if (!client) {
        setUnavailable(true);
        return;
      }
      let search = await client.debouncedSearch(query, {}, 150);
      // Pagefind sometimes loads the wrong index chunk for a whole Japanese or Chinese compound (バーストリミッター finds
      // nothing while バーストリミッタ finds its pages), depending on where the build's chunk boundaries fall.
      if (search && search.results.length === 0 && isUnspaced(query) && query.trim().length > 2)
        search = await client.debouncedSearch(query.trim().slice(0, -1), {}, 0);
      if (!search || cancelled) return;
      const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
      // Pagefind names a page by its file (errors/2002.html); the site's routes have no .html.
      if (!cancelled) setFound({query, results: data.map((r) => ({...r, url: r.url.replace(/\.html$/, '')}))});
    })();
    return () => {
      cancelled = true;
    };
  }, [query, baseUrl, limit]);

  // While a new query runs, the last results stay, as they do in most search boxes.
  return {results: query.trim() ? found.results : noResults, searched: query.trim() !== '' && found.query === query, unavailable};
}
