import React from 'react';
import Heading from '@theme/Heading';
import type {LocalizedText} from '../../pageData';
import {Text} from './Localized';
import styles from './styles.module.css';

/** The title of a page written in the catalog's Markdown, a guide or a prose page, and its summary where it has one. */
export default function DocumentTitle({title, summary}: {title: LocalizedText; summary?: LocalizedText}): React.JSX.Element {
  return (
    <>
      <Heading as="h1">
        <Text text={title} />
      </Heading>
      {summary && (
        <p className={styles.lead}>
          <Text text={summary} />
        </p>
      )}
    </>
  );
}
