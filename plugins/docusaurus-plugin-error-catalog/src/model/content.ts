/** Turns a validated catalog into the data of every page. Pure apart from Markdown rendering. */
import type {
  CategoryPageData,
  CategoryRowData,
  CodePageData,
  CodeSummary,
  ExampleData,
  IndexPageData,
  LookupData,
  StatusPageData,
} from '../pageData';
import {categoryRow, codeCounts, lifecycleState, statusTable} from './derive';
import {exampleMessage, exampleResponse, type ResponseMode} from './envelope';
import type {MarkdownRenderer} from './markdown';
import {documentationUrl, routePaths, type RoutePaths} from './paths';
import type {Catalog, Category, CodeEntry} from './types';

export interface ErrorCatalogContent {
  index: IndexPageData;
  codes: CodePageData[];
  categories: CategoryPageData[];
  statuses: StatusPageData[];
  lookup: LookupData;
}

function summary(entry: CodeEntry, paths: RoutePaths): CodeSummary {
  return {
    code: entry.code,
    name: entry.name,
    title: entry.title,
    status: entry.status,
    message: entry.message,
    permalink: paths.code(entry.slug),
    lifecycle: lifecycleState(entry),
  };
}

function example(catalog: Catalog, entry: CodeEntry, mode: ResponseMode, md: MarkdownRenderer): ExampleData {
  const response = exampleResponse({catalog, entry, mode, suggestion: md.plain(entry.resolution[0]!)});
  return {
    mode,
    statusLine: `HTTP/1.1 ${response.status} ${response.statusText}`.trim(),
    headers: response.headers,
    body: JSON.stringify(response.body, null, 2),
  };
}

function codePage(
  catalog: Catalog,
  byCode: Map<string, CodeEntry>,
  entry: CodeEntry,
  paths: RoutePaths,
  md: MarkdownRenderer,
): CodePageData {
  const category = catalog.categories.find((c) => c.id === entry.categoryId)!;
  const status = catalog.statuses.find((s) => s.status === entry.status)!;
  const {lifecycle} = entry;
  const event = (e: {since: string; reason: string} | undefined) => e && {since: e.since, reasonHtml: md.inline(e.reason)};
  const replacedBy = lifecycle.replaced_by === undefined ? undefined : byCode.get(String(lifecycle.replaced_by));
  const sanitized = !entry.expose_details;
  return {
    code: entry.code,
    name: entry.name,
    title: entry.title,
    status: entry.status,
    statusTitle: status.title,
    statusPermalink: paths.status(entry.status),
    category: {
      id: category.id,
      title: category.title,
      ...(category.range ? {range: category.range} : {}),
      permalink: paths.category(category.id),
    },
    message: entry.message,
    exampleMessage: exampleMessage(entry),
    params: Object.entries(entry.params).map(([name, p]) => ({
      name,
      type: p.type,
      descriptionHtml: md.inline(p.description),
      example: String(p.example),
    })),
    descriptionHtml: md.block(entry.description),
    summary: md.plain(entry.description),
    exposeDetails: entry.expose_details,
    retryable: entry.retryable,
    causesHtml: entry.causes.map(md.inline),
    resolutionHtml: entry.resolution.map(md.inline),
    headers: entry.headers.map((h) => ({name: h.name, descriptionHtml: md.inline(h.description), example: String(h.example)})),
    examples: sanitized
      ? [example(catalog, entry, 'production', md), example(catalog, entry, 'development', md)]
      : [example(catalog, entry, 'production', md)],
    related: entry.related.map((r) => summary(byCode.get(String(r))!, paths)),
    tags: entry.tags,
    lifecycle: {
      state: lifecycleState(entry),
      since: lifecycle.since,
      ...(lifecycle.deprecated ? {deprecated: event(lifecycle.deprecated)} : {}),
      ...(lifecycle.removed ? {removed: event(lifecycle.removed)} : {}),
      ...(replacedBy ? {replacedBy: summary(replacedBy, paths)} : {}),
    },
    documentationUrl: documentationUrl(catalog.documentationUrl, entry.code),
    permalink: paths.code(entry.slug),
    indexPermalink: paths.index,
  };
}

function categoryRowData(category: Category, paths: RoutePaths): CategoryRowData {
  return {...categoryRow(category), permalink: paths.category(category.id)};
}

/**
 * All page data for a catalog. `routeBase` is the URL path of the index,
 * e.g. `/errors` (site baseUrl included).
 */
export function buildContent(catalog: Catalog, routeBase: string, md: MarkdownRenderer): ErrorCatalogContent {
  const paths = routePaths(routeBase);
  const product = catalog.product.name;
  const statusPermalinks = Object.fromEntries(catalog.statuses.map((s) => [s.status, paths.status(s.status)]));
  const categoryTitle = new Map(catalog.categories.map((c) => [c.id, c.title]));
  const statuses = statusTable(catalog);
  const byCode = new Map(catalog.codes.map((c) => [c.codeText, c]));

  return {
    index: {
      product,
      permalink: paths.index,
      counts: codeCounts(catalog.codes),
      categories: catalog.categories.map((c) => ({
        ...categoryRowData(c, paths),
        descriptionHtml: md.block(c.description),
        codes: c.codes.map((e) => summary(e, paths)),
      })),
      statuses: statuses.map((row) => ({
        status: row.status,
        title: row.title,
        meaning: row.meaning,
        ranges: row.ranges,
        count: row.codes.length,
        permalink: paths.status(row.status),
      })),
      statusPermalinks,
    },
    codes: catalog.codes.map((entry) => codePage(catalog, byCode, entry, paths, md)),
    categories: catalog.categories.map((c) => ({
      product,
      category: {...categoryRowData(c, paths), descriptionHtml: md.block(c.description)},
      codes: c.codes.map((e) => summary(e, paths)),
      statusPermalinks,
      indexPermalink: paths.index,
    })),
    statuses: catalog.statuses
      .filter((s) => catalog.codes.some((c) => c.status === s.status))
      .map((s) => {
        const codes = catalog.codes.filter((c) => c.status === s.status);
        return {
          product,
          permalink: paths.status(s.status),
          status: s.status,
          title: s.title,
          meaning: s.meaning,
          descriptionHtml: md.block(s.description),
          troubleshootingHtml: s.troubleshooting.map(md.inline),
          ranges: statuses.find((row) => row.status === s.status)?.ranges ?? [],
          codes: codes.map((e) => ({
            ...summary(e, paths),
            category: {title: categoryTitle.get(e.categoryId)!, permalink: paths.category(e.categoryId)},
          })),
          indexPermalink: paths.index,
        };
      }),
    lookup: {
      routeBase: paths.index,
      codes: catalog.codes.map((e) => ({code: e.code, name: e.name, title: e.title, permalink: paths.code(e.slug)})),
    },
  };
}
