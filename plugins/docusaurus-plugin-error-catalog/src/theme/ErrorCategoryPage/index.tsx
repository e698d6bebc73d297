import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {CategoryPageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import CodeTable from '../ErrorCatalog/CodeTable';
import Pagination, {pagedTitle} from '../ErrorCatalog/Pagination';
import {HtmlBlock, Text} from '../ErrorCatalog/Localized';
import {errorsLabel, formatRange} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';

export default function ErrorCategoryPage({page}: {page: CategoryPageData}): React.JSX.Element {
  const {category} = page;
  const statusLabels = useStatusLabels();
  return (
    <Layout title={pagedTitle(category.title.value, page.pagination)} description={`${page.product}: ${category.title.value}`}>
      <ReferenceLayout links={page.links}>
        <main className={styles.page}>
          <Breadcrumbs items={[{label: errorsLabel(), to: page.indexPermalink}, {label: category.title.value}]} />
          <Heading as="h1">
            <Text text={category.title} />
          </Heading>
          {category.descriptionHtml && <HtmlBlock html={category.descriptionHtml} className={styles.lead} />}
          <dl className={styles.facts}>
            {category.range && (
              <div>
                <dt>
                  <Translate id="errorCatalog.index.range">Code range</Translate>
                </dt>
                <dd>{formatRange(category.range)}</dd>
              </div>
            )}
            <div>
              <dt>
                <Translate id="errorCatalog.index.count">Codes</Translate>
              </dt>
              <dd data-count>{category.count}</dd>
            </div>
            {category.statuses.length > 0 && (
              <div>
                <dt>{statusLabels.statuses}</dt>
                <dd>
                  {category.statuses.map((s, i) => (
                    <React.Fragment key={s}>
                      {i > 0 && ', '}
                      <Link to={page.statusPermalinks[s]!}>{s}</Link>
                    </React.Fragment>
                  ))}
                </dd>
              </div>
            )}
          </dl>
          <section className={styles.section}>
            <Heading as="h2" id="codes">
              {translate({id: 'errorCatalog.category.codes', message: 'Codes in this category'})}
            </Heading>
            <CodeTable codes={page.codes} column="status" statusPermalinks={page.statusPermalinks} />
            <Pagination pagination={page.pagination} />
          </section>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
