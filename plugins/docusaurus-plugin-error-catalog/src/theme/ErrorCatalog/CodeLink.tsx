import React from 'react';
import Link from '@docusaurus/Link';
import {Cell} from './Cells';
import {CodeNameText} from './CodeName';
import styles from './styles.module.css';

/** A code as a link to its page, set in code type: the same in every table and flow step. */
export default function CodeLink({code, permalink}: {code: string | number; permalink: string}): React.JSX.Element {
  return (
    <Link to={permalink} className={styles.codeLink}>
      <code>{code}</code>
    </Link>
  );
}

/** A table row's first cells: the code, linking to its page, and, where the table has the column, its name. */
export function CodeCells({
  code,
  name,
  permalink,
  withName,
}: {
  code: string | number;
  name?: string;
  permalink: string;
  withName: boolean;
}): React.JSX.Element {
  return (
    <>
      <Cell>
        <CodeLink code={code} permalink={permalink} />
      </Cell>
      {withName && (
        <Cell className={styles.name}>
          <CodeNameText code={code} name={name} />
        </Cell>
      )}
    </>
  );
}
