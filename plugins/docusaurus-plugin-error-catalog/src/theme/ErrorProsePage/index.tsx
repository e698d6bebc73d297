import React from 'react';
import Layout from '@theme/Layout';
import type {ProsePageData} from '../../pageData';
import {GuideBreadcrumbs} from '../ErrorCatalog/Breadcrumbs';
import DocumentBody from '../ErrorCatalog/DocumentBody';
import DocumentTitle from '../ErrorCatalog/DocumentTitle';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';

/** A page the catalog writes in prose: an overview, best practices, response fields, support. */
export default function ErrorProsePage({page}: {page: ProsePageData}): React.JSX.Element {
  return (
    <Layout title={`${page.title.value} · ${page.product}`} description={page.summary?.value}>
      <ReferenceLayout toc={page.outline.map((h) => ({id: h.id, label: h.title}))} links={page.links}>
        <main className={styles.page} data-prose-page={page.slug}>
          <GuideBreadcrumbs page={page} title={page.title.value} />
          <article>
            <DocumentTitle title={page.title} summary={page.summary} />
            <DocumentBody body={page.body} />
          </article>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
