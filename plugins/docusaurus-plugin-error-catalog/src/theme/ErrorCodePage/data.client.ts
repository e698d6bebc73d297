/**
 * Code page data in the browser: fetched from the JSON files that the build
 * emitted (codePageData.ts) and kept for the session, by URL. The URL names the
 * data's content hash, so after a catalog edit in `npm start` the page asks for
 * a new one. The plugin aliases `@error-catalog/code-page-data` here in the
 * browser build.
 */
const pages = new Map<string, {data: unknown} | {error: Error}>();
const loading = new Map<string, Promise<void>>();
/** Each route's latest data, by file: what its page keeps showing while a catalog edit's new file loads. */
const latest = new Map<string, unknown>();

function load(file: string, url: string): Promise<void> {
  const request = fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`Could not load this error's data: ${response.status} ${response.statusText} (${url})`);
      const data: unknown = await response.json();
      pages.set(url, {data});
      latest.set(file, data);
    })
    .catch((error: Error) => void pages.set(url, {error}));
  loading.set(url, request);
  return request;
}

/**
 * The data at `url`, or suspends while it is fetched; while hydrating, React keeps the server's HTML until it arrives.
 * After a catalog edit in `npm start`, the route's data moves to a new URL: suspending then would swap the page for
 * the loading screen, which React keeps up for at least 300 ms, so the route's previous data is returned with the
 * fetch of the new (`next`).
 */
export function readCodePage(file: string, url: string): {data: unknown; next?: Promise<void>} {
  const page = pages.get(url);
  if (!page) {
    const request = loading.get(url) ?? load(file, url);
    if (latest.has(file)) return {data: latest.get(file), next: request};
    throw request;
  }
  if ('error' in page) {
    // Forgotten once reported, so the error page's "Try again" fetches again.
    pages.delete(url);
    loading.delete(url);
    throw page.error;
  }
  return {data: page.data};
}

/**
 * The page hydrates with its data, never waiting for it: an update that reaches a code page still waiting (the
 * theme's "is browser" state, set right after hydrating) makes React drop the server's HTML and render the page
 * anew, blank meanwhile. The page's head preloads its file; this module resolves only once that file is read, and
 * Docusaurus hydrates only once the page's modules have resolved.
 */
const preload = document.querySelector('link[rel="preload"][data-error-code-page]');
const preloaded = preload && {file: preload.getAttribute('data-error-code-page')!, url: preload.getAttribute('href')!};
if (preloaded && !pages.has(preloaded.url)) await (loading.get(preloaded.url) ?? load(preloaded.file, preloaded.url));
