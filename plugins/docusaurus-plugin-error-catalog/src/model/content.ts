/** Turns a validated catalog into the data of every page, for one locale. Pure apart from Markdown rendering. */
import type {
  CategoryPageData,
  CategoryRowData,
  ClientHandlingPageData,
  CodeLinkData,
  CodePageData,
  CodeSummary,
  ExampleData,
  FlowData,
  GuideLinkData,
  GuidePageData,
  GuidesIndexPageData,
  HeaderData,
  IndexPageData,
  QuickReferencePageData,
  RetriesPageData,
  RetryPolicyData,
  RetryWaitData,
  SnippetData,
  StatusReferencePageData,
  TagLinkData,
  TagPageData,
  TagsIndexPageData,
  LocalizedList,
  LocalizedText,
  LookupCode,
  LookupData,
  LookupGuide,
  LookupName,
  NearbyCodesData,
  PaginationData,
  ReferenceNavData,
  StatusPageData,
  TranslationStatusPageData,
} from '../pageData';
import htmlescape from 'htmlescape';
import {publishedSegments, redirectSegments} from './aliases';
import {categoryRow, codeCounts, compressCodeRanges, isCurrent, lifecycleState, statusTable, type StatusRow} from './derive';
import {exampleMessage, exampleResponse, retryAfterHeader, type ResponseMode} from './envelope';
import {flowOrder, generatedGuideSlugs, guideCodes, type Flow, type Guide} from './guides';
import {
  backoffSchedule,
  clientModule,
  clientModuleFiles,
  codeSnippet,
  snippetLanguageLabels,
  snippetLanguages,
  snippetPhrases,
  type SnippetPhrases,
} from './snippets';
import {emptyRecord, type EnvelopeFormat} from './schema';
import {Localizer, translationCoverage, type Localized} from './i18n';
import type {MarkdownRenderer} from './markdown';
import {lookupKeys, shardLookup} from './lookup';
import {nameTerms, termsAmong, termsOf} from '../match/fuzzy';
import {words} from '../match/text';
import {messagePattern, messageWords, readableMessage, textPattern} from './messages';
import {documentationUrl, routePaths, type RoutePaths} from './paths';
import type {Catalog, Category, CodeEntry} from './types';

export interface ErrorCatalogContent {
  locale: string;
  index: IndexPageData;
  codes: CodePageData[];
  categories: CategoryPageData[];
  statuses: StatusPageData[];
  translations: TranslationStatusPageData;
  guidesIndex: GuidesIndexPageData;
  guides: GuidePageData[];
  statusReference: StatusReferencePageData;
  retries: RetriesPageData;
  quickReference: QuickReferencePageData[];
  clientHandling: ClientHandlingPageData;
  /** Absent when the catalog declares no tags. */
  tagsIndex?: TagsIndexPageData;
  tags: TagPageData[];
  /** Message bundles for servers, one per catalog locale, English-filled where untranslated. */
  bundles: MessageBundle[];
  /** Alias URL segments and the canonical page each leads to. */
  redirects: {from: string; to: string; title: string}[];
  /** The matcher's data as the browser loads it: a manifest, key shards and code shards. */
  lookupShards: LookupData;
  /** Every code's name and title, for the not-found page's nearest codes. */
  names: LookupName[];
  /** The reference's sections, shown beside each of its pages. */
  nav: ReferenceNavData;
}

/** Codes listed on each side of a code page's own code in its category's navigation. */
const nearbyRadius = 6;

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
/** A message as readers see it; its ICU template appears only where it is labelled as one. */
const readable = (l: Localized<string>): LocalizedText => mapText(l, readableMessage);
const mapList = (l: Localized<string[]>, f: (s: string) => string): LocalizedList =>
  l.fallback ? {value: l.value.map(f), fallback: true} : {value: l.value.map(f)};
const list = (l: Localized<string[]>): LocalizedList => mapList(l, (s) => s);

/** Cuts at a word boundary, for meta descriptions. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
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

interface Context {
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
}

/** Code ranges short enough to read; beyond that a page shows the count and links to the list. */
const listedRanges = (ranges: string[]) => (ranges.length <= maxListedRanges ? ranges : []);

function codeLink({paths, l10n}: Context, entry: CodeEntry): CodeLinkData {
  return {
    code: entry.code,
    name: entry.name,
    title: text(l10n.code(entry, 'title')),
    status: entry.status,
    permalink: paths.code(entry.slug),
  };
}

function summary(ctx: Context, entry: CodeEntry): CodeSummary {
  return {...codeLink(ctx, entry), message: readable(ctx.l10n.code(entry, 'message')), lifecycle: lifecycleState(entry)};
}

/** `message` is the localized message with example values; `suggestion` the first resolution step as plain text. */
function example(
  {catalog, l10n}: Context,
  entry: CodeEntry,
  {message, suggestion}: {message: string; suggestion: string},
  mode: ResponseMode,
  format: EnvelopeFormat,
): ExampleData {
  const response = exampleResponse({catalog, entry, mode, suggestion, message, locale: l10n.locale, format});
  return {
    mode,
    format,
    statusLine: `HTTP/1.1 ${response.status} ${response.statusText}`.trim(),
    headers: response.headers,
    body: JSON.stringify(response.body, null, 2),
  };
}

/**
 * schema.org TechArticle and BreadcrumbList, so a pasted link previews well and search engines understand the page.
 * Serialized for a `<script>` element: catalog text holding `</script>` or U+2028 stays inside the JSON.
 */
function structuredData({siteUrl, paths, l10n, catalog}: Context, entry: CodeEntry, category: Category, description: string): string[] {
  const title = `${entry.codeText} ${entry.name}: ${l10n.code(entry, 'title').value}`;
  const url = siteUrl + paths.code(entry.slug);
  const crumbs = [
    {name: catalog.product.name, url: siteUrl + paths.index},
    {name: l10n.category(category, 'title').value, url: siteUrl + paths.category(category.id)},
    {name: `${entry.codeText} ${entry.name}`, url},
  ];
  const items = [
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
  return items.map((item) => htmlescape(item));
}

function retryPolicy({catalog: {retry}}: Context): RetryPolicyData {
  return {
    initialDelaySeconds: retry.initial_delay_seconds,
    multiplier: retry.multiplier,
    maxDelaySeconds: retry.max_delay_seconds,
    maxAttempts: retry.max_attempts,
    schedule: backoffSchedule(retry),
  };
}

function retryWait(entry: CodeEntry): RetryWaitData {
  if (!entry.retryable) return {kind: 'none'};
  const retryAfter = retryAfterHeader(entry);
  return retryAfter ? {kind: 'retry-after', example: String(retryAfter.example)} : {kind: 'backoff'};
}

/** Reset headers carry Unix time; their example is also shown as a date. */
function headerData({md, l10n}: Context, entry: CodeEntry, header: CodeEntry['headers'][number]): HeaderData {
  const seconds = typeof header.example === 'number' ? header.example : Number.NaN;
  const isUnixTime = /reset/i.test(header.name) && seconds > 1e9;
  return {
    name: header.name,
    descriptionHtml: mapText(l10n.header(entry, header.name), md.inline),
    example: String(header.example),
    ...(isUnixTime ? {exampleDate: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')} : {}),
  };
}

function snippets({catalog, md, l10n, phrases}: Context, entry: CodeEntry): SnippetData[] {
  const fix = md.plain(l10n.code(entry, 'resolution').value[0]!);
  return snippetLanguages.map((language) => ({
    language,
    label: snippetLanguageLabels[language],
    module: clientModuleFiles[language],
    code: codeSnippet(catalog, entry, language, fix, phrases),
  }));
}

function guideLink({paths, l10n}: Context, guide: Guide): GuideLinkData {
  const localized = l10n.guide(guide);
  return {
    title: text(localized.title),
    summary: text(localized.summary),
    permalink: paths.guide(guide.slug),
    hasFlow: guide.flow !== undefined,
  };
}

function tagLink({catalog, paths}: Context, id: string): TagLinkData {
  return {id, title: catalog.tags[id]!.title, permalink: paths.tag(id)};
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
  const filledMessage = mapText(message, (template) => exampleMessage(entry, template, l10n.locale));
  const description = l10n.code(entry, 'description');
  const plainDescription = md.plain(description.value);
  const exampleText = {message: filledMessage.value, suggestion: md.plain(l10n.code(entry, 'resolution').value[0]!)};
  const modes: ResponseMode[] = entry.expose_details ? ['production'] : ['production', 'development'];
  const formats = [catalog.envelope.format, ...catalog.envelope.alternatives];
  const wait = retryWait(entry);
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
    message: readable(message),
    ...(readableMessage(message.value) === message.value ? {} : {messageTemplate: text(message)}),
    exampleMessage: filledMessage,
    localizedMessages: ctx.everyLocale.map((l) => ({
      locale: l.locale,
      language: languageName(l.locale),
      message: readable(l.code(entry, 'message')),
    })),
    params: Object.entries(entry.params).map(([name, p]) => ({
      name,
      type: p.type,
      descriptionHtml: mapText(l10n.param(entry, name), md.inline),
      example: String(p.example),
    })),
    descriptionHtml: mapText(description, md.block),
    nearby: nearbyCodes(ctx, category, entry),
    metaTitle: `${entry.codeText} ${entry.name}: ${filledMessage.value}`,
    metaDescription: truncate(`${entry.codeText} ${entry.name} (HTTP ${entry.status}): ${filledMessage.value} — ${plainDescription}`, 300),
    structuredData: structuredData(ctx, entry, category, plainDescription),
    exposeDetails: entry.expose_details,
    retryable: entry.retryable,
    causesHtml: mapList(l10n.code(entry, 'causes'), md.inline),
    resolutionHtml: mapList(l10n.code(entry, 'resolution'), md.inline),
    headers: entry.headers.map((h) => headerData(ctx, entry, h)),
    retry: wait.kind === 'backoff' ? {...wait, policy: retryPolicy(ctx)} : wait,
    examples: formats.flatMap((format) => modes.map((mode) => example(ctx, entry, exampleText, mode, format))),
    snippets: snippets(ctx, entry),
    guides: (ctx.guidesByCode.get(entry.codeText) ?? []).map((g) => guideLink(ctx, g)),
    retriesPermalink: paths.guide('retries'),
    clientPermalink: paths.guide('client-handling'),
    related: entry.related.map((r) => codeLink(ctx, byCode.get(String(r))!)),
    tags: entry.tags.map((id) => tagLink(ctx, id)),
    lifecycle: {
      state: lifecycleState(entry),
      since: lifecycle.since,
      ...(lifecycle.deprecated ? {deprecated: event('deprecated')} : {}),
      ...(lifecycle.removed ? {removed: event('removed')} : {}),
      ...(replacedBy ? {replacedBy: codeLink(ctx, replacedBy)} : {}),
    },
    documentationUrl: documentationUrl(catalog.documentationUrl, entry.code),
    permalink: paths.code(entry.slug),
    indexPermalink: paths.index,
  };
}

function flowData({byCode, paths}: Context, {value: flow, fallback}: Localized<Flow>): FlowData {
  const order = flowOrder(flow);
  const numberOf = (id: string) => order.indexOf(id) + 1;
  return {
    ...(flow.title ? {title: flow.title} : {}),
    ...(fallback ? {fallback} : {}),
    steps: order.map((id, i) => {
      const step = flow.steps[id]!;
      const codes = (step.codes ?? []).map((c) => {
        const e = byCode.get(String(c))!;
        return {code: e.code, name: e.name, permalink: paths.code(e.slug)};
      });
      const base = {id, number: i + 1, codes};
      if ('do' in step) return {...base, kind: 'do', text: step.do, next: numberOf(step.next)};
      if ('ask' in step) return {...base, kind: 'ask', text: step.ask, yes: numberOf(step.yes), no: numberOf(step.no)};
      return {...base, kind: 'end', text: step.end};
    }),
  };
}

function guidePage(ctx: Context, guide: Guide): GuidePageData {
  const {catalog, byCode, byName, paths, md, l10n} = ctx;
  const link = (inlineCode: string) => {
    const e = byCode.get(inlineCode) ?? byName.get(inlineCode);
    return e && {url: paths.code(e.slug), title: `${e.codeText} ${e.name}: ${l10n.code(e, 'title').value}`};
  };
  const localized = l10n.guide(guide);
  return {
    product: catalog.product.name,
    slug: guide.slug,
    title: text(localized.title),
    summary: text(localized.summary),
    symptoms: list(localized.symptoms),
    bodyHtml: mapText(localized.body, (body) => md.document(body, link)),
    outline: md.outline(localized.body.value),
    ...(localized.flow ? {flow: flowData(ctx, localized.flow)} : {}),
    codes: guideCodes(guide).map((c) => {
      const e = byCode.get(c)!;
      return {...summary(ctx, e), retryable: e.retryable};
    }),
    permalink: paths.guide(guide.slug),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
  };
}

function statusRows(ctx: Context, table: StatusRow[]): IndexPageData['statuses'] {
  const {catalog, paths, l10n} = ctx;
  return table.map((row) => ({
    status: row.status,
    title: row.title,
    meaning: text(
      l10n.status(
        catalog.statuses.find((s) => s.status === row.status)!,
        'meaning',
      ),
    ),
    ranges: listedRanges(row.ranges),
    count: row.codes.length,
    permalink: paths.status(row.status),
  }));
}

function statusReference(ctx: Context, rows: IndexPageData['statuses']): StatusReferencePageData {
  const {catalog, paths, md, l10n} = ctx;
  return {
    product: catalog.product.name,
    permalink: paths.guide('http-statuses'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    statuses: rows.map((row) => {
      const info = catalog.statuses.find((s) => s.status === row.status)!;
      return {
        ...row,
        descriptionHtml: mapText(l10n.status(info, 'description'), md.block),
        troubleshootingHtml: mapList(l10n.status(info, 'troubleshooting'), md.inline),
      };
    }),
  };
}

function retries(ctx: Context, codesPerPage: number): RetriesPageData {
  const {catalog, paths} = ctx;
  const current = catalog.codes.filter(isCurrent);
  const retryable = current.filter((e) => e.retryable);
  const listed = retryable.length <= codesPerPage;
  const statusTitle = new Map(catalog.statuses.map((s) => [s.status, s.title]));
  const nonRetryable = [...new Set(current.filter((e) => !e.retryable).map((e) => e.status))]
    .sort((a, b) => a - b)
    .map((status) => {
      const codes = current.filter((e) => !e.retryable && e.status === status).map((e) => e.code);
      return {
        status,
        title: statusTitle.get(status)!,
        ranges: listedRanges(compressCodeRanges(codes)),
        count: codes.length,
        permalink: paths.status(status),
      };
    });
  return {
    product: catalog.product.name,
    permalink: paths.guide('retries'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    clientPermalink: paths.guide('client-handling'),
    policy: retryPolicy(ctx),
    retryable: listed ? retryable.map((e) => ({...codeLink(ctx, e), wait: retryWait(e)})) : [],
    retryableRanges: listed ? [] : listedRanges(compressCodeRanges(retryable.map((e) => e.code))),
    retryableCount: retryable.length,
    nonRetryable,
    flows: catalog.guides.filter((g) => g.flow).map((g) => guideLink(ctx, g)),
  };
}

function quickReference(ctx: Context, codesPerPage: number): QuickReferencePageData[] {
  const {catalog, paths, md, l10n} = ctx;
  const page = {
    product: catalog.product.name,
    permalink: paths.guide('quick-reference'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    hasTypes: catalog.codes.some((e) => e.type !== undefined),
  };
  const rows = catalog.codes.map((e) => {
    const resolution = l10n.code(e, 'resolution');
    return {
      code: e.code,
      name: e.name,
      status: e.status,
      ...(e.type ? {type: e.type} : {}),
      retryable: e.retryable,
      quickFixHtml: text({...resolution, value: md.inline(resolution.value[0]!)}),
      permalink: paths.code(e.slug),
      lifecycle: lifecycleState(e),
    };
  });
  return paginate(rows, codesPerPage, (n) => paths.listPage(page.permalink, n)).map(({items, pagination}) => ({
    ...page,
    rows: items,
    pagination,
  }));
}

function clientHandling(ctx: Context): ClientHandlingPageData {
  const {catalog, paths} = ctx;
  const current = catalog.codes.filter(isCurrent);
  // One code for each way of handling an error, so every branch of the client is shown once.
  const picks = [
    current.find((e) => e.retryable && retryAfterHeader(e)),
    current.find((e) => e.retryable && !retryAfterHeader(e)),
    current.find((e) => !e.retryable && e.example.field_errors) ?? current.find((e) => !e.retryable),
  ].filter((e): e is CodeEntry => e !== undefined);
  return {
    product: catalog.product.name,
    permalink: paths.guide('client-handling'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    retriesPermalink: paths.guide('retries'),
    formats: [catalog.envelope.format, ...catalog.envelope.alternatives],
    modules: snippetLanguages.map((language) => ({
      language,
      label: snippetLanguageLabels[language],
      module: clientModuleFiles[language],
      code: clientModule(catalog, language),
    })),
    retryableCount: current.filter((e) => e.retryable).length,
    policy: retryPolicy(ctx),
    examples: picks.map((e) => ({summary: summary(ctx, e), snippets: snippets(ctx, e)})),
  };
}

function tagPages(ctx: Context, codesPerPage: number): {tagsIndex?: TagsIndexPageData; tags: TagPageData[]} {
  const {catalog, paths, md, statusPermalinks} = ctx;
  const ids = Object.keys(catalog.tags);
  if (ids.length === 0) return {tags: []};
  const tagged = new Map(ids.map((id) => [id, catalog.codes.filter((e) => e.tags.includes(id))]));
  return {
    tagsIndex: {
      product: catalog.product.name,
      permalink: paths.tags,
      indexPermalink: paths.index,
      tags: ids.map((id) => ({...tagLink(ctx, id), count: tagged.get(id)!.length})),
    },
    tags: ids.flatMap((id) => {
      const codes = tagged.get(id)!.map((e) => summary(ctx, e));
      const {description} = catalog.tags[id]!;
      const tag = {...tagLink(ctx, id), ...(description ? {descriptionHtml: md.block(description)} : {}), count: codes.length};
      return paginate(codes, codesPerPage, (n) => paths.listPage(tag.permalink, n)).map(({items, pagination}) => ({
        product: catalog.product.name,
        tag,
        codes: items,
        pagination,
        statusPermalinks,
        tagsPermalink: paths.tags,
        indexPermalink: paths.index,
      }));
    }),
  };
}

/** A window of the category's codes around `entry`, the same size wherever it falls. */
function nearbyCodes({paths, l10n}: Context, category: Category, entry: CodeEntry): NearbyCodesData {
  const at = category.codes.indexOf(entry);
  const size = Math.min(category.codes.length, 2 * nearbyRadius + 1);
  const start = Math.max(0, Math.min(at - nearbyRadius, category.codes.length - size));
  return {
    category: {title: text(l10n.category(category, 'title')), permalink: paths.category(category.id)},
    codes: category.codes.slice(start, start + size).map((e) => ({code: e.code, name: e.name, permalink: paths.code(e.slug)})),
    before: start,
    after: category.codes.length - start - size,
  };
}

function referenceNav(ctx: Context): ReferenceNavData {
  const {catalog, paths} = ctx;
  return {
    indexPermalink: paths.index,
    categories: catalog.categories.map((c) => {
      const {id, title, permalink, count} = categoryRowData(ctx, c);
      return {id, title, permalink, count};
    }),
    guidesPermalink: paths.guides,
    generated: generatedGuides(ctx),
    ...(Object.keys(catalog.tags).length > 0 ? {tagsPermalink: paths.tags} : {}),
  };
}

function generatedGuides({paths}: Context): GuidesIndexPageData['generated'] {
  return generatedGuideSlugs.map((id) => ({id, permalink: paths.guide(id)}));
}

function guidesIndex(ctx: Context): GuidesIndexPageData {
  const {catalog, paths, byCode, l10n} = ctx;
  return {
    product: catalog.product.name,
    permalink: paths.guides,
    indexPermalink: paths.index,
    guides: catalog.guides.map((g) => ({
      ...guideLink(ctx, g),
      symptoms: list(l10n.guide(g).symptoms),
      codes: guideCodes(g).map((c) => summary(ctx, byCode.get(c)!)),
    })),
    generated: generatedGuides(ctx),
    ...(Object.keys(catalog.tags).length > 0 ? {tagsPermalink: paths.tags} : {}),
  };
}

function categoryRowData({paths, l10n}: Context, category: Category): CategoryRowData {
  return {...categoryRow(category), title: text(l10n.category(category, 'title')), permalink: paths.category(category.id)};
}

function translationStatus(ctx: Context, languageName: (code: string) => string): TranslationStatusPageData {
  const {catalog, paths, byCode} = ctx;
  const source = catalog.locales[0]!;
  const bySlug = new Map(catalog.guides.map((g) => [g.slug, g]));
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
      const guideLinks = (slugs: string[]) =>
        slugs.map((slug) => {
          const {title, permalink} = guideLink(ctx, bySlug.get(slug)!);
          return {title, permalink};
        });
      const {guides} = coverage;
      return {
        locale: coverage.locale,
        language: languageName(coverage.locale),
        translated: coverage.translated,
        total: coverage.total,
        missing: [...groups.values()],
        ...(guides.total > 0
          ? {
              guides: {
                total: guides.total,
                translated: guides.translated,
                missing: guideLinks(guides.missing),
                stale: guideLinks(guides.stale),
              },
            }
          : {}),
      };
    }),
  };
}

/** Each locale's texts, untranslated ones left out, and a text another locale already has listed once. */
function distinctTexts(everyLocale: Localizer[], read: (l: Localizer) => Localized<string[]>): {locale: string; text: string}[] {
  const seen = new Set<string>();
  return everyLocale.flatMap((l) => {
    const texts = read(l);
    if (texts.fallback) return [];
    return texts.value.filter((t) => !seen.has(t) && seen.add(t)).map((text) => ({locale: l.locale, text}));
  });
}

function lookup(ctx: Context): {lookupShards: LookupData; names: LookupName[]} {
  const {catalog, paths, l10n, everyLocale} = ctx;
  const index = new Map(catalog.codes.map((e, i) => [e.codeText, i]));
  const codes = catalog.codes.map((e) => {
    const texts = distinctTexts(everyLocale, (l) => {
      const message = l.code(e, 'message');
      return {...message, value: [message.value]};
    });
    const titles = distinctTexts(everyLocale, (l) => {
      const title = l.code(e, 'title');
      return {...title, value: [title.value]};
    });
    const code: LookupCode = {
      code: e.code,
      name: e.name,
      title: l10n.code(e, 'title').value,
      status: e.status,
      permalink: paths.code(e.slug),
      segments: publishedSegments(e),
      ...(e.type ? {type: e.type} : {}),
      patterns: texts.map(({locale, text}) => ({locale, ...messagePattern(text)})),
      texts: [
        ...texts.map(({locale, text}) => ({locale, field: 'message' as const, terms: termsAmong(messageWords(text))})),
        ...titles.map(({locale, text}) => ({locale, field: 'title' as const, terms: termsOf(text)})),
        {locale: catalog.locales[0]!, field: 'name', terms: nameTerms(e.name)},
      ],
    };
    const ids = [code.code, code.name, ...code.segments, ...(code.type ? [code.type] : [])];
    return {code, item: {ids, texts: texts.map(({text}) => messageWords(text))}};
  });
  const guides = catalog.guides.map((g) => {
    const listed = distinctTexts(everyLocale, (l) => l.guide(g).symptoms);
    const titles = distinctTexts(everyLocale, (l) => {
      const title = l.guide(g).title;
      return {...title, value: [title.value]};
    });
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
        browse: {
          statuses: statusTable(catalog).map((row) => ({
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

function bundles(catalog: Catalog): MessageBundle[] {
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
  const guidesByCode = new Map<string, Guide[]>();
  for (const guide of catalog.guides) {
    for (const code of guideCodes(guide)) guidesByCode.set(code, [...(guidesByCode.get(code) ?? []), guide]);
  }
  const ctx: Context = {
    catalog,
    byCode: new Map(catalog.codes.map((c) => [c.codeText, c])),
    byName: new Map(catalog.codes.map((c) => [c.name, c])),
    guidesByCode,
    statusPermalinks: Object.fromEntries(catalog.statuses.map((s) => [s.status, paths.status(s.status)])),
    paths,
    md,
    l10n,
    everyLocale: catalog.locales.map((l) => (l === locale ? l10n : new Localizer(catalog, l))),
    siteUrl: siteUrl.replace(/\/+$/, ''),
    phrases: snippetPhrases(locale),
  };
  const languageName = languageNamer(locale);
  const product = catalog.product.name;
  const {statusPermalinks} = ctx;
  const statuses = statusTable(catalog);
  const statusRowsData = statusRows(ctx, statuses);
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
      statuses: statusRowsData,
      statusPermalinks,
      guides: catalog.guides.map((g) => guideLink(ctx, g)),
      guidesPermalink: paths.guides,
      generatedGuides: generatedGuides(ctx),
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
          guides: catalog.guides
            .filter((g) => guideCodes(g).some((code) => ctx.byCode.get(code)?.status === s.status))
            .map((g) => guideLink(ctx, g)),
          indexPermalink: paths.index,
        };
        return paginate(codes, codesPerPage, (n) => paths.listPage(page.permalink, n)).map(({items, pagination}) => ({
          ...page,
          codes: items,
          pagination,
        }));
      }),
    translations: translationStatus(ctx, languageName),
    guidesIndex: guidesIndex(ctx),
    guides: catalog.guides.map((g) => guidePage(ctx, g)),
    statusReference: statusReference(ctx, statusRowsData),
    retries: retries(ctx, codesPerPage),
    quickReference: quickReference(ctx, codesPerPage),
    clientHandling: clientHandling(ctx),
    ...tagPages(ctx, codesPerPage),
    ...lookup(ctx),
    nav: referenceNav(ctx),
    bundles: bundles(catalog),
    redirects: catalog.codes.flatMap((e) =>
      redirectSegments(e).map((from) => ({from, to: paths.code(e.slug), title: `${e.codeText} ${e.name}: ${l10n.code(e, 'title').value}`})),
    ),
  };
}
