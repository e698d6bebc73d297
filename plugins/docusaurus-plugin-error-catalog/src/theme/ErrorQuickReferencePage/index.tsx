import React from 'react';
import {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {QuickReferencePageData} from '../../pageData';
import {GuideBreadcrumbs} from '../ErrorCatalog/Breadcrumbs';
import DataTable from '../ErrorCatalog/DataTable';
import {useGeneratedGuide} from '../ErrorCatalog/guideLabels';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';
import LifecycleBadge from '../ErrorCatalog/LifecycleBadge';
import {HtmlInline} from '../ErrorCatalog/Localized';
import Pagination, {pagedTitle} from '../ErrorCatalog/Pagination';
import {retryAnswer} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import CodeLink from '../ErrorCatalog/CodeLink';
import {Cell} from '../ErrorCatalog/Cells';
import {CodeNameText, hasNameColumn} from '../ErrorCatalog/CodeName';

export default function ErrorQuickReferencePage({page}: {page: QuickReferencePageData}): React.JSX.Element {
  const {title, description} = useGeneratedGuide()('quick-reference');
  const statusLabel = useStatusLabels().column;
  const typeLabel = translate({id: 'errorCatalog.quickReference.type', message: 'Type'});
  const retryableLabel = translate({id: 'errorCatalog.code.retryable', message: 'Retryable'});
  const withName = hasNameColumn(page.rows);
  return (
    <Layout title={pagedTitle(`${title} · ${page.product}`, page.pagination)} description={description}>
      <ReferenceLayout>
        <main className={styles.page} data-quick-reference>
          <GuideBreadcrumbs page={page} title={title} />
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>{description}</p>
          <DataTable
            name="quick-reference"
            className={styles.codeRows}
            searchable={false}
            head={[
              translate({id: 'errorCatalog.table.code', message: 'Code'}),
              ...(withName ? [translate({id: 'errorCatalog.table.name', message: 'Name'})] : []),
              ...(page.hasStatuses ? [statusLabel] : []),
              ...(page.hasTypes ? [typeLabel] : []),
              retryableLabel,
              translate({id: 'errorCatalog.quickReference.quickFix', message: 'Quick fix'}),
            ]}>
            {page.rows.map((r) => (
              <tr key={r.permalink} data-code={r.code}>
                <Cell>
                  <CodeLink code={r.code} permalink={r.permalink} />
                </Cell>
                {withName && (
                  <Cell className={styles.name}>
                    <CodeNameText code={r.code} name={r.name} /> <LifecycleBadge state={r.lifecycle} />
                  </Cell>
                )}
                {page.hasStatuses && (
                  <Cell data-field="status" data-label={statusLabel}>
                    {r.status}
                  </Cell>
                )}
                {page.hasTypes && <Cell data-label={typeLabel}>{r.type && <code>{r.type}</code>}</Cell>}
                <Cell data-field="retryable" data-label={retryableLabel}>
                  {retryAnswer(r.retryable)}
                </Cell>
                {r.quickFixHtml ? <HtmlInline as="td" html={r.quickFixHtml} /> : <Cell />}
              </tr>
            ))}
          </DataTable>
          <Pagination pagination={page.pagination} />
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
