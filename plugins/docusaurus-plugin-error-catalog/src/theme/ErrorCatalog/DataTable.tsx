import React from 'react';
import styles from './styles.module.css';

export interface DataTableProps {
  /** Column headings, already translated. */
  head: string[];
  children: React.ReactNode;
  /** Names the table for tests and verification, e.g. `status-mapping`. */
  name?: string;
  className?: string;
  foot?: React.ReactNode;
}

/** A table that scrolls sideways on narrow screens instead of overflowing the page. */
export default function DataTable({head, children, name, className, foot}: DataTableProps): React.JSX.Element {
  return (
    <div className={styles.tableScroll}>
      <table data-table={name} className={className}>
        <thead>
          <tr>
            {head.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
