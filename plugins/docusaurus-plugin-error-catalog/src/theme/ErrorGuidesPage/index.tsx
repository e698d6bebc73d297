import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {GuidesIndexPageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import {guidesLabel, useGeneratedGuide} from '../ErrorCatalog/guideLabels';
import {errorsLabel} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import guideStyles from './styles.module.css';
import {Item} from '../ErrorCatalog/Cells';
import {SymptomList, Text} from '../ErrorCatalog/Localized';
import CodeName from '../ErrorCatalog/CodeName';

export default function ErrorGuidesPage({page}: {page: GuidesIndexPageData}): React.JSX.Element {
  const generatedGuide = useGeneratedGuide();
  return (
    <Layout title={`${guidesLabel()} · ${page.product}`}>
      <ReferenceLayout>
        <main className={styles.page} data-guides-index>
          <Breadcrumbs items={[{label: errorsLabel(), to: page.indexPermalink}, {label: guidesLabel()}]} />
          <Heading as="h1">{guidesLabel()}</Heading>
          {page.prosePages.length > 0 && (
            <section className={styles.section}>
              <Heading as="h2" id="about">
                <Translate id="errorCatalog.guides.about">About these errors</Translate>
              </Heading>
              <ul className={styles.guideLinks}>
                {page.prosePages.map((p) => (
                  <Item key={p.permalink}>
                    <Link to={p.permalink}>
                      <Text text={p.title} />
                    </Link>
                    {p.summary && (
                      <>
                        <br />
                        <span className={styles.muted}>
                          <Text text={p.summary} />
                        </span>
                      </>
                    )}
                  </Item>
                ))}
              </ul>
            </section>
          )}
          {page.guides.length > 0 && (
            <section className={styles.section}>
              <Heading as="h2" id="by-symptom">
                <Translate id="errorCatalog.guides.bySymptom">By what you see</Translate>
              </Heading>
              {page.guides.map((g) => (
                <article key={g.permalink} className={guideStyles.guideCard} data-guide={g.permalink}>
                  <Heading as="h3" id={g.permalink.split('/').pop()}>
                    <Link to={g.permalink}>
                      <Text text={g.title} />
                    </Link>
                  </Heading>
                  <p>
                    <Text text={g.summary} />
                  </p>
                  <SymptomList symptoms={g.symptoms} />
                  <p className={styles.muted}>
                    {g.codes.map((c, i) => (
                      <React.Fragment key={c.permalink}>
                        {i > 0 && ' · '}
                        <Link to={c.permalink}>
                          <CodeName code={c.code} name={c.name} />
                        </Link>
                      </React.Fragment>
                    ))}
                  </p>
                </article>
              ))}
            </section>
          )}
          <section className={styles.section}>
            <Heading as="h2" id="generated">
              <Translate id="errorCatalog.guides.fromCatalog">Built from every entry</Translate>
            </Heading>
            <ul className={styles.guideLinks}>
              {page.generated.map((g) => {
                const {title, description} = generatedGuide(g.id);
                return (
                  <Item key={g.id}>
                    <Link to={g.permalink}>{title}</Link>
                    <br />
                    <span className={styles.muted}>{description}</span>
                  </Item>
                );
              })}
              {page.tagsPermalink && (
                <Item>
                  <Link to={page.tagsPermalink}>
                    <Translate id="errorCatalog.tags.title">Tags</Translate>
                  </Link>
                </Item>
              )}
            </ul>
          </section>
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
