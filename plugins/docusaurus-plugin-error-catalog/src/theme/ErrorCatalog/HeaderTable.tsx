import React from 'react';
import {translate} from '@docusaurus/Translate';
import type {HeaderData} from '../../pageData';
import DataTable from './DataTable';
import {HtmlInline} from './Localized';
import styles from './styles.module.css';
import {Cell} from './Cells';

/** Response headers with an example value each; Unix times also as dates. */
export default function HeaderTable({headers}: {headers: HeaderData[]}): React.JSX.Element {
  return (
    <DataTable
      name="headers"
      head={[
        translate({id: 'errorCatalog.code.header', message: 'Header'}),
        translate({id: 'errorCatalog.code.headerExample', message: 'Example'}),
        translate({id: 'errorCatalog.code.headerMeaning', message: 'Meaning'}),
      ]}>
      {headers.map((h) => (
        <tr key={h.name}>
          <Cell>
            <code>{h.name}</code>
          </Cell>
          <Cell>
            <code>{h.example}</code>
            {h.exampleDate && (
              <>
                <br />
                <time className={styles.muted} dateTime={h.exampleDate}>
                  {h.exampleDate}
                </time>
              </>
            )}
          </Cell>
          <HtmlInline as="td" html={h.descriptionHtml} />
        </tr>
      ))}
    </DataTable>
  );
}
