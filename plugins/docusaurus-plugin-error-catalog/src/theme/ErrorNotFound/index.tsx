import React, {useEffect, useState} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import {PageMetadata} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import type {LookupName} from '../../pageData';
import styles from '../ErrorCatalog/styles.module.css';
import ErrorSearch from '../ErrorSearch';
import {codeNames} from '../ErrorSearch/data';
import {exactCode, nearestCodes} from './nearest';
import CodeName from '../ErrorCatalog/CodeName';

/** The attribute that tells hydration the host served this page, not the site's generic 404.html. */
export const unknownCodeMarker = 'data-unknown-code-page';

/**
 * Shown for an unknown URL under the error reference. Without `query` it is the static page a host serves for any
 * unknown URL there (404.html); in the browser it names the code and offers the nearest ones.
 */
export default function ErrorNotFound({query, indexPermalink}: {query?: string; indexPermalink: string}): React.JSX.Element {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [suggestions, setSuggestions] = useState<LookupName[] | undefined>();
  const history = useHistory();
  const {hash} = useLocation();
  useEffect(() => {
    if (query === undefined) return undefined;
    let cancelled = false;
    void codeNames().then((names) => {
      if (cancelled) return;
      // A name or a spelling of a code is an alias: the build writes redirect pages for those, this covers `docusaurus start`.
      const exact = exactCode(query, names);
      if (exact) history.replace(exact.permalink + hash);
      else setSuggestions(nearestCodes(query, names));
    });
    return () => {
      cancelled = true;
    };
  }, [query, hash, history]);

  const title =
    query === undefined
      ? translate({id: 'errorCatalog.notFound.staticTitle', message: 'No error code has this address'})
      : translate({id: 'errorCatalog.notFound.title', message: 'There is no error code {code}'}, {code: query});
  return (
    // No search result: it is a page for every address that has none.
    <main className={styles.page} {...{[unknownCodeMarker]: ''}} data-unknown-code={query} data-pagefind-ignore="all">
      <PageMetadata title={title} />
      {/* Not a page of the reference: out of sitemaps and search engines. */}
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <Heading as="h1">
        {query === undefined ? (
          title
        ) : (
          <Translate id="errorCatalog.notFound.title" values={{code: <code>{query}</code>}}>
            {'There is no error code {code}'}
          </Translate>
        )}
      </Heading>
      <p className={styles.lead}>
        {query === undefined ? (
          <Translate id="errorCatalog.notFound.staticExplanation">
            This address names no code in the catalog. Check the link for typos, paste the code or the error message below, or browse all
            codes.
          </Translate>
        ) : (
          <Translate id="errorCatalog.notFound.explanation">
            This code is not in the catalog. Check it for typos, or pick one of the nearest codes below.
          </Translate>
        )}
      </p>
      <ErrorSearch locale={locale} />
      {suggestions && (
        <section className={styles.section}>
          <Heading as="h2" id="nearest-codes">
            <Translate id="errorCatalog.notFound.nearest">Nearest codes</Translate>
          </Heading>
          <ul className={styles.related} data-suggestions>
            {suggestions.map((s) => (
              <li key={s.permalink}>
                <Link to={s.permalink}>
                  <CodeName code={s.code} name={s.name} />
                </Link>{' '}
                <span className={styles.muted}>{s.title}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to={indexPermalink}>
          <Translate id="errorCatalog.notFound.index">Browse all error codes</Translate>
        </Link>
      </p>
    </main>
  );
}
