import React from 'react';
import type {ExampleData} from '../../pageData';
import CodeSample from './CodeSample';

/** An example HTTP response: status line, headers, then the JSON body. */
export default function HttpExample({example}: {example: ExampleData}): React.JSX.Element {
  const head = [example.statusLine, ...example.headers.map(([name, value]) => `${name}: ${value}`)].join('\n');
  return (
    <div data-example-mode={example.mode} data-example-format={example.format.id}>
      <CodeSample code={head} language="http" />
      <CodeSample code={example.body} language="json" />
    </div>
  );
}
