import React, {useEffect, useId, useRef, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

interface PagefindResult {
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

/**
 * Full-text search of the current locale's pages, in the navbar. Error pages
 * show their code, name, status and message. `/` focuses it; arrows, Enter and
 * Escape work in the list. Put it in a site with `src/theme/SearchBar.tsx`:
 * `export {default} from '@theme/ErrorSearchBar';`.
 */
export default function ErrorSearchBar(): React.JSX.Element {
  const baseUrl = useBaseUrl('/');
  const history = useHistory();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const pagefind = useRef<Promise<Pagefind | undefined> | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<'idle' | 'unavailable'>('idle');

  useEffect(() => {
    const focus = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA'].includes(target.tagName) && !target.isContentEditable) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', focus);
    return () => document.removeEventListener('keydown', focus);
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      setResults([]);
      return;
    }
    let cancelled = false;
    void (async () => {
      pagefind.current ??= loadPagefind(baseUrl);
      const client = await pagefind.current;
      if (!client) {
        setState('unavailable');
        return;
      }
      const search = await client.debouncedSearch(query, {}, 150);
      if (!search || cancelled) return;
      const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
      if (!cancelled) {
        // Pagefind names a page by its file (errors/2002.html); the site's routes have no .html.
        setResults(data.map((r) => ({...r, url: r.url.replace(/\.html$/, '')})));
        setActive(0);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [query, baseUrl]);

  const go = (result: PagefindResult | undefined) => {
    if (!result) return;
    setQuery('');
    history.push(result.url);
  };

  const open = query.trim() !== '';
  return (
    <div className={styles.searchBar} role="search">
      <input
        ref={input}
        type="search"
        className={styles.input}
        placeholder={translate({id: 'errorCatalog.searchBar.placeholder', message: 'Search'})}
        aria-label={translate({id: 'errorCatalog.searchBar.label', message: 'Search the docs'})}
        aria-controls={`${id}-results`}
        aria-expanded={open}
        aria-activedescendant={open && results.length ? `${id}-${active}` : undefined}
        role="combobox"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') go(results[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul id={`${id}-results`} role="listbox" className={styles.results} data-search-bar-results>
          {state === 'unavailable' && (
            <li className={styles.note}>
              <Translate id="errorCatalog.searchBar.unavailable">Search works in the built site (npm run build).</Translate>
            </li>
          )}
          {results.map((r, i) => (
            <li
              key={r.url}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.active : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                go(r);
              }}
              data-search-bar-result={r.meta.code ?? r.url}>
              {r.meta.code ? (
                <>
                  <span className={styles.title}>
                    <code>{r.meta.code}</code> {r.meta.name} <span className={styles.status}>{r.meta.status}</span>
                  </span>
                  <span className={styles.detail}>{r.meta.message}</span>
                </>
              ) : (
                <>
                  <span className={styles.title}>{r.meta.title}</span>
                  <span className={styles.detail} dangerouslySetInnerHTML={{__html: r.excerpt}} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
