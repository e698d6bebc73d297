import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import type {ExampleData} from '../../pageData';

/** An example HTTP response: status line, headers, then the JSON body. */
export default function HttpExample({example}: {example: ExampleData}): React.JSX.Element {
  const head = [example.statusLine, ...example.headers.map(([name, value]) => `${name}: ${value}`)].join('\n');
  return (
    <div data-example-mode={example.mode} data-example-format={example.format}>
      <CodeBlock language="http">{head}</CodeBlock>
      <CodeBlock language="json">{example.body}</CodeBlock>
    </div>
  );
}
