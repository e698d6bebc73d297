import React from 'react';
import DataTable from './DataTable';
import {Cell} from './Cells';
import styles from './styles.module.css';

export interface FactRow {
  key: string;
  /** One cell per column of `head`; the first names the row. */
  cells: React.ReactNode[];
}

/**
 * Named things with a few facts each: headers, placeholders. On a phone each row becomes a block, with every fact
 * under its column's name, so no text is cut off and nothing scrolls sideways.
 */
export default function FactTable({name, head, rows}: {name?: string; head: string[]; rows: FactRow[]}): React.JSX.Element {
  return (
    <DataTable name={name} head={head} className={styles.factTable}>
      {rows.map((row) => (
        <tr key={row.key}>
          {row.cells.map((cell, i) => (
            <Cell key={head[i]} data-label={head[i]}>
              {cell}
            </Cell>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
