import React, {Suspense} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {CodePageData, ExampleData, LocalizedText} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import CopyButton from '../ErrorCatalog/CopyButton';
import {HtmlBlock, HtmlInline, HtmlList, Text} from '../ErrorCatalog/Localized';
import DataTable from '../ErrorCatalog/DataTable';
import GuideLinks from '../ErrorCatalog/GuideLinks';
import FactTable from '../ErrorCatalog/FactTable';
import HeaderTable from '../ErrorCatalog/HeaderTable';
import HttpExample from '../ErrorCatalog/HttpExample';
import RetryGuidance from '../ErrorCatalog/RetryGuidance';
import Snippets from '../ErrorCatalog/Snippets';
import Tabs from '../ErrorCatalog/Tabs';
import LifecycleBadge from '../ErrorCatalog/LifecycleBadge';
import {errorsLabel, formatLabel, formatRange, retryAnswer} from '../ErrorCatalog/labels';
import styles from '../ErrorCatalog/styles.module.css';
import {useCodePage} from './useCodePage';
import {Cell, Item} from '../ErrorCatalog/Cells';
import Identifier from '../ErrorCatalog/Identifier';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import SectionHeading from '../ErrorCatalog/SectionHeading';
import CodeName, {distinctName} from '../ErrorCatalog/CodeName';
import {useStatusLabels} from '../ErrorCatalog/statusLabels';

function Tombstone({page}: {page: CodePageData}): React.JSX.Element | null {
  const {lifecycle} = page;
  const event = lifecycle.removed ?? lifecycle.deprecated;
  if (!event) return null;
  return (
    <div className={`alert ${lifecycle.removed ? 'alert--danger' : 'alert--warning'} ${styles.tombstone}`} role="note">
      <p>
        <strong>
          {lifecycle.removed ? (
            <Translate id="errorCatalog.code.removedSince" values={{version: event.since}}>
              {'This code was removed in version {version} and is no longer returned.'}
            </Translate>
          ) : (
            <Translate id="errorCatalog.code.deprecatedSince" values={{version: event.since}}>
              {'This code is deprecated since version {version}.'}
            </Translate>
          )}
        </strong>{' '}
        <HtmlInline html={event.reasonHtml} />
      </p>
      {lifecycle.replacedBy && (
        <p>
          <Translate id="errorCatalog.code.replacedBy">Replaced by</Translate>{' '}
          <Link to={lifecycle.replacedBy.permalink}>
            <CodeName code={lifecycle.replacedBy.code} name={lifecycle.replacedBy.name} />
          </Link>
        </p>
      )}
    </div>
  );
}

function Facts({page}: {page: CodePageData}): React.JSX.Element {
  const statusLabels = useStatusLabels();
  return (
    <dl className={styles.facts}>
      {page.status && (
        <div>
          <dt>{statusLabels.status}</dt>
          <dd>
            <Link to={page.status.permalink} data-field="status" data-pagefind-meta="status" data-pagefind-filter="status">
              {page.status.code} {page.status.title}
            </Link>
          </dd>
        </div>
      )}
      {page.severity && (
        <div>
          <dt>
            <Translate id="errorCatalog.code.severity">Severity</Translate>
          </dt>
          <dd data-field="severity" data-severity={page.severity.id} data-pagefind-filter="severity">
            {page.severity.title}
          </dd>
        </div>
      )}
      {page.namesakes.length > 0 && (
        <div>
          <dt>
            <Translate id="errorCatalog.code.namesakes">Same name as</Translate>
          </dt>
          <dd data-field="namesakes">
            {page.namesakes.map((c, i) => (
              <React.Fragment key={c.permalink}>
                {i > 0 && ', '}
                <Link to={c.permalink}>
                  <code>{c.code}</code>
                </Link>
              </React.Fragment>
            ))}
          </dd>
        </div>
      )}
      <div>
        <dt>
          <Translate id="errorCatalog.code.category">Category</Translate>
        </dt>
        <dd>
          <Link to={page.category.permalink} data-field="category" data-pagefind-filter="category">
            <Text text={page.category.title} />
          </Link>
          {page.category.range && <span className={styles.muted}> ({formatRange(page.category.range)})</span>}
        </dd>
      </div>
      {page.retryable !== undefined && (
        <div>
          <dt>
            <Translate id="errorCatalog.code.retryable">Retryable</Translate>
          </dt>
          <dd>{retryAnswer(page.retryable)}</dd>
        </div>
      )}
      {page.exposeDetails !== undefined && (
        <div>
          <dt>
            <Translate id="errorCatalog.code.detailsExposed">Details exposed</Translate>
          </dt>
          <dd>
            {page.exposeDetails
              ? translate({id: 'errorCatalog.code.detailsExposed.yes', message: 'Yes, in every environment'})
              : translate({id: 'errorCatalog.code.detailsExposed.no', message: 'No, sanitized in production'})}
          </dd>
        </div>
      )}
      {page.lifecycle.since !== undefined && (
        <div>
          <dt>
            <Translate id="errorCatalog.code.since">Since</Translate>
          </dt>
          <dd>{page.lifecycle.since}</dd>
        </div>
      )}
    </dl>
  );
}

/** `searchable={false}` keeps a section out of the search index: the same code on every page only adds noise and indexing time. */
function Section({
  id,
  title,
  searchable = true,
  children,
}: {
  id: string;
  title: string;
  searchable?: boolean;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <section className={styles.section} aria-labelledby={id} data-pagefind-ignore={searchable ? undefined : ''}>
      <SectionHeading id={id}>{title}</SectionHeading>
      {children}
    </section>
  );
}

function Examples({examples}: {examples: ExampleData[]}): React.JSX.Element {
  const exampleTitle = (mode: string) =>
    mode === 'production'
      ? translate({id: 'errorCatalog.example.production', message: 'Production (details sanitized)'})
      : translate({id: 'errorCatalog.example.development', message: 'Development (details shown)'});
  if (examples.length === 1) return <HttpExample example={examples[0]!} />;
  return (
    <>
      {examples.map((example) => (
        <div key={example.mode}>
          <Heading as="h3" id={`example-${example.format.id}-${example.mode}`}>
            {exampleTitle(example.mode)}
          </Heading>
          <HttpExample example={example} />
        </div>
      ))}
    </>
  );
}

/** The response in each envelope the API speaks, one tab per format when there is more than one. */
function ExampleResponses({examples}: {examples: ExampleData[]}): React.JSX.Element {
  const formats = examples.filter((e, i) => examples.findIndex((other) => other.format.id === e.format.id) === i).map((e) => e.format);
  if (formats.length === 1) return <Examples examples={examples} />;
  return (
    <Tabs
      groupId="error-catalog-envelope"
      panels={formats.map((format, i) => ({
        value: format.id,
        label: formatLabel(format, i === 0),
        content: <Examples examples={examples.filter((e) => e.format.id === format.id)} />,
      }))}
    />
  );
}

/** What a code page shows while the browser fetches its data after a client-side navigation. */
function Loading(): React.JSX.Element {
  return (
    <Layout>
      <main className="container margin-vert--lg" aria-busy="true" />
    </Layout>
  );
}

/** The page of one code; its data comes from the route's path (useCodePage), which suspends until it is fetched. */
export default function ErrorCodePage({route}: {route: {path: string}}): React.JSX.Element {
  return (
    <Suspense fallback={<Loading />}>
      <CodePageOf routePath={route.path} />
    </Suspense>
  );
}

function CodePageOf({routePath}: {routePath: string}): React.JSX.Element {
  const {page, file, url} = useCodePage(routePath);
  return <CodePage page={page} data={{file, url}} />;
}

/** A message's ICU template, folded: readers see the message, translators and server authors the template. */
function MessageTemplate({template, field}: {template: LocalizedText; field: string}): React.JSX.Element {
  return (
    <details className={styles.template}>
      <summary>
        <Translate id="errorCatalog.code.messageTemplate">Message template (ICU MessageFormat)</Translate>
      </summary>
      <pre>
        <code data-field={field}>
          <Text text={template} />
        </code>
      </pre>
    </details>
  );
}

interface CodeSection {
  id: string;
  title: string;
  searchable?: false;
  content: React.ReactNode;
}

/** The page's sections in reading order, each shown only when the catalog says something for it. */
function codeSections(page: CodePageData): CodeSection[] {
  return [
    {
      id: 'message',
      title: translate({id: 'errorCatalog.code.message', message: 'Message'}),
      content: (
        <>
          <blockquote className={styles.message}>
            <code data-field="message" data-pagefind-meta="message" data-pagefind-weight="8">
              <Text text={page.message} message />
            </code>
          </blockquote>
          {page.exampleMessage && (
            <p>
              <Translate id="errorCatalog.code.messageExample">As a client receives it:</Translate>{' '}
              <q>
                <Text text={page.exampleMessage} />
              </q>
            </p>
          )}
          {page.messageTemplate && <MessageTemplate template={page.messageTemplate} field="message-template" />}
          {page.variants.length > 0 && (
            <>
              <p>
                <Translate id="errorCatalog.code.messageVariants">Other messages with this code:</Translate>
              </p>
              <dl className={styles.variants}>
                {page.variants.map((v) => (
                  <React.Fragment key={v.key}>
                    <dt>
                      <code>{v.key}</code>
                    </dt>
                    <dd>
                      <blockquote className={styles.message}>
                        <code data-field="message-variant" data-variant={v.key} data-pagefind-weight="8">
                          <Text text={v.message} message />
                        </code>
                      </blockquote>
                      {v.messageTemplate && <MessageTemplate template={v.messageTemplate} field="variant-template" />}
                    </dd>
                  </React.Fragment>
                ))}
              </dl>
            </>
          )}
        </>
      ),
    },
    ...(page.descriptionHtml
      ? [
          {
            id: 'description',
            title: translate({id: 'errorCatalog.code.description', message: 'What it means'}),
            content: <HtmlBlock html={page.descriptionHtml} />,
          },
        ]
      : []),
    ...(page.causesHtml
      ? [
          {
            id: 'causes',
            title: translate({id: 'errorCatalog.code.causes', message: 'Possible causes'}),
            content: <HtmlList items={page.causesHtml} />,
          },
        ]
      : []),
    ...(page.resolutionHtml
      ? [
          {
            id: 'resolution',
            title: translate({id: 'errorCatalog.code.resolution', message: 'Resolution'}),
            content: <HtmlList items={page.resolutionHtml} ordered />,
          },
        ]
      : []),
    ...retrySections(page),
    ...(page.params.length > 0
      ? [
          {
            id: 'placeholders',
            title: translate({id: 'errorCatalog.code.placeholders', message: 'Placeholders'}),
            content: (
              <>
                <FactTable
                  name="placeholders"
                  head={[
                    translate({id: 'errorCatalog.code.placeholder', message: 'Placeholder'}),
                    translate({id: 'errorCatalog.code.placeholderType', message: 'Type'}),
                    translate({id: 'errorCatalog.code.placeholderMeaning', message: 'Meaning'}),
                    translate({id: 'errorCatalog.code.placeholderExample', message: 'Example'}),
                  ]}
                  rows={page.params.map((p) => ({
                    key: p.name,
                    cells: [<code>{`{${p.name}}`}</code>, p.type, <HtmlInline html={p.descriptionHtml} />, <code>{p.example}</code>],
                  }))}
                />
              </>
            ),
          },
        ]
      : []),
    ...(page.clientPermalink
      ? [
          {
            id: 'handle-in-code',
            title: translate({id: 'errorCatalog.code.handleInCode', message: 'Handle it in code'}),
            searchable: false as const,
            content: (
              <>
                <p>
                  <Translate
                    id="errorCatalog.code.handleInCodeIntro"
                    values={{
                      client: (
                        <Link to={page.clientPermalink}>{translate({id: 'errorCatalog.code.clientModule', message: 'client module'})}</Link>
                      ),
                    }}>
                    {'This detects the error with the helpers of the generated {client}, which reads every envelope of this API.'}
                  </Translate>
                </p>
                <Snippets snippets={page.snippets} />
              </>
            ),
          },
        ]
      : []),
    ...(page.examples.length > 0
      ? [
          {
            id: 'example-response',
            title: translate({id: 'errorCatalog.code.example', message: 'Example response'}),
            content: <ExampleResponses examples={page.examples} />,
          },
        ]
      : []),
    ...(page.localizedMessages.length > 1
      ? [
          {
            id: 'localized-messages',
            title: translate({id: 'errorCatalog.code.localizedMessages', message: 'Localized messages'}),
            content: (
              <>
                <DataTable
                  name="localized-messages"
                  head={[
                    translate({id: 'errorCatalog.code.language', message: 'Language'}),
                    translate({id: 'errorCatalog.code.message', message: 'Message'}),
                  ]}>
                  {page.localizedMessages.map((m) => (
                    <tr key={m.locale} data-locale={m.locale}>
                      <Cell className={styles.wholeWords}>
                        {m.language} <code>{m.locale}</code>
                      </Cell>
                      <Cell lang={m.message.fallback ? undefined : m.locale}>
                        <Text text={m.message} message />
                      </Cell>
                    </tr>
                  ))}
                </DataTable>
              </>
            ),
          },
        ]
      : []),
    ...(page.guides.length > 0
      ? [
          {
            id: 'guides',
            title: translate({id: 'errorCatalog.code.guides', message: 'Troubleshooting guides'}),
            content: <GuideLinks guides={page.guides} />,
          },
        ]
      : []),
    ...(page.tags.length > 0
      ? [
          {
            id: 'tags',
            title: translate({id: 'errorCatalog.code.tags', message: 'Tags'}),
            content: (
              <>
                <ul className={styles.tags} data-tags>
                  {page.tags.map((t) => (
                    <Item key={t.id}>
                      <Link to={t.permalink} className="badge badge--primary">
                        {t.title}
                      </Link>
                    </Item>
                  ))}
                </ul>
              </>
            ),
          },
        ]
      : []),
    ...(page.related.length > 0
      ? [
          {
            id: 'related',
            title: translate({id: 'errorCatalog.code.related', message: 'Related codes'}),
            content: (
              <>
                <ul className={styles.related}>
                  {page.related.map((r) => (
                    <Item key={r.permalink}>
                      <Link to={r.permalink}>
                        <CodeName code={r.code} name={r.name} />
                      </Link>{' '}
                      <span className={styles.muted}>
                        {r.status !== undefined && `${r.status} · `}
                        <Text text={r.title} />
                      </span>
                    </Item>
                  ))}
                </ul>
              </>
            ),
          },
        ]
      : []),
    ...(page.documentationUrl
      ? [
          {
            id: 'documentation-url',
            title: translate({id: 'errorCatalog.code.documentationUrl', message: 'Documentation URL'}),
            content: (
              <>
                <p>
                  <Translate id="errorCatalog.code.documentationUrlIntro">Error responses with this code link here:</Translate>
                </p>
                <div className={styles.docUrl}>
                  <code>{page.documentationUrl}</code>
                  <CopyButton
                    text={page.documentationUrl}
                    label={translate({id: 'errorCatalog.copy.link', message: 'Copy link'})}
                    className={styles.copyButton}
                  />
                </div>
              </>
            ),
          },
        ]
      : []),
  ];
}

/** Retry guidance with the response headers under it; only the headers where the catalog does not say whether to retry. */
function retrySections(page: CodePageData): CodeSection[] {
  const headersTitle = translate({id: 'errorCatalog.code.headers', message: 'Response headers'});
  const headers = page.headers.length > 0 && <HeaderTable headers={page.headers} />;
  if (!page.retry) return headers ? [{id: 'headers', title: headersTitle, content: headers}] : [];
  return [
    {
      id: 'retry',
      title: translate({id: 'errorCatalog.code.retry', message: 'Retry guidance'}),
      content: (
        <>
          <RetryGuidance wait={page.retry} retriesPermalink={page.retriesPermalink} />
          {headers && (
            <>
              <Heading as="h3" id="headers">
                {headersTitle}
              </Heading>
              {headers}
            </>
          )}
        </>
      ),
    },
  ];
}

function CodePage({page, data}: {page: CodePageData; data: {file: string; url: string}}): React.JSX.Element {
  const sections = codeSections(page);
  const name = distinctName(page.code, page.name);
  return (
    <Layout title={page.metaTitle} description={page.metaDescription}>
      <Head>
        <meta property="og:type" content="article" />
        <meta name="twitter:card" content="summary" />
        {/* Hydration waits for this page's data: fetch it while the scripts load. */}
        <link rel="preload" href={data.url} as="fetch" crossOrigin="anonymous" data-error-code-page={data.file} />
        {page.structuredData.map((json, i) => (
          <script key={i} type="application/ld+json">
            {json}
          </script>
        ))}
      </Head>
      <ReferenceLayout toc={sections.map(({id, title}) => ({id, label: title}))} nearby={page.nearby} links={page.links}>
        <main className={styles.page} data-error-code={page.code}>
          <Breadcrumbs
            items={[
              {label: errorsLabel(), to: page.indexPermalink},
              {label: page.category.title.value, to: page.category.permalink},
              {label: String(page.code)},
            ]}
          />
          <header className={styles.header}>
            <Heading as="h1" className={styles.title}>
              <code className={styles.codeBadge} data-field="code" data-pagefind-meta="code" data-pagefind-weight="10">
                <Identifier text={page.code} />
              </code>{' '}
              {name !== undefined && (
                <>
                  <span className={styles.name} data-field="name" data-pagefind-meta="name" data-pagefind-weight="10">
                    <Identifier text={name} />
                  </span>{' '}
                </>
              )}
              <LifecycleBadge state={page.lifecycle.state} />
            </Heading>
            <p className={styles.lead}>
              <Text text={page.title} />
            </p>
            <Tombstone page={page} />
            <Facts page={page} />
          </header>

          {sections.map(({id, title, searchable, content}) => (
            <Section key={id} id={id} title={title} searchable={searchable}>
              {content}
            </Section>
          ))}
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
