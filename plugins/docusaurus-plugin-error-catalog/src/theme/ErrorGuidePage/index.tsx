import React from 'react';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import type {GuidePageData} from '../../pageData';
import {GuideBreadcrumbs} from '../ErrorCatalog/Breadcrumbs';
import DataTable from '../ErrorCatalog/DataTable';
import DocumentBody from '../ErrorCatalog/DocumentBody';
import DocumentTitle from '../ErrorCatalog/DocumentTitle';
import {FallbackBlock, SymptomList, Text} from '../ErrorCatalog/Localized';
import RecoveryFlow, {flowTitle} from '../ErrorCatalog/RecoveryFlow';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import SectionHeading from '../ErrorCatalog/SectionHeading';
import {retryAnswer} from '../ErrorCatalog/labels';
import styles from '../ErrorCatalog/styles.module.css';
import {CodeCells} from '../ErrorCatalog/CodeLink';
import {hasNameColumn} from '../ErrorCatalog/CodeName';
import {Cell} from '../ErrorCatalog/Cells';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';

export default function ErrorGuidePage({page}: {page: GuidePageData}): React.JSX.Element {
  const symptoms = translate({id: 'errorCatalog.guide.symptoms', message: 'Symptoms'});
  const codes = translate({id: 'errorCatalog.guide.codes', message: 'Codes in this guide'});
  const toc = [
    {id: 'symptoms', label: symptoms},
    ...page.outline.map((h) => ({id: h.id, label: h.title})),
    ...(page.flow ? [{id: 'recovery-flow', label: flowTitle(page.flow)}] : []),
    ...(page.codes.length > 0 ? [{id: 'codes', label: codes}] : []),
  ];
  const statusLabel = useStatusLabels().column;
  // Codes without a transport have no status, and the table no status column.
  const hasStatuses = page.codes.some((c) => c.status !== undefined);
  const retryableLabel = translate({id: 'errorCatalog.code.retryable', message: 'Retryable'});
  const withName = hasNameColumn(page.codes);
  return (
    <Layout title={`${page.title.value} · ${page.product}`} description={page.summary.value}>
      <ReferenceLayout toc={toc} links={page.links}>
        <main className={styles.page} data-guide={page.slug}>
          <GuideBreadcrumbs page={page} title={page.title.value} />
          <article>
            <DocumentTitle title={page.title} summary={page.summary} />
            <section className={styles.section} aria-labelledby="symptoms">
              <SectionHeading id="symptoms">{symptoms}</SectionHeading>
              <SymptomList symptoms={page.symptoms} />
            </section>
            <DocumentBody body={page.body} />
            {page.flow && (
              <FallbackBlock fallback={page.flow.fallback}>
                <RecoveryFlow flow={page.flow} />
              </FallbackBlock>
            )}
          </article>
          {page.codes.length > 0 && (
            <section className={styles.section} aria-labelledby="codes">
              <SectionHeading id="codes">{codes}</SectionHeading>
              <DataTable
                name="guide-codes"
                className={styles.codeRows}
                head={[
                  translate({id: 'errorCatalog.table.code', message: 'Code'}),
                  ...(withName ? [translate({id: 'errorCatalog.table.name', message: 'Name'})] : []),
                  ...(hasStatuses ? [statusLabel] : []),
                  retryableLabel,
                  translate({id: 'errorCatalog.table.message', message: 'Message'}),
                ]}>
                {page.codes.map((c) => (
                  <tr key={c.permalink} data-code={c.code}>
                    <CodeCells code={c.code} name={c.name} permalink={c.permalink} withName={withName} />
                    {hasStatuses && <Cell data-label={statusLabel}>{c.status}</Cell>}
                    <Cell data-label={retryableLabel}>{retryAnswer(c.retryable)}</Cell>
                    <Cell>
                      <Text text={c.message} message />
                    </Cell>
                  </tr>
                ))}
              </DataTable>
            </section>
          )}
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
