import React from 'react';
import {translate} from '@docusaurus/Translate';
import type {HeaderData} from '../../pageData';
import DataTable from './DataTable';
import {HtmlInline} from './Localized';
import styles from './styles.module.css';

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
          <td>
            <code>{h.name}</code>
          </td>
          <td>
            <code>{h.example}</code>
            {h.exampleDate && (
              <>
                <br />
                <time className={styles.muted} dateTime={h.exampleDate}>
                  {h.exampleDate}
                </time>
              </>
            )}
          </td>
          <HtmlInline as="td" html={h.descriptionHtml} />
        </tr>
      ))}
    </DataTable>
  );
}
