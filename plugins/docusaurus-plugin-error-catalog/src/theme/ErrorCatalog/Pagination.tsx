import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {PaginationData} from '../../pageData';
import styles from './styles.module.css';
import paginationStyles from './Pagination.module.css';

/** Pages to offer: the first, the last, and two on each side of the current one; null marks a gap. */
function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/** "Previous" or "Next": a link, or shown disabled at either end of the list. */
function StepLink({to, rel, children}: {to: string | undefined; rel: 'prev' | 'next'; children: React.ReactNode}): React.JSX.Element {
  return (
    <li className={`pagination__item${to ? '' : ' pagination__item--disabled'}`}>
      {to ? (
        <Link className="pagination__link" to={to} rel={rel} {...(rel === 'next' ? {'data-next': true} : {})}>
          {children}
        </Link>
      ) : (
        <span className="pagination__link">{children}</span>
      )}
    </li>
  );
}

/** "Codes 201–400 of 1,000" and links to every page of a long list; nothing when the list fits on one page. */
export default function Pagination({pagination}: {pagination: PaginationData}): React.JSX.Element | null {
  const {page, permalinks, from, to, total} = pagination;
  if (permalinks.length === 1) return null;
  const prev = permalinks[page - 2];
  const next = permalinks[page];
  return (
    <nav
      className={paginationStyles.pagination}
      aria-label={translate({id: 'errorCatalog.pagination.label', message: 'Pages of this list'})}
      data-pagination={`${page}/${permalinks.length}`}>
      <Head>
        {prev && <link rel="prev" href={prev} />}
        {next && <link rel="next" href={next} />}
      </Head>
      <p className={styles.muted} data-range>
        <Translate id="errorCatalog.pagination.range" values={{from, to, total}}>
          {'Codes {from}–{to} of {total}'}
        </Translate>
      </p>
      <ul className="pagination">
        <StepLink to={prev} rel="prev">
          <Translate id="errorCatalog.pagination.previous">Previous</Translate>
        </StepLink>
        {pageWindow(page, permalinks.length).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="pagination__item pagination__item--disabled" aria-hidden="true">
              <span className="pagination__link">…</span>
            </li>
          ) : (
            <li key={n} className={`pagination__item${n === page ? ' pagination__item--active' : ''}`}>
              <Link className="pagination__link" to={permalinks[n - 1]!} aria-current={n === page ? 'page' : undefined}>
                {n}
              </Link>
            </li>
          ),
        )}
        <StepLink to={next} rel="next">
          <Translate id="errorCatalog.pagination.next">Next</Translate>
        </StepLink>
      </ul>
    </nav>
  );
}

/** The page title of a list page after the first: "Rate limits (page 2 of 5)", so no two pages share a title. */
export function pagedTitle(title: string, {page, permalinks}: PaginationData): string {
  return page === 1
    ? title
    : translate(
        {id: 'errorCatalog.pagination.title', message: '{title} (page {page} of {pages})'},
        {title, page, pages: permalinks.length},
      );
}
