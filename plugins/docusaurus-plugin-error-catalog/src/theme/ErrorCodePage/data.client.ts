/**
 * Code page data in the browser: fetched from the JSON files that the build
 * emitted (codePageData.ts) and kept for the session. The plugin aliases
 * `@error-catalog/code-page-data` here in the browser build.
 */
import files from '@error-catalog/code-pages';

const pages = new Map<string, {data: unknown} | {error: Error}>();
const loading = new Map<string, Promise<void>>();

function load(file: string, baseUrl: string): Promise<void> {
  const url = `${baseUrl}${files.url}/${file}`;
  const request = fetch(url)
    .then(async (response) => {
      if (!response.ok) throw new Error(`Could not load this error's data: ${response.status} ${response.statusText} (${url})`);
      pages.set(file, {data: await response.json()});
    })
    .catch((error: Error) => void pages.set(file, {error}));
  loading.set(file, request);
  return request;
}

/** The data, or suspends while it is fetched; while hydrating, React keeps the server's HTML until it arrives. */
export function readCodePage(file: string, baseUrl: string): unknown {
  const page = pages.get(file);
  if (!page) throw loading.get(file) ?? load(file, baseUrl);
  if ('error' in page) {
    // Forgotten once reported, so the error page's "Try again" fetches again.
    pages.delete(file);
    loading.delete(file);
    throw page.error;
  }
  return page.data;
}
