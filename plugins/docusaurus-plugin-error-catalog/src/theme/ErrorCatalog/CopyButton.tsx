import React, {useState} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** Copies `text` to the clipboard; the text itself stays visible for people without JavaScript. */
export default function CopyButton({text, label}: {text: string; label: string}): React.JSX.Element {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button type="button" className={`button button--sm button--secondary ${styles.copyButton}`} onClick={copy} data-copy-text={text}>
      <span aria-live="polite">{copied ? translate({id: 'errorCatalog.copy.done', message: 'Copied'}) : label}</span>
    </button>
  );
}
