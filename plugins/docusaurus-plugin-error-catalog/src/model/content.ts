/** Turns a validated catalog into the data of every page, for one locale. Pure apart from Markdown rendering. */
import type {
  CategoryPageData,
  CategoryRowData,
  CodePageData,
  CodeSummary,
  ExampleData,
  IndexPageData,
  LocalizedList,
  LocalizedText,
  LookupName,
  PaginationData,
  StatusPageData,
  TranslationStatusPageData,
} from '../pageData';
import {aliasSegments, publishedSegments} from './aliases';
import {categoryRow, codeCounts, lifecycleState, statusTable} from './derive';
import {exampleMessage, exampleResponse, type ResponseMode} from './envelope';
import {Localizer, translationCoverage, type Localized} from './i18n';
import type {MarkdownRenderer} from './markdown';
import {lookupKeys, shardLookup, type LookupShards} from './lookup';
import {messagePattern, messageWords} from './messages';
import {documentationUrl, routePaths, type RoutePaths} from './paths';
import type {Catalog, Category, CodeEntry} from './types';

export interface ErrorCatalogContent {
  locale: string;
  index: IndexPageData;
  codes: CodePageData[];
  categories: CategoryPageData[];
  statuses: StatusPageData[];
  translations: TranslationStatusPageData;
  /** Message bundles for servers, one per catalog locale, English-filled where untranslated. */
  bundles: MessageBundle[];
  /** Alias URL segments and the canonical page each leads to. */
  redirects: {from: string; to: string; title: string}[];
  /** The matcher's data as the browser loads it: a manifest, key shards and code shards. */
  lookupShards: LookupShards;
  /** Every code's name and title, for the not-found page's nearest codes. */
  names: LookupName[];
}

export interface MessageBundle {
  locale: string;
  sourceLocale: string;
  /** Code → ICU message template. */
  messages: Record<string, string>;
  /** Codes whose message is the source-language text because no translation exists. */
  fallback: string[];
}

const text = (l: Localized<string>): LocalizedText => (l.fallback ? {value: l.value, fallback: true} : {value: l.value});
const mapText = (l: Localized<string>, f: (s: string) => string): LocalizedText => text({...l, value: f(l.value)});
const mapList = (l: Localized<string[]>, f: (s: string) => string): LocalizedList =>
  l.fallback ? {value: l.value.map(f), fallback: true} : {value: l.value.map(f)};

/** Cuts at a word boundary, for meta descriptions. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** Language names in the page's language: "Japanese" on English pages, "日本語" on Japanese ones. */
function languageNamer(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale], {type: 'language'});
  return (code) => names.of(code) ?? code;
}

interface Context {
  siteUrl: string;
  catalog: Catalog;
  byCode: Map<string, CodeEntry>;
  paths: RoutePaths;
  md: MarkdownRenderer;
  l10n: Localizer;
  /** One per catalog locale, source first: for the pages that show every language. */
  everyLocale: Localizer[];
}

function summary({paths, l10n}: Context, entry: CodeEntry): CodeSummary {
  return {
    code: entry.code,
    name: entry.name,
    title: text(l10n.code(entry, 'title')),
    status: entry.status,
    message: text(l10n.code(entry, 'message')),
    permalink: paths.code(entry.slug),
    lifecycle: lifecycleState(entry),
  };
}

function example({catalog, md, l10n}: Context, entry: CodeEntry, mode: ResponseMode): ExampleData {
  const message = exampleMessage(entry, l10n.code(entry, 'message').value, l10n.locale);
  const suggestion = md.plain(l10n.code(entry, 'resolution').value[0]!);
  const response = exampleResponse({catalog, entry, mode, suggestion, message, locale: l10n.locale});
  return {
    mode,
    statusLine: `HTTP/1.1 ${response.status} ${response.statusText}`.trim(),
    headers: response.headers,
    body: JSON.stringify(response.body, null, 2),
  };
}

/** schema.org TechArticle and BreadcrumbList, so a pasted link previews well and search engines understand the page. */
function structuredData({siteUrl, paths, l10n, catalog}: Context, entry: CodeEntry, category: Category, description: string): object[] {
  const title = `${entry.codeText} ${entry.name}: ${l10n.code(entry, 'title').value}`;
  const url = siteUrl + paths.code(entry.slug);
  const crumbs = [
    {name: catalog.product.name, url: siteUrl + paths.index},
    {name: l10n.category(category, 'title').value, url: siteUrl + paths.category(category.id)},
    {name: `${entry.codeText} ${entry.name}`, url},
  ];
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: title,
      description,
      inLanguage: l10n.locale,
      url,
      identifier: entry.codeText,
      about: {'@type': 'Thing', name: entry.name, identifier: entry.codeText},
      isPartOf: {'@type': 'WebSite', name: catalog.product.name, url: siteUrl + paths.index},
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: crumbs.map((c, i) => ({'@type': 'ListItem', position: i + 1, name: c.name, item: c.url})),
    },
  ];
}

function codePage(ctx: Context, entry: CodeEntry, languageName: (code: string) => string): CodePageData {
  const {catalog, byCode, paths, md, l10n} = ctx;
  const category = catalog.categories.find((c) => c.id === entry.categoryId)!;
  const status = catalog.statuses.find((s) => s.status === entry.status)!;
  const {lifecycle} = entry;
  const event = (name: 'deprecated' | 'removed') =>
    lifecycle[name] && {since: lifecycle[name].since, reasonHtml: mapText(l10n.lifecycleReason(entry, name), md.inline)};
  const replacedBy = lifecycle.replaced_by === undefined ? undefined : byCode.get(String(lifecycle.replaced_by));
  const message = l10n.code(entry, 'message');
  const description = l10n.code(entry, 'description');
  const examples: ResponseMode[] = entry.expose_details ? ['production'] : ['production', 'development'];
  return {
    code: entry.code,
    name: entry.name,
    title: text(l10n.code(entry, 'title')),
    status: entry.status,
    statusTitle: status.title,
    statusPermalink: paths.status(entry.status),
    category: {
      id: category.id,
      title: text(l10n.category(category, 'title')),
      ...(category.range ? {range: category.range} : {}),
      permalink: paths.category(category.id),
    },
    message: text(message),
    exampleMessage: mapText(message, (template) => exampleMessage(entry, template, l10n.locale)),
    localizedMessages: ctx.everyLocale.map((l) => ({
      locale: l.locale,
      language: languageName(l.locale),
      message: text(l.code(entry, 'message')),
    })),
    params: Object.entries(entry.params).map(([name, p]) => ({
      name,
      type: p.type,
      descriptionHtml: mapText(l10n.param(entry, name), md.inline),
      example: String(p.example),
    })),
    descriptionHtml: mapText(description, md.block),
    metaTitle: `${entry.codeText} ${entry.name}: ${exampleMessage(entry, message.value, l10n.locale)}`,
    metaDescription: truncate(
      `${entry.codeText} ${entry.name} (HTTP ${entry.status}): ${exampleMessage(entry, message.value, l10n.locale)} — ${md.plain(description.value)}`,
      300,
    ),
    structuredData: structuredData(ctx, entry, category, md.plain(description.value)),
    exposeDetails: entry.expose_details,
    retryable: entry.retryable,
    causesHtml: mapList(l10n.code(entry, 'causes'), md.inline),
    resolutionHtml: mapList(l10n.code(entry, 'resolution'), md.inline),
    headers: entry.headers.map((h) => ({
      name: h.name,
      descriptionHtml: mapText(l10n.header(entry, h.name), md.inline),
      example: String(h.example),
    })),
    examples: examples.map((mode) => example(ctx, entry, mode)),
    related: entry.related.map((r) => summary(ctx, byCode.get(String(r))!)),
    tags: entry.tags,
    lifecycle: {
      state: lifecycleState(entry),
      since: lifecycle.since,
      ...(lifecycle.deprecated ? {deprecated: event('deprecated')} : {}),
      ...(lifecycle.removed ? {removed: event('removed')} : {}),
      ...(replacedBy ? {replacedBy: summary(ctx, replacedBy)} : {}),
    },
    documentationUrl: documentationUrl(catalog.documentationUrl, entry.code),
    permalink: paths.code(entry.slug),
    indexPermalink: paths.index,
  };
}

function categoryRowData({paths, l10n}: Context, category: Category): CategoryRowData {
  return {...categoryRow(category), title: text(l10n.category(category, 'title')), permalink: paths.category(category.id)};
}

function translationStatus(ctx: Context, languageName: (code: string) => string): TranslationStatusPageData {
  const {catalog, paths, byCode} = ctx;
  const source = catalog.locales[0]!;
  return {
    product: catalog.product.name,
    permalink: paths.translations,
    indexPermalink: paths.index,
    source: {locale: source, language: languageName(source)},
    locales: translationCoverage(catalog).map((coverage) => {
      const groups = new Map<string, {label: string; permalink: string; fields: string[]}>();
      for (const m of coverage.missing) {
        const id = `${m.kind}:${m.key}`;
        if (!groups.has(id)) {
          const label = m.kind === 'code' ? `${m.key} ${byCode.get(m.key)!.name}` : m.kind === 'status' ? `HTTP ${m.key}` : m.key;
          const permalink =
            m.kind === 'code'
              ? paths.code(byCode.get(m.key)!.slug)
              : m.kind === 'status'
                ? paths.status(Number(m.key))
                : paths.category(m.key);
          groups.set(id, {label, permalink, fields: []});
        }
        groups.get(id)!.fields.push(m.field);
      }
      return {
        locale: coverage.locale,
        language: languageName(coverage.locale),
        translated: coverage.translated,
        total: coverage.total,
        missing: [...groups.values()],
      };
    }),
  };
}

/** The message of each locale, translations that repeat the source text listed once. */
function messages(everyLocale: Localizer[], entry: CodeEntry): {locale: string; message: string}[] {
  const seen = new Set<string>();
  return everyLocale.flatMap((l) => {
    const message = l.code(entry, 'message');
    if (message.fallback || seen.has(message.value)) return [];
    seen.add(message.value);
    return [{locale: l.locale, message: message.value}];
  });
}

function lookup({catalog, paths, l10n, everyLocale}: Context): {lookupShards: LookupShards; names: LookupName[]} {
  const codes = catalog.codes.map((e) => {
    const texts = messages(everyLocale, e);
    const code = {
      code: e.code,
      name: e.name,
      title: l10n.code(e, 'title').value,
      status: e.status,
      permalink: paths.code(e.slug),
      segments: publishedSegments(e),
      ...(e.type ? {type: e.type} : {}),
      patterns: texts.map(({locale, message}) => ({locale, ...messagePattern(message)})),
    };
    return {code, messages: texts.map(({message}) => messageWords(message))};
  });
  return {
    lookupShards: shardLookup(
      codes.map((c) => c.code),
      lookupKeys(codes),
    ),
    names: codes.map(({code: {code, name, title, permalink}}) => ({code, name, title, permalink})),
  };
}

function bundles(catalog: Catalog): MessageBundle[] {
  return catalog.locales.map((locale) => {
    const l10n = new Localizer(catalog, locale);
    const messages: Record<string, string> = {};
    const fallback: string[] = [];
    for (const entry of catalog.codes) {
      const message = l10n.code(entry, 'message');
      messages[entry.codeText] = message.value;
      if (message.fallback) fallback.push(entry.codeText);
    }
    return {locale, sourceLocale: catalog.locales[0]!, messages, fallback};
  });
}

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

export const defaultCodesPerPage = 200;

/** Beyond this many ranges, the index's status table gives a count and links to the status page's list. */
export const maxListedRanges = 24;

export interface BuildOptions {
  /** URL path of the index, site baseUrl included: `/errors`, `/ja/errors`. */
  routeBase: string;
  /** The locale being built; defaults to the catalog's source language. */
  locale?: string;
  /** Origin of the site being built, for absolute URLs in structured data. */
  siteUrl: string;
  /** Longest code list one page shows; longer category and status lists are paginated. */
  codesPerPage?: number;
}

/** All page data of a catalog in one locale. */
export function buildContent(
  catalog: Catalog,
  {routeBase, locale = catalog.locales[0]!, siteUrl, codesPerPage = defaultCodesPerPage}: BuildOptions,
  md: MarkdownRenderer,
): ErrorCatalogContent {
  const paths = routePaths(routeBase);
  const l10n = new Localizer(catalog, locale);
  const ctx: Context = {
    catalog,
    byCode: new Map(catalog.codes.map((c) => [c.codeText, c])),
    paths,
    md,
    l10n,
    everyLocale: catalog.locales.map((l) => (l === locale ? l10n : new Localizer(catalog, l))),
    siteUrl: siteUrl.replace(/\/+$/, ''),
  };
  const languageName = languageNamer(locale);
  const product = catalog.product.name;
  const statusPermalinks = Object.fromEntries(catalog.statuses.map((s) => [s.status, paths.status(s.status)]));
  const statuses = statusTable(catalog);
  const categoryTitle = new Map(catalog.categories.map((c) => [c.id, text(l10n.category(c, 'title'))]));
  const listsCodes = catalog.codes.length <= codesPerPage;

  return {
    locale,
    index: {
      product,
      locale,
      permalink: paths.index,
      counts: codeCounts(catalog.codes),
      listsCodes,
      categories: catalog.categories.map((c) => ({
        ...categoryRowData(ctx, c),
        descriptionHtml: mapText(l10n.category(c, 'description'), md.block),
        codes: listsCodes ? c.codes.map((e) => summary(ctx, e)) : [],
      })),
      statuses: statuses.map((row) => ({
        status: row.status,
        title: row.title,
        meaning: text(
          l10n.status(
            catalog.statuses.find((s) => s.status === row.status)!,
            'meaning',
          ),
        ),
        ranges: row.ranges.length <= maxListedRanges ? row.ranges : [],
        count: row.codes.length,
        permalink: paths.status(row.status),
      })),
      statusPermalinks,
    },
    codes: catalog.codes.map((entry) => codePage(ctx, entry, languageName)),
    categories: catalog.categories.flatMap((c) => {
      const category = {...categoryRowData(ctx, c), descriptionHtml: mapText(l10n.category(c, 'description'), md.block)};
      const codes = c.codes.map((e) => summary(ctx, e));
      return paginate(codes, codesPerPage, (n) => paths.listPage(paths.category(c.id), n)).map(({items, pagination}) => ({
        product,
        category,
        codes: items,
        pagination,
        statusPermalinks,
        indexPermalink: paths.index,
      }));
    }),
    statuses: catalog.statuses
      .filter((s) => catalog.codes.some((c) => c.status === s.status))
      .flatMap((s) => {
        const codes = catalog.codes
          .filter((c) => c.status === s.status)
          .map((e) => ({...summary(ctx, e), category: {title: categoryTitle.get(e.categoryId)!, permalink: paths.category(e.categoryId)}}));
        const page = {
          product,
          permalink: paths.status(s.status),
          status: s.status,
          title: s.title,
          meaning: text(l10n.status(s, 'meaning')),
          descriptionHtml: mapText(l10n.status(s, 'description'), md.block),
          troubleshootingHtml: mapList(l10n.status(s, 'troubleshooting'), md.inline),
          ranges: statuses.find((row) => row.status === s.status)?.ranges ?? [],
          indexPermalink: paths.index,
        };
        return paginate(codes, codesPerPage, (n) => paths.listPage(page.permalink, n)).map(({items, pagination}) => ({
          ...page,
          codes: items,
          pagination,
        }));
      }),
    translations: translationStatus(ctx, languageName),
    ...lookup(ctx),
    bundles: bundles(catalog),
    redirects: catalog.codes.flatMap((e) =>
      aliasSegments(e).map((from) => ({from, to: paths.code(e.slug), title: `${e.codeText} ${e.name}: ${l10n.code(e, 'title').value}`})),
    ),
  };
}
