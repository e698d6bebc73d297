import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import SectionHeading from '../ErrorCatalog/SectionHeading';
import Layout from '@theme/Layout';
import type {StatusReferencePageData} from '../../pageData';
import {GuideBreadcrumbs} from '../ErrorCatalog/Breadcrumbs';
import {useGeneratedGuide} from '../ErrorCatalog/guideLabels';
import {HtmlBlock, HtmlList, Text} from '../ErrorCatalog/Localized';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';

export default function ErrorStatusReferencePage({page}: {page: StatusReferencePageData}): React.JSX.Element {
  const {title, description} = useGeneratedGuide()('statuses');
  const toc = page.statuses.map((s) => ({id: String(s.status), label: `${s.status} ${s.title}`}));
  return (
    <Layout title={`${title} · ${page.product}`} description={description}>
      <ReferenceLayout toc={toc}>
        <main className={styles.page} data-status-reference>
          <GuideBreadcrumbs page={page} title={title} />
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>{description}</p>
          {page.statuses.map((s) => (
            <section key={s.status} className={styles.section} data-status={s.status}>
              <SectionHeading id={String(s.status)}>
                {s.status} {s.title}
              </SectionHeading>
              {s.meaning && (
                <p>
                  <strong>
                    <Text text={s.meaning} />
                  </strong>
                </p>
              )}
              {s.descriptionHtml && <HtmlBlock html={s.descriptionHtml} />}
              {s.troubleshootingHtml && (
                <>
                  <Heading as="h3" id={`${s.status}-check`}>
                    <Translate id="errorCatalog.status.troubleshooting">What to check</Translate>
                  </Heading>
                  <HtmlList items={s.troubleshootingHtml} />
                </>
              )}
              <p data-codes>
                <Link to={s.permalink}>
                  <Translate id="errorCatalog.status.codes" values={{count: s.count}}>
                    {'Codes with this status ({count})'}
                  </Translate>
                </Link>
                {s.ranges.length > 0 && <span className={styles.muted}>: {s.ranges.join(', ')}</span>}
              </p>
            </section>
          ))}
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
