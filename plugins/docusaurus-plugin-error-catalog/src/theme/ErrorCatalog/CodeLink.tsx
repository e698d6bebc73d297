import React from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** A code as a link to its page, set in code type: the same in every table and flow step. */
export default function CodeLink({code, permalink}: {code: string | number; permalink: string}): React.JSX.Element {
  return (
    <Link to={permalink} className={styles.codeLink}>
      <code>{code}</code>
    </Link>
  );
}
