import React, {useEffect, useId, useRef, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';
import ResultContent from './ResultContent';
import {usePagefind, type PagefindResult} from './usePagefind';

/**
 * Full-text search of the current locale's pages, in the navbar. Error pages
 * show their code, name, status and message. `/` focuses it; arrows, Enter and
 * Escape work in the list. Put it in a site with `src/theme/SearchBar.tsx`:
 * `export {default} from '@theme/ErrorSearchBar';`.
 */
export default function ErrorSearchBar(): React.JSX.Element {
  const history = useHistory();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const {results, unavailable} = usePagefind(query, 8);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [results]);

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
          {unavailable && (
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
              <ResultContent result={r} classes={styles} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
