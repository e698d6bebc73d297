import React from 'react';
import {translate} from '@docusaurus/Translate';
import type {HeaderData} from '../../pageData';
import FactTable from './FactTable';
import {HtmlInline} from './Localized';
import styles from './styles.module.css';

/** Response headers with an example value each; Unix times also as dates. */
export default function HeaderTable({headers}: {headers: HeaderData[]}): React.JSX.Element {
  return (
    <FactTable
      name="headers"
      head={[
        translate({id: 'errorCatalog.code.header', message: 'Header'}),
        translate({id: 'errorCatalog.code.headerExample', message: 'Example'}),
        translate({id: 'errorCatalog.code.headerMeaning', message: 'Meaning'}),
      ]}
      rows={headers.map((h) => ({
        key: h.name,
        cells: [
          <code>{h.name}</code>,
          <>
            <code>{h.example}</code>
            {h.exampleDate && (
              <>
                <br />
                <time className={styles.muted} dateTime={h.exampleDate}>
                  {h.exampleDate}
                </time>
              </>
            )}
          </>,
          <HtmlInline html={h.descriptionHtml} />,
        ],
      }))}
    />
  );
}
