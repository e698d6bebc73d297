import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import SectionHeading from '../ErrorCatalog/SectionHeading';
import Layout from '@theme/Layout';
import type {ClientHandlingPageData} from '../../pageData';
import {GuideBreadcrumbs} from '../ErrorCatalog/Breadcrumbs';
import {useGeneratedGuide} from '../ErrorCatalog/guideLabels';
import {Text} from '../ErrorCatalog/Localized';
import {BackoffRule} from '../ErrorCatalog/RetryGuidance';
import Snippets from '../ErrorCatalog/Snippets';
import {formatLabel} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import {Item} from '../ErrorCatalog/Cells';
import CodeName from '../ErrorCatalog/CodeName';

export default function ErrorClientHandlingPage({page}: {page: ClientHandlingPageData}): React.JSX.Element {
  const generatedGuide = useGeneratedGuide();
  const {title, description} = generatedGuide('client-handling');
  const headings = {
    module: translate({id: 'errorCatalog.client.module', message: 'The client module'}),
    detecting: translate({id: 'errorCatalog.client.detecting', message: 'Branching on a code'}),
  };
  const toc = [
    {id: 'client-module', label: headings.module},
    {id: 'detecting-codes', label: headings.detecting},
  ];
  const retriesLink = <Link to={page.retriesPermalink}>{generatedGuide('retries').title}</Link>;
  return (
    <Layout title={`${title} · ${page.product}`} description={description}>
      <ReferenceLayout toc={toc}>
        <main className={styles.page} data-client-handling>
          <GuideBreadcrumbs page={page} title={title} />
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>{description}</p>
          <section className={styles.section}>
            <SectionHeading id="client-module">{headings.module}</SectionHeading>
            <ul>
              <Item>
                <Translate
                  id="errorCatalog.client.formats"
                  values={{formats: page.formats.map((f, i) => formatLabel(f, i === 0)).join(', ')}}>
                  {'It reads error bodies in every format the API sends: {formats}.'}
                </Translate>
              </Item>
              <Item>
                {page.retryableCount === 1 ? (
                  <Translate id="errorCatalog.client.retryableOne" values={{link: retriesLink}}>
                    {'It retries the one code the catalog marks retryable ({link}), honouring Retry-After.'}
                  </Translate>
                ) : (
                  <Translate id="errorCatalog.client.retryable" values={{count: page.retryableCount, link: retriesLink}}>
                    {'It retries the {count} codes the catalog marks retryable ({link}), honouring Retry-After.'}
                  </Translate>
                )}
              </Item>
              {page.retryAfterField && (
                <Item>
                  <Translate id="errorCatalog.client.retryAfterField" values={{field: <code>{page.retryAfterField}</code>}}>
                    {'Where a response has no Retry-After header, it waits the seconds in the {field} field of the body.'}
                  </Translate>
                </Item>
              )}
              {page.policy && (
                <Item>
                  <BackoffRule policy={page.policy} />
                </Item>
              )}
            </ul>
            <Snippets snippets={page.modules} showModule />
          </section>
          <section className={styles.section}>
            <SectionHeading id="detecting-codes">{headings.detecting}</SectionHeading>
            <p>
              <Translate id="errorCatalog.client.detectingIntro">
                Every code page shows the code that detects it. These are the three kinds of handling:
              </Translate>
            </p>
            {page.examples.map(({anchor, summary, snippets}) => (
              <div key={summary.permalink} data-code={summary.code}>
                <Heading as="h3" id={anchor}>
                  <Link to={summary.permalink}>
                    <CodeName code={summary.code} name={summary.name} />
                  </Link>{' '}
                  <span className={styles.muted}>
                    <Text text={summary.title} />
                  </span>
                </Heading>
                <Snippets snippets={snippets} />
              </div>
            ))}
          </section>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
