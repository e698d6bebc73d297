import React from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import {translate} from '@docusaurus/Translate';
import type {ErrorCatalogGlobalData, LocalizedList, LocalizedText} from '../../pageData';
import styles from './styles.module.css';
import {Cell, Item} from './Cells';

function useSourceLocale(): string {
  return (usePluginData('docusaurus-plugin-error-catalog') as ErrorCatalogGlobalData).sourceLocale;
}

function fallbackNotice(): string {
  return translate({id: 'errorCatalog.fallback.notice', message: 'Not translated yet; shown in English.'});
}

/** A short marker after untranslated inline text; its notice is the tooltip and the screen-reader text. */
function FallbackMark({locale}: {locale: string}): React.JSX.Element {
  const notice = fallbackNotice();
  return (
    <abbr className={styles.fallbackMark} title={notice} aria-label={notice} data-fallback-notice>
      {locale.toUpperCase()}
    </abbr>
  );
}

/** `{name}` in a readable message: where the server puts a value. */
const placeholder = /(\{[\p{L}\p{N}_]+\})/u;

/** A readable message with its placeholders marked; the text stays exactly the message. */
function withPlaceholders(value: string): React.ReactNode {
  return value.split(placeholder).map((part, i) =>
    i % 2 === 1 ? (
      <var key={i} className={styles.placeholder}>
        {part}
      </var>
    ) : (
      part
    ),
  );
}

/** Inline text (`message`: a readable message, placeholders marked); untranslated text keeps its own `lang` and gets a marker. */
export function Text({text, message = false}: {text: LocalizedText; message?: boolean}): React.JSX.Element {
  const source = useSourceLocale();
  const value = message ? withPlaceholders(text.value) : text.value;
  if (!text.fallback) return <>{value}</>;
  return (
    <span lang={source} data-fallback>
      {value} <FallbackMark locale={source} />
    </span>
  );
}

/** Inline server-rendered HTML (a table cell, a sentence); untranslated HTML gets a marker. */
export function HtmlInline({html, as = 'span'}: {html: LocalizedText; as?: 'span' | 'td'}): React.JSX.Element {
  const source = useSourceLocale();
  const Tag = as === 'td' ? Cell : 'span';
  if (!html.fallback) return <Tag dangerouslySetInnerHTML={{__html: html.value}} />;
  return (
    <Tag lang={source} data-fallback>
      <span dangerouslySetInnerHTML={{__html: html.value}} /> <FallbackMark locale={source} />
    </Tag>
  );
}

/** A block of server-rendered HTML; untranslated blocks get a one-line notice. */
export function HtmlBlock({html, className}: {html: LocalizedText; className?: string}): React.JSX.Element {
  const source = useSourceLocale();
  if (!html.fallback) return <div className={className} dangerouslySetInnerHTML={{__html: html.value}} />;
  return (
    <div lang={source} data-fallback className={className}>
      <p className={styles.fallbackNotice} data-fallback-notice>
        {fallbackNotice()}
      </p>
      <div dangerouslySetInnerHTML={{__html: html.value}} />
    </div>
  );
}

/** Blocks in the source language because no translation exists: marked with their `lang` and a one-line notice. */
export function FallbackBlock({fallback, children}: {fallback?: true; children: React.ReactNode}): React.JSX.Element {
  const source = useSourceLocale();
  if (!fallback) return <>{children}</>;
  return (
    <div lang={source} data-fallback>
      <p className={styles.fallbackNotice} data-fallback-notice>
        {fallbackNotice()}
      </p>
      {children}
    </div>
  );
}

/** A list of server-rendered HTML items. */
export function HtmlList({items, ordered = false}: {items: LocalizedList; ordered?: boolean}): React.JSX.Element {
  const List = ordered ? 'ol' : 'ul';
  return (
    <FallbackBlock fallback={items.fallback}>
      <List>
        {items.value.map((html) => (
          <Item key={html} dangerouslySetInnerHTML={{__html: html}} />
        ))}
      </List>
    </FallbackBlock>
  );
}

/** Symptoms as readers see them, each as code. */
export function SymptomList({symptoms}: {symptoms: LocalizedList}): React.JSX.Element {
  return (
    <FallbackBlock fallback={symptoms.fallback}>
      <ul className={styles.symptoms} data-symptoms>
        {symptoms.value.map((s) => (
          <Item key={s}>
            <code>{s}</code>
          </Item>
        ))}
      </ul>
    </FallbackBlock>
  );
}
