/** The data the paste box and not-found page match against. */
import {nameTerms, termsAmong, termsOf} from '../../match/fuzzy';
import {words} from '../../match/text';
import {commonBodyFields} from '../../match/match';
import type {LookupBodyFields, LookupCode, LookupData, LookupGuide, LookupName} from '../../pageData';
import type {EnvelopeFormat} from '../envelopeFormat';
import type {EnvelopeSource} from '../schema';
import {publishedSegments} from '../aliases';
import {statusTable} from '../derive';
import {guideCodes} from '../guides';
import {type Localized, Localizer} from '../i18n';
import {lookupKeys, shardLookup} from '../lookup';
import {messagePattern, messageWords, textPattern} from '../messages';
import type {Context} from './context';
import {stated} from '../stated';

/** Where a pasted body names a code, a type or a message: the field names of the catalog's envelopes, then common ones. */
function bodyFields(formats: EnvelopeFormat[]): LookupBodyFields {
  const names = (sources: EnvelopeSource[], common: string[]) => [
    ...new Set([
      ...formats.flatMap((format) => format.fields.flatMap((f) => ('from' in f && sources.includes(f.from) ? [f.path.at(-1)!] : []))),
      ...common,
    ]),
  ];
  return {
    code: names(['code', 'name'], commonBodyFields.code),
    type: names(['type'], commonBodyFields.type),
    message: names(['message', 'title'], commonBodyFields.message),
  };
}

/** Each locale's texts, untranslated ones left out, and a text another locale already has listed once. */
function distinctTexts(everyLocale: Localizer[], read: (l: Localizer) => Localized<string>[]): {locale: string; text: string}[] {
  const seen = new Set<string>();
  return everyLocale.flatMap((l) =>
    read(l)
      .filter((t) => !t.fallback && !seen.has(t.value) && seen.add(t.value))
      .map((t) => ({locale: l.locale, text: t.value})),
  );
}

/** Each of a list's items, marked as the list is. */
const eachOf = ({value, fallback}: Localized<string[]>): Localized<string>[] =>
  value.map((v) => ({value: v, ...(fallback ? {fallback} : {})}));

export function lookup(ctx: Context): {lookupShards: LookupData; names: LookupName[]} {
  const {catalog, paths, l10n, everyLocale} = ctx;
  const index = new Map(catalog.codes.map((e, i) => [e.codeText, i]));
  const codes = catalog.codes.map((e) => {
    const texts = distinctTexts(everyLocale, (l) => l.messages(e).map((m) => m.text));
    const titles = distinctTexts(everyLocale, (l) => [l.code(e, 'title')]);
    const code: LookupCode = {
      code: e.code,
      ...stated('name', e.name),
      title: l10n.code(e, 'title').value,
      ...stated('status', e.status),
      permalink: paths.code(e.slug),
      segments: publishedSegments(e),
      ...(e.type ? {type: e.type} : {}),
      patterns: texts.map(({locale, text}) => ({locale, ...messagePattern(text)})),
      texts: [
        ...texts.map(({locale, text}) => ({locale, field: 'message' as const, terms: termsAmong(messageWords(text))})),
        ...titles.map(({locale, text}) => ({locale, field: 'title' as const, terms: termsOf(text)})),
        ...(e.name ? [{locale: catalog.locales[0]!, field: 'name' as const, terms: nameTerms(e.name)}] : []),
      ],
    };
    const ids = [code.code, ...(code.name ? [code.name] : []), ...code.segments, ...(code.type ? [code.type] : [])];
    return {code, item: {ids, texts: texts.map(({text}) => messageWords(text))}};
  });
  const guides = catalog.guides.map((g) => {
    const listed = distinctTexts(everyLocale, (l) => eachOf(l.guide(g).symptoms));
    const titles = distinctTexts(everyLocale, (l) => [l.guide(g).title]);
    const guide: LookupGuide = {
      title: l10n.guide(g).title.value,
      permalink: paths.guide(g.slug),
      codes: guideCodes(g).map((c) => index.get(c)!),
      patterns: listed.map(({locale, text}) => ({locale, ...textPattern(text)})),
      texts: [
        ...listed.map(({locale, text}) => ({locale, field: 'symptom' as const, terms: termsOf(text)})),
        ...titles.map(({locale, text}) => ({locale, field: 'title' as const, terms: termsOf(text)})),
      ],
    };
    return {guide, item: {ids: [], texts: listed.map(({text}) => words(text))}};
  });
  return {
    lookupShards: shardLookup(
      codes.map((c) => c.code),
      guides.map((g) => g.guide),
      lookupKeys([...codes, ...guides].map((c) => c.item)),
      {
        linkBase: paths.index.split('/').pop()!,
        // A catalog not sent over HTTP has no envelope of its own: pasted bodies are read by the common names.
        bodyFields: bodyFields(catalog.envelope?.formats ?? []),
        browse: {
          // Pasted text names HTTP statuses only (`HTTP/1.1 503`, `status 429`); a status no code uses finds nothing.
          statuses: (catalog.transport?.id === 'http' ? statusTable(catalog) : [])
            .filter((row) => row.codes.length > 0)
            .map((row) => ({
              status: row.status,
              title: row.title,
              count: row.codes.length,
              permalink: paths.status(row.status),
            })),
          categories: catalog.categories.map((c) => ({
            id: c.id,
            title: l10n.category(c, 'title').value,
            count: c.codes.length,
            permalink: paths.category(c.id),
          })),
        },
      },
    ),
    names: codes.map(({code: {code, name, title, permalink}}) => ({code, name, title, permalink})),
  };
}
