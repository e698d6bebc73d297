import React from 'react';
import Layout from '@theme/Layout';
import Mermaid from '@theme/Mermaid';

/** The Mermaid baseline's one page: a diagram, so the bundler compiles Mermaid as it does for the plugin's guide pages. */
export default function Diagram(): React.JSX.Element {
  return (
    <Layout>
      <Mermaid
        value={
          'flowchart TD\n  start[Request fails] --> retry{Retryable?}\n  retry -->|yes| wait[Wait and retry]\n  retry -->|no| fix[Fix the request]'
        }
      />
    </Layout>
  );
}
