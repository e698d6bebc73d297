/** Each locale's message templates, for servers that format the messages the pages show. */
import {Localizer} from './i18n';
import {emptyRecord} from './schema';
import type {Catalog} from './types';

export interface MessageBundle {
  locale: string;
  sourceLocale: string;
  /** Code → ICU message template. */
  messages: Record<string, string>;
  /** Codes whose message is the source-language text because no translation exists. */
  fallback: string[];
}

export function messageBundles(catalog: Catalog): MessageBundle[] {
  return catalog.locales.map((locale) => {
    const l10n = new Localizer(catalog, locale);
    const messages = emptyRecord<string>();
    const fallback: string[] = [];
    for (const entry of catalog.codes) {
      const message = l10n.code(entry, 'message');
      messages[entry.codeText] = message.value;
      if (message.fallback) fallback.push(entry.codeText);
    }
    return {locale, sourceLocale: catalog.locales[0]!, messages, fallback};
  });
}
