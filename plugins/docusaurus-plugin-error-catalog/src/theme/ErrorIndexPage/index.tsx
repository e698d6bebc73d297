import React, {useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {IndexPageData} from '../../pageData';
import {StatusCodesCells} from '../ErrorCatalog/CodeRanges';
import CodeTable from '../ErrorCatalog/CodeTable';
import ErrorSearch from '../ErrorSearch';
import DataTable from '../ErrorCatalog/DataTable';
import GuideLinks from '../ErrorCatalog/GuideLinks';
import {guidesLabel, useGeneratedGuide} from '../ErrorCatalog/guideLabels';
import {HtmlBlock, Text} from '../ErrorCatalog/Localized';
import {formatRange} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import filterStyles from './styles.module.css';
import {Cell, HeaderCell} from '../ErrorCatalog/Cells';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';

function matches(query: string, fields: (string | number)[]): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || fields.some((f) => String(f).toLowerCase().includes(q));
}

export default function ErrorIndexPage({page}: {page: IndexPageData}): React.JSX.Element {
  const generatedGuide = useGeneratedGuide();
  const [query, setQuery] = useState('');
  const hidden = useMemo(
    () =>
      new Set(
        page.categories
          .flatMap((c) => c.codes)
          .filter((c) => !matches(query, [c.code, c.name ?? '', c.status ?? '', c.message.value, c.title.value]))
          .map((c) => c.permalink),
      ),
    [page, query],
  );
  const title = translate({id: 'errorCatalog.index.title', message: '{product} error codes'}, {product: page.product});
  // A catalog with a transport declares the statuses its codes use; one without declares none.
  const hasStatuses = page.statuses.length > 0;
  const statusLabels = useStatusLabels();
  return (
    <Layout
      title={title}
      description={
        hasStatuses
          ? statusLabels.indexDescription({count: page.counts.current, product: page.product})
          : translate(
              {id: 'errorCatalog.index.descriptionByCategory', message: 'All {count} error codes of {product}, by category.'},
              {count: page.counts.current, product: page.product},
            )
      }>
      <ReferenceLayout>
        <main className={styles.page}>
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead} data-testid="code-count">
            <Translate id="errorCatalog.index.summary" values={{count: page.counts.current, categories: page.categories.length}}>
              {'{count} current codes in {categories} categories.'}
            </Translate>{' '}
            {page.counts.deprecated + page.counts.removed > 0 && (
              <Translate id="errorCatalog.index.retired" values={{deprecated: page.counts.deprecated, removed: page.counts.removed}}>
                {'Also listed: {deprecated} deprecated and {removed} removed.'}
              </Translate>
            )}
          </p>

          <ErrorSearch locale={page.locale} />

          <section className={styles.section}>
            <Heading as="h2" id="categories">
              <Translate id="errorCatalog.index.categories">Categories</Translate>
            </Heading>
            <DataTable
              name="categories"
              head={[
                translate({id: 'errorCatalog.index.category', message: 'Category'}),
                translate({id: 'errorCatalog.index.range', message: 'Code range'}),
                translate({id: 'errorCatalog.index.count', message: 'Codes'}),
                ...(hasStatuses ? [statusLabels.statuses] : []),
              ]}
              foot={
                <tr>
                  <HeaderCell scope="row">
                    <Translate id="errorCatalog.index.total">Total</Translate>
                  </HeaderCell>
                  <Cell />
                  <Cell data-total>{page.counts.current}</Cell>
                  {hasStatuses && <Cell />}
                </tr>
              }>
              {page.categories.map((c) => (
                <tr key={c.id} data-category={c.id}>
                  <Cell>
                    <Link to={c.permalink}>
                      <Text text={c.title} />
                    </Link>
                  </Cell>
                  <Cell>{c.range ? formatRange(c.range) : '—'}</Cell>
                  <Cell>{c.count}</Cell>
                  {hasStatuses && <Cell>{c.statuses.join(', ')}</Cell>}
                </tr>
              ))}
            </DataTable>
          </section>

          <section className={styles.section}>
            <Heading as="h2" id="troubleshooting">
              <Link to={page.guidesPermalink}>{guidesLabel()}</Link>
            </Heading>
            {page.guides.length > 0 && <GuideLinks guides={page.guides} />}
            <p>
              {[
                ...page.prosePages.map((p) => ({permalink: p.permalink, title: <Text text={p.title} />})),
                ...page.generatedGuides.map((g) => ({permalink: g.permalink, title: generatedGuide(g.id).title})),
              ].map((link, i) => (
                <React.Fragment key={link.permalink}>
                  {i > 0 && ' · '}
                  <Link to={link.permalink}>{link.title}</Link>
                </React.Fragment>
              ))}
            </p>
          </section>
          {hasStatuses && (
            <section className={styles.section}>
              <Heading as="h2" id="status-mapping">
                {statusLabels.mapping}
              </Heading>
              <DataTable
                name="status-mapping"
                head={[
                  statusLabels.status,
                  translate({id: 'errorCatalog.index.codes', message: 'Error codes'}),
                  translate({id: 'errorCatalog.index.meaning', message: 'Meaning'}),
                ]}>
                {page.statuses.map((s) => (
                  <tr key={s.status} data-status={s.status}>
                    <StatusCodesCells {...s} />
                    <Cell>{s.meaning && <Text text={s.meaning} />}</Cell>
                  </tr>
                ))}
              </DataTable>
            </section>
          )}

          {page.listsCodes ? (
            <section className={styles.section}>
              <Heading as="h2" id="all-codes">
                <Translate id="errorCatalog.index.allCodes">All codes</Translate>
              </Heading>
              <label className={filterStyles.filter}>
                <span>
                  {hasStatuses ? (
                    <Translate id="errorCatalog.index.filter">Filter by code, name, status or message</Translate>
                  ) : (
                    <Translate id="errorCatalog.index.filterNoStatus">Filter by code, name or message</Translate>
                  )}
                </span>
                <input type="search" className={filterStyles.filterInput} value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              {page.categories.map((c) => (
                <div key={c.id} hidden={c.codes.every((code) => hidden.has(code.permalink))}>
                  <Heading as="h3" id={c.id}>
                    <Link to={c.permalink}>
                      <Text text={c.title} />
                    </Link>
                    {c.range && <span className={styles.muted}> ({formatRange(c.range)})</span>}
                  </Heading>
                  {c.descriptionHtml && <HtmlBlock html={c.descriptionHtml} />}
                  <CodeTable codes={c.codes} column="status" statusPermalinks={page.statusPermalinks} hidden={hidden} />
                </div>
              ))}
              {hidden.size === page.counts.total && (
                <p role="status">
                  <Translate id="errorCatalog.index.noMatch">No code matches this filter.</Translate>
                </p>
              )}
            </section>
          ) : (
            <p className={styles.muted} data-codes-on-category-pages>
              <Translate id="errorCatalog.index.listedByCategory" values={{count: page.counts.total}}>
                {'The {count} codes are listed on their category and status pages. To go straight to one, search above.'}
              </Translate>
            </p>
          )}
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
