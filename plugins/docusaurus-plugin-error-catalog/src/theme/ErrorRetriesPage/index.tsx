import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import SectionHeading from '../ErrorCatalog/SectionHeading';
import Layout from '@theme/Layout';
import type {RetriesPageData, RetryRowData} from '../../pageData';
import {GuideBreadcrumbs} from '../ErrorCatalog/Breadcrumbs';
import CodeRanges, {StatusCodesCells} from '../ErrorCatalog/CodeRanges';
import DataTable from '../ErrorCatalog/DataTable';
import GuideLinks from '../ErrorCatalog/GuideLinks';
import {useGeneratedGuide} from '../ErrorCatalog/guideLabels';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';
import {HtmlInline, Text} from '../ErrorCatalog/Localized';
import {BackoffRule} from '../ErrorCatalog/RetryGuidance';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import {CodeCells} from '../ErrorCatalog/CodeLink';
import {hasNameColumn} from '../ErrorCatalog/CodeName';
import {Cell, Item} from '../ErrorCatalog/Cells';

function WaitCell({wait}: {wait: RetryRowData['wait']}): React.JSX.Element {
  if (wait.kind === 'retry-after' && wait.in === 'body') {
    return (
      <Translate id="errorCatalog.retries.waitField" values={{field: <code>{wait.from}</code>, example: wait.example}}>
        {'{field} in the body (e.g. {example} s)'}
      </Translate>
    );
  }
  if (wait.kind === 'retry-after') {
    return (
      <Translate id="errorCatalog.retries.waitHeader" values={{header: <code>{wait.from}</code>, example: wait.example}}>
        {'{header} (e.g. {example} s)'}
      </Translate>
    );
  }
  if (wait.kind === 'backoff') return <Translate id="errorCatalog.retries.waitBackoff">Backoff</Translate>;
  return <></>;
}

export default function ErrorRetriesPage({page}: {page: RetriesPageData}): React.JSX.Element {
  const generatedGuide = useGeneratedGuide();
  const {title, description} = generatedGuide('retries');
  const headings = {
    rules: translate({id: 'errorCatalog.retries.rules', message: 'The rules'}),
    retryable: translate({id: 'errorCatalog.retries.retryable', message: 'Retryable codes ({count})'}, {count: page.retryableCount}),
    conditional: translate({id: 'errorCatalog.retries.conditional', message: 'Codes to retry under a condition'}),
    notRetryable: translate({id: 'errorCatalog.retries.notRetryable', message: 'Codes not to retry'}),
    flows: translate({id: 'errorCatalog.retries.flows', message: 'Recovery flows'}),
  };
  const toc = [
    {id: 'rules', label: headings.rules},
    {id: 'retryable', label: headings.retryable},
    ...(page.conditional.length > 0 ? [{id: 'conditional', label: headings.conditional}] : []),
    ...(page.nonRetryable.length > 0 ? [{id: 'not-retryable', label: headings.notRetryable}] : []),
    ...(page.flows.length > 0 ? [{id: 'flows', label: headings.flows}] : []),
  ];
  const statusLabel = useStatusLabels().column;
  // Only a catalog sent over HTTP has the client page and Retry-After.
  const {clientPermalink} = page;
  // A wait column only where some code has a wait to state.
  const showWait = page.retryable.some((r) => r.wait.kind !== 'later');
  const waitLabel = translate({id: 'errorCatalog.retries.wait', message: 'How long to wait'});
  const conditionLabel = translate({id: 'errorCatalog.retries.condition', message: 'Condition'});
  const retryableNames = hasNameColumn(page.retryable);
  // Codes with a status (over HTTP, gRPC or as exit codes) show it, and the codes not to retry are grouped by it.
  const retryableStatuses = page.retryable.some((r) => r.status !== undefined);
  const nonRetryableStatuses = page.nonRetryable.some((group) => group.status !== undefined);
  const conditionalNames = hasNameColumn(page.conditional);
  return (
    <Layout title={`${title} · ${page.product}`} description={description}>
      <ReferenceLayout toc={toc}>
        <main className={styles.page} data-retries>
          <GuideBreadcrumbs page={page} title={title} />
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>{description}</p>
          <section className={styles.section}>
            <SectionHeading id="rules">{headings.rules}</SectionHeading>
            <ol>
              <Item>
                <Translate id="errorCatalog.retries.ruleCodes">
                  Retry only the codes listed as retryable below. Every other error fails the same way until the request, the credentials or
                  the account changes.
                </Translate>
              </Item>
              {page.conditional.length > 0 && (
                <Item>
                  <Translate id="errorCatalog.retries.ruleConditional">
                    Retry a code listed under a condition only once its condition holds.
                  </Translate>
                </Item>
              )}
              {clientPermalink && (
                <Item>
                  <Translate id="errorCatalog.retries.ruleHeader" values={{header: <code>Retry-After</code>}}>
                    {'When the response has a {header} header, wait that many seconds before the next attempt.'}
                  </Translate>
                </Item>
              )}
              {page.policy && (
                <Item data-policy>
                  {clientPermalink && (
                    <>
                      <Translate id="errorCatalog.retries.ruleBackoff" values={{header: <code>Retry-After</code>}}>
                        {'Without {header}:'}
                      </Translate>{' '}
                    </>
                  )}
                  <BackoffRule policy={page.policy} />
                </Item>
              )}
              {clientPermalink && (
                <Item>
                  <Translate
                    id="errorCatalog.retries.ruleClient"
                    values={{client: <Link to={clientPermalink}>{generatedGuide('client-handling').title}</Link>}}>
                    {'The generated client code applies these rules: {client}.'}
                  </Translate>
                </Item>
              )}
            </ol>
          </section>
          <section className={styles.section}>
            <SectionHeading id="retryable">{headings.retryable}</SectionHeading>
            {page.retryable.length > 0 ? (
              <DataTable
                name="retryable"
                className={styles.codeRows}
                searchable={false}
                head={[
                  translate({id: 'errorCatalog.table.code', message: 'Code'}),
                  ...(retryableNames ? [translate({id: 'errorCatalog.table.name', message: 'Name'})] : []),
                  ...(retryableStatuses ? [statusLabel] : []),
                  ...(showWait ? [waitLabel] : []),
                  translate({id: 'errorCatalog.retries.title', message: 'Title'}),
                ]}>
                {page.retryable.map((r) => (
                  <tr key={r.permalink} data-code={r.code}>
                    <CodeCells code={r.code} name={r.name} permalink={r.permalink} withName={retryableNames} />
                    {retryableStatuses && <Cell data-label={statusLabel}>{r.status}</Cell>}
                    {showWait && (
                      <Cell data-label={waitLabel}>
                        <WaitCell wait={r.wait} />
                      </Cell>
                    )}
                    <Cell>
                      <Text text={r.title} />
                    </Cell>
                  </tr>
                ))}
              </DataTable>
            ) : (
              <p className={styles.muted} data-ranges>
                {page.retryableRanges.join(', ')}
              </p>
            )}
          </section>
          {page.conditional.length > 0 && (
            <section className={styles.section}>
              <SectionHeading id="conditional">{headings.conditional}</SectionHeading>
              <DataTable
                name="conditional"
                className={styles.codeRows}
                searchable={false}
                head={[
                  translate({id: 'errorCatalog.table.code', message: 'Code'}),
                  ...(conditionalNames ? [translate({id: 'errorCatalog.table.name', message: 'Name'})] : []),
                  conditionLabel,
                ]}>
                {page.conditional.map((r) => (
                  <tr key={r.permalink} data-code={r.code}>
                    <CodeCells code={r.code} name={r.name} permalink={r.permalink} withName={conditionalNames} />
                    <HtmlInline as="td" html={r.conditionHtml} />
                  </tr>
                ))}
              </DataTable>
            </section>
          )}
          {page.nonRetryable.length > 0 && (
            <section className={styles.section}>
              <SectionHeading id="not-retryable">{headings.notRetryable}</SectionHeading>
              {nonRetryableStatuses ? (
                <DataTable name="not-retryable" head={[statusLabel, translate({id: 'errorCatalog.retries.codes', message: 'Codes'})]}>
                  {page.nonRetryable.map(({status, ...codes}) => (
                    <tr key={status!.code} data-status={status!.code}>
                      <StatusCodesCells status={status!.code} title={status!.title} {...codes} />
                    </tr>
                  ))}
                </DataTable>
              ) : (
                page.nonRetryable.map((codes) => (
                  <p key={codes.permalink} data-not-retryable>
                    <CodeRanges {...codes} />
                  </p>
                ))
              )}
            </section>
          )}
          {page.flows.length > 0 && (
            <section className={styles.section}>
              <SectionHeading id="flows">{headings.flows}</SectionHeading>
              <GuideLinks guides={page.flows} />
            </section>
          )}
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
