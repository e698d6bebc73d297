import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import IconEdit from '@theme/Icon/Edit';
import type {PageLinksData, PageSubjectKind} from '../../pageData';
import styles from './styles.module.css';

function EditLabel({kind}: {kind: PageSubjectKind}): React.JSX.Element {
  switch (kind) {
    case 'code':
      return <Translate id="errorCatalog.edit.code">Edit this code</Translate>;
    case 'category':
      return <Translate id="errorCatalog.edit.category">Edit this category</Translate>;
    case 'status':
      return <Translate id="errorCatalog.edit.status">Edit this status</Translate>;
    case 'guide':
      return <Translate id="errorCatalog.edit.guide">Edit this guide</Translate>;
    case 'page':
      return <Translate id="errorCatalog.edit.page">Edit this page</Translate>;
  }
}

/** Where the page's entry is written, and where to report a problem with it, as the site's options give them. */
export default function PageLinks({links}: {links: PageLinksData}): React.JSX.Element {
  return (
    <footer className={styles.pageLinks} data-pagefind-ignore="all" data-page-links>
      {links.editUrl && (
        <Link href={links.editUrl} className="theme-edit-this-page" data-edit-link>
          <IconEdit />
          <EditLabel kind={links.kind} />
        </Link>
      )}
      {links.feedbackUrl && (
        <Link href={links.feedbackUrl} data-feedback-link>
          <Translate id="errorCatalog.feedback">Report a problem with this page</Translate>
        </Link>
      )}
    </footer>
  );
}
