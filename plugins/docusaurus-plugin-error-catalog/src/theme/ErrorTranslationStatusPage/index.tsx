import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {TranslationStatusPageData} from '../../pageData';
import Breadcrumbs from '../ErrorCatalog/Breadcrumbs';
import DataTable from '../ErrorCatalog/DataTable';
import {errorsLabel} from '../ErrorCatalog/labels';
import ReferenceLayout from '../ErrorCatalog/ReferenceLayout';
import styles from '../ErrorCatalog/styles.module.css';
import meterStyles from './styles.module.css';
import {Cell, Item} from '../ErrorCatalog/Cells';
import {Text} from '../ErrorCatalog/Localized';

const percent = (translated: number, total: number) => (total === 0 ? 100 : Math.floor((translated / total) * 1000) / 10);

type GuideCoverage = NonNullable<TranslationStatusPageData['locales'][number]['guides']>;

function GuideList({
  guides,
  name,
  children,
}: {
  guides: GuideCoverage['missing'];
  name: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <>
      <p>{children}:</p>
      <ul data-guides-coverage={name}>
        {guides.map((g) => (
          <Item key={g.permalink}>
            <Link to={g.permalink}>
              <Text text={g.title} />
            </Link>
          </Item>
        ))}
      </ul>
    </>
  );
}

/** Coverage of each locale, computed from the catalog's locale files and translated guides, with what is still missing. */
export default function ErrorTranslationStatusPage({page}: {page: TranslationStatusPageData}): React.JSX.Element {
  const title = translate({id: 'errorCatalog.translations.title', message: 'Translation status'});
  const hasGuides = page.locales.some((l) => l.guides);
  return (
    <Layout title={title} description={`${page.product}: ${title}`}>
      <ReferenceLayout>
        <main className={styles.page}>
          <Breadcrumbs items={[{label: errorsLabel(), to: page.indexPermalink}, {label: title}]} />
          <Heading as="h1">{title}</Heading>
          <p className={styles.lead}>
            <Translate id="errorCatalog.translations.description">
              How much of the error catalog is translated into each language. Untranslated text is shown in English.
            </Translate>
          </p>
          <p>
            <Translate id="errorCatalog.translations.source">Source language</Translate>: {page.source.language}{' '}
            <code>{page.source.locale}</code>
          </p>
          <DataTable
            name="translation-coverage"
            head={[
              translate({id: 'errorCatalog.translations.locale', message: 'Language'}),
              translate({id: 'errorCatalog.translations.translated', message: 'Translated fields'}),
              translate({id: 'errorCatalog.translations.missing', message: 'Missing fields'}),
              translate({id: 'errorCatalog.translations.coverage', message: 'Coverage'}),
              ...(hasGuides ? [translate({id: 'errorCatalog.translations.guides', message: 'Translated guides'})] : []),
            ]}>
            {page.locales.map((l) => (
              <tr key={l.locale} data-locale={l.locale}>
                <Cell>
                  <Link to={`#${l.locale}`}>{l.language}</Link> <code>{l.locale}</code>
                </Cell>
                <Cell>
                  {l.translated} / {l.total}
                </Cell>
                <Cell>{l.total - l.translated}</Cell>
                <Cell>
                  <meter min={0} max={l.total} value={l.translated} className={meterStyles.meter} aria-hidden />{' '}
                  {percent(l.translated, l.total)}%
                </Cell>
                {l.guides && (
                  <Cell>
                    {l.guides.translated} / {l.guides.total}
                    {l.guides.stale.length > 0 && (
                      <>
                        {' '}
                        <Translate id="errorCatalog.translations.staleCount" values={{count: l.guides.stale.length}}>
                          {'({count} stale)'}
                        </Translate>
                      </>
                    )}
                  </Cell>
                )}
              </tr>
            ))}
          </DataTable>
          {page.locales.map((l) => (
            <section key={l.locale} className={styles.section}>
              <Heading as="h2" id={l.locale}>
                {l.language} <code>{l.locale}</code>
              </Heading>
              {l.missing.length === 0 && !l.guides?.missing.length && !l.guides?.stale.length && (
                <p>
                  <Translate id="errorCatalog.translations.complete">Everything is translated.</Translate>
                </p>
              )}
              {l.guides && l.guides.missing.length > 0 && (
                <GuideList guides={l.guides.missing} name="missing">
                  <Translate id="errorCatalog.translations.guidesMissing">Guides not yet translated</Translate>
                </GuideList>
              )}
              {l.guides && l.guides.stale.length > 0 && (
                <GuideList guides={l.guides.stale} name="stale">
                  <Translate id="errorCatalog.translations.guidesStale">Guides changed since they were translated</Translate>
                </GuideList>
              )}
              {l.missing.length > 0 && (
                <details>
                  <summary>
                    <Translate id="errorCatalog.translations.missingList">Not yet translated</Translate> ({l.total - l.translated})
                  </summary>
                  <ul>
                    {l.missing.map((m) => (
                      <Item key={m.permalink}>
                        <Link to={m.permalink}>{m.label}</Link>: {m.fields.join(', ')}
                      </Item>
                    ))}
                  </ul>
                </details>
              )}
            </section>
          ))}
        </main>
      </ReferenceLayout>
    </Layout>
  );
}
