import React from 'react';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';
import type {SnippetData} from '../../pageData';
import CodeSample from './CodeSample';

/** Code in each language, one tab each; the reader's choice is remembered across pages. */
export default function Snippets({snippets, showModule = false}: {snippets: SnippetData[]; showModule?: boolean}): React.JSX.Element {
  return (
    <Tabs groupId="error-catalog-language">
      {snippets.map((s) => (
        <TabItem key={s.language} value={s.language} label={s.label}>
          <CodeSample code={s.code} language={s.language} title={showModule ? s.module : undefined} />
        </TabItem>
      ))}
    </Tabs>
  );
}
