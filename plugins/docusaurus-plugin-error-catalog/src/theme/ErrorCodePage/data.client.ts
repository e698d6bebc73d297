/**
 * Code page data in the browser: fetched from the JSON files that the build
 * emitted (codePageData.ts) and kept for the session, by URL. The URL names the
 * data's content hash, so after a catalog edit in `npm start` the page asks for
 * a new one. The plugin aliases `@error-catalog/code-page-data` here in the
 * browser build.
 */
const pages = new Map<string, {data: unknown} | {error: Error}>();
const loading = new Map<string, Promise<void>>();

function load(url: string): Promise<void> {
  const request = fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`Could not load this error's data: ${response.status} ${response.statusText} (${url})`);
      pages.set(url, {data: await response.json()});
    })
    .catch((error: Error) => void pages.set(url, {error}));
  loading.set(url, request);
  return request;
}

/** The data at `url`, or suspends while it is fetched; while hydrating, React keeps the server's HTML until it arrives. */
export function readCodePage(_file: string, url: string): unknown {
  const page = pages.get(url);
  if (!page) throw loading.get(url) ?? load(url);
  if ('error' in page) {
    // Forgotten once reported, so the error page's "Try again" fetches again.
    pages.delete(url);
    loading.delete(url);
    throw page.error;
  }
  return page.data;
}

/**
 * The page hydrates with its data, never waiting for it: an update that reaches a code page still waiting (the
 * theme's "is browser" state, set right after hydrating) makes React drop the server's HTML and render the page
 * anew, blank meanwhile. The page's head preloads its file; this module resolves only once that file is read, and
 * Docusaurus hydrates only once the page's modules have resolved.
 */
const preloaded = document.querySelector('link[rel="preload"][data-error-code-page]')?.getAttribute('href');
if (preloaded && !pages.has(preloaded)) await (loading.get(preloaded) ?? load(preloaded));
