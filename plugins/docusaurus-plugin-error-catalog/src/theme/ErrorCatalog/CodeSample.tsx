import React from 'react';
import {translate} from '@docusaurus/Translate';
import colors from '@error-catalog/code-colors.module.css';
import {Prism} from 'prism-react-renderer';
import CopyButton from './CopyButton';
import styles from './styles.module.css';

type TokenStream = string | PrismToken | (string | PrismToken)[];
interface PrismToken {
  type: string;
  alias?: string | string[];
  content: TokenStream;
}

function renderTokens(stream: TokenStream, key?: number): React.ReactNode {
  if (typeof stream === 'string') return stream;
  if (Array.isArray(stream)) return stream.map((token, i) => renderTokens(token, i));
  const aliases = typeof stream.alias === 'string' ? [stream.alias] : (stream.alias ?? []);
  return (
    <span key={key} className={['token', stream.type, ...aliases].join(' ')}>
      {renderTokens(stream.content)}
    </span>
  );
}

/**
 * A highlighted, copyable code block. Prism's tokens get its class names and the site's Prism themes colour them
 * from one stylesheet (the plugin's code-colors.module.css): a page carries thousands of tokens, and an inline style
 * and a component each, as the theme's CodeBlock gives them, made them half of a code page's size and render time.
 */
export default function CodeSample({code, language, title}: {code: string; language: string; title?: string}): React.JSX.Element {
  const grammar = Prism.languages[language];
  return (
    <div className={`${colors.sample} ${styles.codeSample}`}>
      {title && <div className={styles.codeSampleTitle}>{title}</div>}
      <div className={styles.codeSampleBody}>
        <pre className={`language-${language}`} tabIndex={0}>
          <code>{grammar ? renderTokens(Prism.tokenize(code, grammar) as TokenStream) : code}</code>
        </pre>
        <CopyButton
          text={code}
          label={translate({id: 'theme.CodeBlock.copy', message: 'Copy', description: 'The copy button label on code blocks'})}
          className={styles.codeSampleCopy}
        />
      </div>
    </div>
  );
}
