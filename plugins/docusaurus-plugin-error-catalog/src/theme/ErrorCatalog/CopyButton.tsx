import React, {useState} from 'react';
import {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';

/** Copies text to the clipboard; `copied` stays true for two seconds after, for the button to say so. */
export function useCopy(): {copied: boolean; copy: (text: string) => Promise<void>} {
  const [copied, setCopied] = useState(false);
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return {copied, copy};
}

/** Copies `text` to the clipboard. It needs JavaScript, so the static page has only the text, not the button. */
export default function CopyButton({text, label, className}: {text: string; label: string; className?: string}): React.JSX.Element | null {
  const isBrowser = useIsBrowser();
  const {copied, copy: copyText} = useCopy();
  if (!isBrowser) return null;
  const copy = () => copyText(text);
  return (
    <button type="button" className={`button button--sm button--secondary ${className ?? ''}`} onClick={copy}>
      <span aria-live="polite">{copied ? translate({id: 'errorCatalog.copy.done', message: 'Copied'}) : label}</span>
    </button>
  );
}
