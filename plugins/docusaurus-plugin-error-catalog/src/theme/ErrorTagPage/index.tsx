import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {TagPageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import CodeTable from '../ErrorCatalog/CodeTable';
import Pagination, {pagedTitle} from '../ErrorCatalog/Pagination';
import {errorsLabel} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';

export default function ErrorTagPage({page}: {page: TagPageData}): React.JSX.Element {
  const {tag} = page;
  return (
    <Layout
      title={pagedTitle(translate({id: 'errorCatalog.tag.title', message: 'Errors tagged {tag}'}, {tag: tag.title}), page.pagination)}>
      <ReferenceLayout>
        <main className={styles.page} data-tag={tag.id}>
          <Breadcrumbs
            items={[
              {label: errorsLabel(), to: page.indexPermalink},
              {label: translate({id: 'errorCatalog.tags.title', message: 'Tags'}), to: page.tagsPermalink},
              {label: tag.title},
            ]}
          />
          <Heading as="h1">
            <Translate id="errorCatalog.tag.title" values={{tag: tag.title}}>
              {'Errors tagged {tag}'}
            </Translate>
          </Heading>
          {tag.descriptionHtml && <div className={styles.lead} dangerouslySetInnerHTML={{__html: tag.descriptionHtml}} />}
          <CodeTable codes={page.codes} column="status" statusPermalinks={page.statusPermalinks} />
          <Pagination pagination={page.pagination} />
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
