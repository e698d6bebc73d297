import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {TagsIndexPageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import {errorsLabel} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import {Item} from '../ErrorCatalog/Cells';

export default function ErrorTagsPage({page}: {page: TagsIndexPageData}): React.JSX.Element {
  const title = translate({id: 'errorCatalog.tags.title', message: 'Tags'});
  return (
    <Layout title={`${title} · ${page.product}`}>
      <ReferenceLayout>
        <main className={styles.page} data-tags-index>
          <Breadcrumbs items={[{label: errorsLabel(), to: page.indexPermalink}, {label: title}]} />
          <Heading as="h1">{title}</Heading>
          <ul className={styles.tags}>
            {page.tags.map((t) => (
              <Item key={t.id} data-tag={t.id}>
                <Link to={t.permalink} className="badge badge--primary">
                  {t.title}
                </Link>{' '}
                <span className={styles.muted}>
                  <Translate id="errorCatalog.index.codeCount" values={{count: t.count}}>
                    {'{count} codes'}
                  </Translate>
                </span>
              </Item>
            ))}
          </ul>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
