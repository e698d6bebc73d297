import React from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {CodeSummary, LocalizedText} from '../../pageData';
import DataTable from './DataTable';
import {Text} from './Localized';
import LifecycleBadge from './LifecycleBadge';
import styles from './styles.module.css';
import tableStyles from './CodeTable.module.css';
import CodeLink from './CodeLink';
import {Cell} from './Cells';
import {CodeNameText, hasNameColumn} from './CodeName';
import {useStatusLabels} from './statusLabels';

type Row = CodeSummary & {category?: {title: LocalizedText; permalink: string}};

export type CodeTableProps =
  | {codes: Row[]; column: 'status'; statusPermalinks: Record<number, string>; hidden?: Set<string>}
  | {codes: (Row & {category: {title: LocalizedText; permalink: string}})[]; column: 'category'; hidden?: Set<string>};

/**
 * One row per code: code, name, status or category, message; on a phone, code and name on a line, the rest below.
 * Codes without a transport have no status, and their table no status column.
 * `hidden` hides rows (by permalink) while keeping them in the server-rendered HTML.
 */
export default function CodeTable(props: CodeTableProps): React.JSX.Element {
  const statusLabel = useStatusLabels().column;
  const column = props.column === 'category' || props.codes.some((c) => c.status !== undefined) ? props.column : undefined;
  const withName = hasNameColumn(props.codes);
  const columnLabel = column === 'status' ? statusLabel : translate({id: 'errorCatalog.index.category', message: 'Category'});
  return (
    <DataTable
      className={`${tableStyles.codeTable} ${styles.codeRows}`}
      searchable={false}
      head={[
        translate({id: 'errorCatalog.table.code', message: 'Code'}),
        ...(withName ? [translate({id: 'errorCatalog.table.name', message: 'Name'})] : []),
        ...(column ? [columnLabel] : []),
        translate({id: 'errorCatalog.table.message', message: 'Message'}),
      ]}>
      {props.codes.map((c) => (
        <tr key={c.permalink} hidden={props.hidden?.has(c.permalink)} data-code={c.code}>
          <Cell data-field="code">
            <CodeLink code={c.code} permalink={c.permalink} />
          </Cell>
          {withName && (
            <Cell className={styles.name}>
              <span data-field="name">
                <CodeNameText code={c.code} name={c.name} />
              </span>{' '}
              <LifecycleBadge state={c.lifecycle} />
            </Cell>
          )}
          {column && (
            <Cell data-field={column} data-label={columnLabel}>
              {props.column === 'status' ? (
                <Link to={props.statusPermalinks[c.status!]!}>{c.status}</Link>
              ) : (
                <Link to={c.category!.permalink}>
                  <Text text={c.category!.title} />
                </Link>
              )}
            </Cell>
          )}
          <Cell data-field="message">
            <Text text={c.message} message />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
