/** Each locale's message templates, for servers that format the messages the pages show. */
import {Localizer} from './i18n';
import {emptyRecord} from './schema';
import type {Catalog} from './types';

export interface MessageBundle {
  locale: string;
  sourceLocale: string;
  /** Code → ICU message template. */
  messages: Record<string, string>;
  /** Code → variant key → ICU message template, for the codes that have variants. */
  variants: Record<string, Record<string, string>>;
  /** Codes with a message or a variant in the source-language text because no translation exists. */
  fallback: string[];
}

export function messageBundles(catalog: Catalog): MessageBundle[] {
  return catalog.locales.map((locale) => {
    const l10n = new Localizer(catalog, locale);
    const messages = emptyRecord<string>();
    const variants = emptyRecord<Record<string, string>>();
    const fallback: string[] = [];
    for (const entry of catalog.codes) {
      const localized = l10n.messages(entry);
      for (const {variant, text} of localized) {
        if (variant === undefined) messages[entry.codeText] = text.value;
        else (variants[entry.codeText] ??= emptyRecord<string>())[variant] = text.value;
      }
      if (localized.some((m) => m.text.fallback)) fallback.push(entry.codeText);
    }
    return {locale, sourceLocale: catalog.locales[0]!, messages, variants, fallback};
  });
}
