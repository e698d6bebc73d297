import React from 'react';
import type {SnippetData} from '../../pageData';
import CodeSample from './CodeSample';
import Tabs from './Tabs';

/** Code in each language, one tab each; the reader's choice is remembered across pages. */
export default function Snippets({snippets, showModule = false}: {snippets: SnippetData[]; showModule?: boolean}): React.JSX.Element {
  return (
    <Tabs
      groupId="error-catalog-language"
      panels={snippets.map((s) => ({
        value: s.language,
        label: s.label,
        content: <CodeSample code={s.code} language={s.language} title={showModule ? s.module : undefined} />,
      }))}
    />
  );
}
