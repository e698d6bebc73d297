import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {GuidePageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import DataTable from '../ErrorCatalog/DataTable';
import {guidesLabel} from '../ErrorCatalog/guideLabels';
import {FallbackBlock, HtmlBlock, SymptomList, Text} from '../ErrorCatalog/Localized';
import RecoveryFlow from '../ErrorCatalog/RecoveryFlow';
import {errorsLabel, yesNo} from '../ErrorCatalog/labels';
import styles from '../ErrorCatalog/styles.module.css';
import CodeLink from '../ErrorCatalog/CodeLink';
import {Cell} from '../ErrorCatalog/Cells';
import Identifier from '../ErrorCatalog/Identifier';

export default function ErrorGuidePage({page}: {page: GuidePageData}): React.JSX.Element {
  return (
    <Layout title={`${page.title.value} · ${page.product}`} description={page.summary.value}>
      <main className={styles.page} data-guide={page.slug}>
        <Breadcrumbs
          items={[
            {label: errorsLabel(), to: page.indexPermalink},
            {label: guidesLabel(), to: page.guidesPermalink},
            {label: page.title.value},
          ]}
        />
        <article>
          <Heading as="h1">
            <Text text={page.title} />
          </Heading>
          <p className={styles.lead}>
            <Text text={page.summary} />
          </p>
          <section className={styles.section} aria-labelledby="symptoms">
            <Heading as="h2" id="symptoms">
              <Translate id="errorCatalog.guide.symptoms">Symptoms</Translate>
            </Heading>
            <SymptomList symptoms={page.symptoms} />
          </section>
          <HtmlBlock html={page.bodyHtml} className={`markdown ${styles.section}`} />
          {page.flow && (
            <FallbackBlock fallback={page.flow.fallback}>
              <RecoveryFlow flow={page.flow} />
            </FallbackBlock>
          )}
        </article>
        <section className={styles.section} aria-labelledby="codes">
          <Heading as="h2" id="codes">
            <Translate id="errorCatalog.guide.codes">Codes in this guide</Translate>
          </Heading>
          <DataTable
            name="guide-codes"
            head={[
              translate({id: 'errorCatalog.table.code', message: 'Code'}),
              translate({id: 'errorCatalog.table.name', message: 'Name'}),
              translate({id: 'errorCatalog.table.status', message: 'HTTP'}),
              translate({id: 'errorCatalog.code.retryable', message: 'Retryable'}),
              translate({id: 'errorCatalog.table.message', message: 'Message'}),
            ]}>
            {page.codes.map((c) => (
              <tr key={c.permalink} data-code={c.code}>
                <Cell>
                  <CodeLink code={c.code} permalink={c.permalink} />
                </Cell>
                <Cell className={styles.name}>
                  <Identifier text={c.name} />
                </Cell>
                <Cell>{c.status}</Cell>
                <Cell>{yesNo(c.retryable)}</Cell>
                <Cell>
                  <Text text={c.message} message />
                </Cell>
              </tr>
            ))}
          </DataTable>
        </section>
      </main>
    </Layout>
  );
}
