import React from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import {useCopy} from './CopyButton';
import styles from './styles.module.css';

/**
 * A section heading with a button that copies the page's URL with the section's #anchor, for a link in a support
 * ticket. Like every copy button it needs JavaScript: the static page has the heading and its anchor only.
 */
export default function SectionHeading({
  id,
  as = 'h2',
  children,
}: {
  id: string;
  as?: 'h2' | 'h3';
  children: React.ReactNode;
}): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const {copied, copy: copyText} = useCopy();
  const copy = () => {
    const url = new URL(window.location.href);
    url.hash = id;
    return copyText(url.href);
  };
  const label = copied
    ? translate({id: 'errorCatalog.copy.done', message: 'Copied'})
    : translate({id: 'errorCatalog.copy.sectionLink', message: 'Copy link to this section'});
  return (
    <Heading as={as} id={id} className={styles.sectionHeading}>
      {children}
      {isBrowser && (
        <button type="button" className={styles.sectionLink} onClick={copy} title={label} aria-label={label} data-copy-section={id}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path
              fill="currentColor"
              d="M10.6 13.4a1 1 0 0 1 0-1.4l3-3a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2a1 1 0 0 0-1.4-1.4l-3 3a1 1 0 0 1-1.4 0zm2.8-2.8a1 1 0 0 1 0 1.4l-3 3a3 3 0 1 1-4.2-4.2l2-2a1 1 0 1 1 1.4 1.4l-2 2a1 1 0 0 0 1.4 1.4l3-3a1 1 0 0 1 1.4 0z"
            />
          </svg>
          <span aria-live="polite" className={styles.sectionLinkStatus}>
            {copied ? label : ''}
          </span>
        </button>
      )}
    </Heading>
  );
}
