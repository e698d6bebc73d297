import React from 'react';
import Layout from '@theme/Layout';
import type {ProsePageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import DocumentBody from '../ErrorCatalog/DocumentBody';
import DocumentTitle from '../ErrorCatalog/DocumentTitle';
import {guidesLabel} from '../ErrorCatalog/guideLabels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import {errorsLabel} from '../ErrorCatalog/labels';
import styles from '../ErrorCatalog/styles.module.css';

/** A page the catalog writes in prose: an overview, best practices, response fields, support. */
export default function ErrorProsePage({page}: {page: ProsePageData}): React.JSX.Element {
  return (
    <Layout title={`${page.title.value} · ${page.product}`} description={page.summary?.value}>
      <ReferenceLayout toc={page.outline.map((h) => ({id: h.id, label: h.title}))} links={page.links}>
        <main className={styles.page} data-prose-page={page.slug}>
          <Breadcrumbs
            items={[
              {label: errorsLabel(), to: page.indexPermalink},
              {label: guidesLabel(), to: page.guidesPermalink},
              {label: page.title.value},
            ]}
          />
          <article>
            <DocumentTitle title={page.title} summary={page.summary} />
            <DocumentBody body={page.body} />
          </article>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
