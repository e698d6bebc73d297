import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import type {LookupName} from '../../pageData';
import styles from '../ErrorCatalog/styles.module.css';
import ErrorSearch from '../ErrorSearch';
import {codeNames} from '../ErrorSearch/data';
import {exactCode, nearestCodes} from './nearest';

/** Shown for an unknown URL under the error reference: says so, and offers the nearest codes. */
export default function ErrorNotFound({query, indexPermalink}: {query: string; indexPermalink: string}): React.JSX.Element {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [suggestions, setSuggestions] = useState<LookupName[] | undefined>();
  const history = useHistory();
  const {hash} = useLocation();
  useEffect(() => {
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

  return (
    <main className={styles.page} data-unknown-code={query}>
      <Heading as="h1">
        <Translate id="errorCatalog.notFound.title" values={{code: <code>{query}</code>}}>
          {'There is no error code {code}'}
        </Translate>
      </Heading>
      <p className={styles.lead}>
        <Translate id="errorCatalog.notFound.explanation">
          This code is not in the catalog. Check it for typos, or pick one of the nearest codes below.
        </Translate>
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
                  <code>{s.code}</code> {s.name}
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
