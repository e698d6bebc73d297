import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {CodeSummary} from '../../pageData';
import LifecycleBadge from './LifecycleBadge';
import styles from './styles.module.css';

type Row = CodeSummary & {category?: {title: string; permalink: string}};

export type CodeTableProps =
  | {codes: Row[]; column: 'status'; statusPermalinks: Record<number, string>; hidden?: Set<string>}
  | {codes: (Row & {category: {title: string; permalink: string}})[]; column: 'category'; hidden?: Set<string>};

/**
 * One row per code: code, name, status or category, message. `hidden` hides
 * rows (by permalink) while keeping them in the server-rendered HTML.
 */
export default function CodeTable(props: CodeTableProps): React.JSX.Element {
  return (
    <div className={styles.tableScroll}>
      <table className={styles.codeTable}>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="errorCatalog.table.code">Code</Translate>
            </th>
            <th scope="col">
              <Translate id="errorCatalog.table.name">Name</Translate>
            </th>
            <th scope="col">
              {props.column === 'status' ? (
                <Translate id="errorCatalog.table.status">HTTP</Translate>
              ) : (
                <Translate id="errorCatalog.index.category">Category</Translate>
              )}
            </th>
            <th scope="col">
              <Translate id="errorCatalog.table.message">Message</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.codes.map((c) => (
            <tr key={c.permalink} hidden={props.hidden?.has(c.permalink)} data-code={c.code}>
              <td data-field="code">
                <Link to={c.permalink} className={styles.codeLink}>
                  <code>{c.code}</code>
                </Link>
              </td>
              <td className={styles.name}>
                <span data-field="name">{c.name}</span> <LifecycleBadge state={c.lifecycle} />
              </td>
              <td data-field={props.column}>
                {props.column === 'status' ? (
                  <Link to={props.statusPermalinks[c.status]!}>{c.status}</Link>
                ) : (
                  <Link to={c.category!.permalink}>{c.category!.title}</Link>
                )}
              </td>
              <td data-field="message">{c.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
