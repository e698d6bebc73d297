import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {LocalizedDocument} from '../../pageData';
import {FallbackBlock} from './Localized';
import styles from './styles.module.css';

/** A Markdown document of the catalog: its sanitized HTML, and its code blocks as the theme shows code in docs. */
export default function DocumentBody({body}: {body: LocalizedDocument}): React.JSX.Element {
  return (
    <FallbackBlock fallback={body.fallback}>
      <div className={`${styles.section} ${styles.guideBody}`} data-document-body>
        {body.value.map((part, i) =>
          'html' in part ? (
            <div key={i} className={`markdown ${styles.guideText}`} dangerouslySetInnerHTML={{__html: part.html}} />
          ) : (
            <CodeBlock key={i} language={part.language}>
              {part.code}
            </CodeBlock>
          ),
        )}
      </div>
    </FallbackBlock>
  );
}
