/** What every kind of page data is built from, and the small conversions they share. */
import path from 'node:path';
import type {LocalizedList, LocalizedText, PageLinksData, PageSubjectKind, PaginationData} from '../../pageData';
import {type Guide, guideCodes} from '../guides';
import {type Localized, Localizer} from '../i18n';
import type {MarkdownRenderer} from '../markdown';
import {readableMessage} from '../messages';
import {routePaths, type RoutePaths} from '../paths';
import {type SnippetPhrases, snippetPhrases} from '../snippets';
import {sourceLine} from '../source';
import type {Catalog, CodeEntry, SourceRef} from '../types';

export interface BuildOptions {
  /** URL path of the index, site baseUrl included: `/errors`, `/ja/errors`. */
  routeBase: string;
  /** The locale being built; defaults to the catalog's source language. */
  locale?: string;
  /** Origin of the site being built, for absolute URLs in structured data. */
  siteUrl: string;
  /** Longest code list one page shows; longer category and status lists are paginated. */
  codesPerPage?: number;
  /** The edit and feedback links of a page about one catalog entry; without it, pages have none. */
  pageLinks?: (subject: PageSubject) => Omit<PageLinksData, 'kind'>;
}

/** A page about one entry of the catalog, and where the catalog writes that entry. */
export interface PageSubject {
  kind: PageSubjectKind;
  /** The code, category id, status or guide slug, as text. */
  id: string;
  /** What the page is about, as readers see it: `2001 INVALID_TOKEN`, a category's or guide's title, `HTTP 429`. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  locale: string;
  /** Absolute path of the file that declares the entry. */
  file: string;
  /** The line of that file where the entry starts; parses the file for positions, so it is called only when needed. */
  line: () => number;
}

export interface Context {
  siteUrl: string;
  catalog: Catalog;
  byCode: Map<string, CodeEntry>;
  byName: Map<string, CodeEntry>;
  paths: RoutePaths;
  md: MarkdownRenderer;
  l10n: Localizer;
  /** One per catalog locale, source first: for the pages that show every language. */
  everyLocale: Localizer[];
  /** Code text → the guides that involve it, in guide order. */
  guidesByCode: Map<string, Guide[]>;
  statusPermalinks: Record<number, string>;
  phrases: SnippetPhrases;
  /** Language names in the page's language. */
  languageName: (code: string) => string;
  pageLinks?: BuildOptions['pageLinks'];
}

/** Localized text as page data; a field the catalog leaves out stays out. */
export function text(l: Localized<string>): LocalizedText;
export function text(l: Localized<string> | undefined): LocalizedText | undefined;
export function text(l: Localized<string> | undefined): LocalizedText | undefined {
  if (!l) return undefined;
  return l.fallback ? {value: l.value, fallback: true} : {value: l.value};
}

/** A text converted; a field the catalog leaves out stays out. */
export function mapText(l: Localized<string>, f: (s: string) => string): LocalizedText;
export function mapText(l: Localized<string> | undefined, f: (s: string) => string): LocalizedText | undefined;
export function mapText(l: Localized<string> | undefined, f: (s: string) => string): LocalizedText | undefined {
  return l && text({...l, value: f(l.value)});
}

/** A message as readers see it; its ICU template appears only where it is labelled as one. */
export const readable = (l: Localized<string>): LocalizedText => mapText(l, readableMessage);

/** A list converted item by item; a list the catalog leaves out stays out. */
export function mapList(l: Localized<string[]>, f: (s: string) => string): LocalizedList;
export function mapList(l: Localized<string[]> | undefined, f: (s: string) => string): LocalizedList | undefined;
export function mapList(l: Localized<string[]> | undefined, f: (s: string) => string): LocalizedList | undefined {
  if (!l) return undefined;
  return l.fallback ? {value: l.value.map(f), fallback: true} : {value: l.value.map(f)};
}

export const list = (l: Localized<string[]>): LocalizedList => mapList(l, (s) => s);

export const defaultCodesPerPage = 200;

/** Beyond this many ranges, the index's status table gives a count and links to the status page's list. */
export const maxListedRanges = 24;

/** Code ranges short enough to read; beyond that a page shows the count and links to the list. */
export const listedRanges = (ranges: string[]) => (ranges.length <= maxListedRanges ? ranges : []);

/** Splits a long list into pages, so no page renders or ships thousands of rows. */
export function paginate<T>(items: T[], perPage: number, permalink: (n: number) => string): {items: T[]; pagination: PaginationData}[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const permalinks = Array.from({length: pages}, (_, i) => permalink(i + 1));
  return permalinks.map((_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return {
      items: slice,
      pagination: {
        page: i + 1,
        permalinks,
        from: Math.min(i * perPage + 1, items.length),
        to: i * perPage + slice.length,
        total: items.length,
      },
    };
  });
}

/** Language names in the page's language: "Japanese" on English pages, "日本語" on Japanese ones. */
function languageNamer(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale], {type: 'language'});
  // Every code page names every catalog language, and Intl looks each name up afresh.
  const named = new Map<string, string>();
  return (code) => {
    let name = named.get(code);
    if (name === undefined) named.set(code, (name = names.of(code) ?? code));
    return name;
  };
}

export function createContext(
  catalog: Catalog,
  {routeBase, locale = catalog.locales[0]!, siteUrl, pageLinks}: BuildOptions,
  md: MarkdownRenderer,
): Context {
  const paths = routePaths(routeBase);
  const l10n = new Localizer(catalog, locale);
  const guidesByCode = new Map<string, Guide[]>();
  for (const guide of catalog.guides) {
    for (const code of guideCodes(guide)) guidesByCode.set(code, [...(guidesByCode.get(code) ?? []), guide]);
  }
  return {
    catalog,
    byCode: new Map(catalog.codes.map((c) => [c.codeText, c])),
    // A name several codes share links to none of them.
    byName: new Map(catalog.codes.flatMap((c) => (c.name && c.namesakes.length === 0 ? [[c.name, c] as const] : []))),
    guidesByCode,
    statusPermalinks: Object.fromEntries(catalog.statuses.map((s) => [s.status, paths.status(s.status)])),
    paths,
    md,
    l10n,
    everyLocale: catalog.locales.map((l) => (l === locale ? l10n : new Localizer(catalog, l))),
    languageName: languageNamer(locale),
    siteUrl: siteUrl.replace(/\/+$/, ''),
    phrases: snippetPhrases(locale),
    ...(pageLinks ? {pageLinks} : {}),
  };
}

/**
 * `{links}` for the page about one catalog entry, or nothing when the site has no such links. A guide's entry is its
 * whole file, so it starts on line 1; other entries start where `ref` points.
 */
export function subjectLinks(
  {catalog, siteUrl, l10n, pageLinks}: Context,
  subject: Pick<PageSubject, 'kind' | 'id' | 'title'> & {permalink: string; ref: SourceRef},
): {links?: PageLinksData} {
  if (!pageLinks) return {};
  const {ref, permalink, ...rest} = subject;
  const links = pageLinks({
    ...rest,
    url: siteUrl + permalink,
    locale: l10n.locale,
    // A source's display path starts with the catalog directory's own name.
    file: path.join(path.dirname(catalog.dir), ref.source.file),
    // A guide's or prose page's entry is its whole file.
    line: () => (subject.kind === 'guide' || subject.kind === 'page' ? 1 : sourceLine(ref)),
  });
  return links.editUrl || links.feedbackUrl ? {links: {kind: subject.kind, ...links}} : {};
}
