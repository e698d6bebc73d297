import React from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {StatusPageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import {HtmlBlock, HtmlList, Text} from '../ErrorCatalog/Localized';
import CodeTable from '../ErrorCatalog/CodeTable';
import GuideLinks from '../ErrorCatalog/GuideLinks';
import HeaderTable from '../ErrorCatalog/HeaderTable';
import Pagination, {pagedTitle} from '../ErrorCatalog/Pagination';
import {errorsLabel} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';

export default function ErrorStatusPage({page}: {page: StatusPageData}): React.JSX.Element {
  const heading = `${page.status} ${page.title}`;
  const statusLabels = useStatusLabels();
  return (
    <Layout title={pagedTitle(statusLabels.pageTitle(heading), page.pagination)} description={page.meaning?.value}>
      <ReferenceLayout links={page.links}>
        <main className={styles.page} data-status={page.status}>
          <Breadcrumbs items={[{label: errorsLabel(), to: page.indexPermalink}, {label: heading}]} />
          <Heading as="h1">{heading}</Heading>
          {page.meaning && (
            <p className={styles.lead}>
              <Text text={page.meaning} />
            </p>
          )}
          {page.descriptionHtml && <HtmlBlock html={page.descriptionHtml} />}
          {page.troubleshootingHtml && (
            <section className={styles.section}>
              <Heading as="h2" id="troubleshooting">
                <Translate id="errorCatalog.status.troubleshooting">What to check</Translate>
              </Heading>
              <HtmlList items={page.troubleshootingHtml} />
            </section>
          )}
          {page.headers.length > 0 && (
            <section className={styles.section}>
              <Heading as="h2" id="headers">
                <Translate id="errorCatalog.code.headers">Response headers</Translate>
              </Heading>
              <HeaderTable headers={page.headers} />
            </section>
          )}
          {page.guides.length > 0 && (
            <section className={styles.section}>
              <Heading as="h2" id="guides">
                <Translate id="errorCatalog.status.guides">Troubleshooting guides</Translate>
              </Heading>
              <GuideLinks guides={page.guides} />
            </section>
          )}
          <section className={styles.section}>
            <Heading as="h2" id="codes">
              <Translate id="errorCatalog.status.codes" values={{count: page.pagination.total}}>
                {'Codes with this status ({count})'}
              </Translate>
            </Heading>
            {page.ranges.length > 0 && (
              <p className={styles.muted} data-ranges>
                {page.ranges.join(', ')}
              </p>
            )}
            {page.pagination.total > 0 ? (
              <>
                <CodeTable codes={page.codes} column="category" />
                <Pagination pagination={page.pagination} />
              </>
            ) : (
              <p className={styles.muted} data-no-codes>
                <Translate id="errorCatalog.status.noCodes">No code in this catalog has this status.</Translate>
              </p>
            )}
          </section>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
