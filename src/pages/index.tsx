import React from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';

export default function Home(): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout title={siteConfig.title} description={siteConfig.tagline}>
      <main className="container margin-vert--xl">
        <h1>{siteConfig.title}</h1>
        <p className="hero__subtitle">{siteConfig.tagline}</p>
        <p>
          Every error response of the API carries a <code>documentation_url</code> that opens its page here.
        </p>
        <div style={{display: 'flex', gap: '1rem', flexWrap: 'wrap'}}>
          <Link className="button button--primary button--lg" to="/errors">
            Browse error codes
          </Link>
          <Link className="button button--secondary button--lg" to="/docs/reading-error-pages">
            How to read an error page
          </Link>
        </div>
      </main>
    </Layout>
  );
}
