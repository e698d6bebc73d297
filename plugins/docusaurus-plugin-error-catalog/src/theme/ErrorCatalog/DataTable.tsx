import React from 'react';
import styles from './styles.module.css';
import {HeaderCell} from './Cells';

export interface DataTableProps {
  /** Column headings, already translated. */
  head: string[];
  children: React.ReactNode;
  /** Names the table for tests and verification, e.g. `status-mapping`. */
  name?: string;
  className?: string;
  foot?: React.ReactNode;
  /**
   * `false` keeps the table out of the search index: a list of codes would make its page a result for every code
   * it lists, next to the code's own page.
   */
  searchable?: boolean;
}

/** A table that scrolls sideways on narrow screens instead of overflowing the page. */
export default function DataTable({head, children, name, className, foot, searchable = true}: DataTableProps): React.JSX.Element {
  return (
    <div className={styles.tableScroll} data-pagefind-ignore={searchable ? undefined : ''}>
      <table data-table={name} className={className}>
        <thead>
          <tr>
            {head.map((label) => (
              <HeaderCell scope="col" key={label}>
                {label}
              </HeaderCell>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
