/** The data of one code's page. */
import type {CodePageData, ExampleData, LocalizedText, NearbyCodesData} from '../../pageData';
import type {Localized} from '../i18n';
import {codeLabel, lifecycleState} from '../derive';
import {exampleMessage, exampleResponse, type ResponseMode} from '../envelope';
import {parseMessage, readableMessage} from '../messages';
import {documentationUrl} from '../paths';
import type {EnvelopeFormat} from '../envelopeFormat';
import {hasStatus, overHttp, type Category, type CodeEntry, type HttpCatalog, type StatusCodeEntry} from '../types';
import {type Context, mapList, mapText, readable, subjectLinks, text} from './context';
import {codeLink, guideLink, headerData, retryGuidance, snippets, tagLink} from './links';
import {stated} from '../stated';
import htmlescape from 'htmlescape';
import {statusName} from '../transports';

/** Codes listed on each side of a code page's own code in its category's navigation. */
const nearbyRadius = 6;

/** Cuts at a word boundary, for meta descriptions. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** `message` is the localized message with example values; `suggestion` the first resolution step as plain text. */
function example(
  {l10n}: Context,
  catalog: HttpCatalog,
  entry: StatusCodeEntry,
  {message, suggestion}: {message: string; suggestion: string | undefined},
  mode: ResponseMode,
  format: EnvelopeFormat,
): ExampleData {
  const response = exampleResponse({catalog, entry, mode, suggestion, message, locale: l10n.locale, format});
  return {
    mode,
    format: {id: format.id, contentType: format.contentType},
    statusLine: `HTTP/1.1 ${response.status} ${response.statusText}`.trim(),
    headers: response.headers,
    body: JSON.stringify(response.body, null, 2),
  };
}

/**
 * schema.org TechArticle and BreadcrumbList, so a pasted link previews well and search engines understand the page.
 * Serialized for a `<script>` element: catalog text holding `</script>` or U+2028 stays inside the JSON.
 */
function structuredData(
  {siteUrl, paths, l10n, catalog}: Context,
  entry: CodeEntry,
  category: Category,
  description: string | undefined,
): string[] {
  const title = `${codeLabel(entry)}: ${l10n.code(entry, 'title').value}`;
  const url = siteUrl + paths.code(entry.slug);
  const crumbs = [
    {name: catalog.product.name, url: siteUrl + paths.index},
    {name: l10n.category(category, 'title').value, url: siteUrl + paths.category(category.id)},
    {name: codeLabel(entry), url},
  ];
  const items = [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: title,
      ...stated('description', description),
      inLanguage: l10n.locale,
      url,
      identifier: entry.codeText,
      about: {'@type': 'Thing', name: entry.name ?? entry.codeText, identifier: entry.codeText},
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

/** A window of the category's codes around `entry`, the same size wherever it falls. */
function nearbyCodes({paths, l10n}: Context, category: Category, entry: CodeEntry): NearbyCodesData {
  const at = category.codes.indexOf(entry);
  const size = Math.min(category.codes.length, 2 * nearbyRadius + 1);
  const start = Math.max(0, Math.min(at - nearbyRadius, category.codes.length - size));
  return {
    category: {title: text(l10n.category(category, 'title')), permalink: paths.category(category.id)},
    codes: category.codes.slice(start, start + size).map((e) => ({code: e.code, ...stated('name', e.name), permalink: paths.code(e.slug)})),
    before: start,
    after: category.codes.length - start - size,
  };
}

function hasPlaceholders(message: string): boolean {
  const parsed = parseMessage(message);
  return parsed.ok && parsed.placeholders.size > 0;
}

/** A message as readers see it, and its ICU template where that reads differently (plural, select, quoting). */
function shownMessage(message: Localized<string>): {message: LocalizedText; messageTemplate?: LocalizedText} {
  return {message: readable(message), ...(readableMessage(message.value) === message.value ? {} : {messageTemplate: text(message)})};
}

export function codePage(ctx: Context, entry: CodeEntry): CodePageData {
  const {catalog, byCode, paths, md, l10n} = ctx;
  const category = catalog.categories.find((c) => c.id === entry.categoryId)!;
  const {lifecycle} = entry;
  const event = (name: 'deprecated' | 'removed') =>
    lifecycle[name] && {since: lifecycle[name].since, reasonHtml: mapText(l10n.lifecycleReason(entry, name), md.inline)};
  const replacedBy = lifecycle.replaced_by === undefined ? undefined : byCode.get(String(lifecycle.replaced_by));
  const message = l10n.code(entry, 'message');
  const filledMessage = mapText(message, (template) => exampleMessage(entry, template, l10n.locale));
  const description = l10n.code(entry, 'description');
  const plainDescription = description && md.plain(description.value);
  const resolution = l10n.code(entry, 'resolution');
  const exampleText = {message: filledMessage.value, suggestion: resolution && md.plain(resolution.value[0]!)};
  // Two examples only where the catalog says details are sanitized in production.
  const modes: ResponseMode[] = entry.expose_details === false ? ['production', 'development'] : ['production'];
  const http = overHttp(catalog) && hasStatus(entry) ? {catalog, entry} : undefined;
  return {
    code: entry.code,
    ...stated('name', entry.name),
    title: text(l10n.code(entry, 'title')),
    ...stated(
      'status',
      hasStatus(entry)
        ? {code: entry.status, title: catalog.statuses.find((s) => s.status === entry.status)!.title, permalink: paths.status(entry.status)}
        : undefined,
    ),
    ...stated(
      'severity',
      entry.severity === undefined ? undefined : {id: entry.severity, title: catalog.severities[entry.severity]!.title},
    ),
    category: {
      id: category.id,
      title: text(l10n.category(category, 'title')),
      ...(category.range ? {range: category.range} : {}),
      permalink: paths.category(category.id),
    },
    ...shownMessage(message),
    ...stated('exampleMessage', hasPlaceholders(message.value) ? filledMessage : undefined),
    variants: l10n.messages(entry).flatMap(({variant, text}) => (variant === undefined ? [] : [{key: variant, ...shownMessage(text)}])),
    localizedMessages: ctx.everyLocale.map((l) => ({
      locale: l.locale,
      language: ctx.languageName(l.locale),
      message: readable(l.code(entry, 'message')),
    })),
    params: Object.entries(entry.params).map(([name, p]) => ({
      name,
      type: p.type,
      descriptionHtml: mapText(l10n.param(entry, name), md.inline),
      example: String(p.example),
    })),
    ...stated('descriptionHtml', mapText(description, md.block)),
    nearby: nearbyCodes(ctx, category, entry),
    namesakes: entry.namesakes.map((code) => codeLink(ctx, byCode.get(code)!)),
    metaTitle: `${codeLabel(entry)}: ${filledMessage.value}`,
    metaDescription: truncate(
      [
        `${codeLabel(entry)}${catalog.transport && hasStatus(entry) ? ` (${statusName(catalog.transport, entry.status)})` : ''}: ${filledMessage.value}`,
        ...(plainDescription ? [plainDescription] : []),
      ].join(' — '),
      300,
    ),
    structuredData: structuredData(ctx, entry, category, plainDescription),
    ...stated('exposeDetails', entry.expose_details),
    ...stated('retryable', entry.retryable),
    ...stated('causesHtml', mapList(l10n.code(entry, 'causes'), md.inline)),
    ...stated('resolutionHtml', mapList(resolution, md.inline)),
    headers: entry.responseHeaders.map((h) => headerData(ctx, h, l10n.header(entry, h))),
    ...stated('retry', retryGuidance(ctx, entry)),
    examples: http
      ? http.catalog.envelope.formats.flatMap((format) =>
          modes.map((mode) => example(ctx, http.catalog, http.entry, exampleText, mode, format)),
        )
      : [],
    snippets: http ? snippets(ctx, http.catalog, http.entry) : [],
    guides: (ctx.guidesByCode.get(entry.codeText) ?? []).map((g) => guideLink(ctx, g)),
    retriesPermalink: paths.guide('retries'),
    ...stated('clientPermalink', http && paths.guide('client-handling')),
    related: entry.related.map((r) => codeLink(ctx, byCode.get(String(r))!)),
    tags: entry.tags.map((id) => tagLink(ctx, id)),
    lifecycle: {
      state: lifecycleState(entry),
      ...stated('since', lifecycle.since),
      ...(lifecycle.deprecated ? {deprecated: event('deprecated')} : {}),
      ...(lifecycle.removed ? {removed: event('removed')} : {}),
      ...(replacedBy ? {replacedBy: codeLink(ctx, replacedBy)} : {}),
    },
    ...stated('documentationUrl', catalog.documentationUrl && documentationUrl(catalog.documentationUrl, entry.code)),
    permalink: paths.code(entry.slug),
    indexPermalink: paths.index,
    ...subjectLinks(ctx, {
      kind: 'code',
      id: entry.codeText,
      title: codeLabel(entry),
      permalink: paths.code(entry.slug),
      ref: entry.ref,
    }),
  };
}
