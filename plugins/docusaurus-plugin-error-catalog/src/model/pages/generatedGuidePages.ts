/** The data of the guides computed from the whole catalog: statuses, retries, quick reference, client handling. */
import type {ClientHandlingPageData, IndexPageData, QuickReferencePageData, RetriesPageData, StatusReferencePageData} from '../../pageData';
import {compressCodeRanges, isCurrent, lifecycleState} from '../derive';
import {retryAfterHeader, retryAfterPath} from '../envelope';
import {clientModule, clientModuleFiles, snippetLanguageLabels, snippetLanguages} from '../snippets';
import {stated} from '../stated';
import type {Transport} from '../transports';
import {hasStatus, overHttp, type HttpCatalog} from '../types';
import {type Context, listedRanges, mapList, mapText, paginate, text} from './context';
import {codeLink, guideLink, retryPolicy, retryWait, snippets, summary} from './links';

export function statusReference(ctx: Context, transport: Transport, rows: IndexPageData['statuses']): StatusReferencePageData {
  const {catalog, paths, md, l10n} = ctx;
  return {
    product: catalog.product.name,
    permalink: paths.guide(transport.referenceSlug),
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

export function retries(ctx: Context, codesPerPage: number): RetriesPageData {
  const {catalog, paths} = ctx;
  const current = catalog.codes.filter(isCurrent);
  const retryable = current.filter((e) => e.retryable === true);
  const listed = retryable.length <= codesPerPage;
  const statusTitle = new Map(catalog.statuses.map((s) => [s.status, s.title]));
  // Only what the catalog marks not retryable: a code it says nothing about is in neither list.
  const notRetryable = current.filter((e) => e.retryable === false);
  // Grouped by status where codes have one; a catalog not sent over HTTP has one group.
  const nonRetryable = [...new Set(notRetryable.map((e) => e.status))]
    .sort((a, b) => (a ?? 0) - (b ?? 0))
    .map((status) => {
      const codes = notRetryable.filter((e) => e.status === status).map((e) => e.code);
      return {
        ...stated('status', status === undefined ? undefined : {code: status, title: statusTitle.get(status)!}),
        ranges: listedRanges(compressCodeRanges(codes)),
        count: codes.length,
        permalink: status === undefined ? paths.guide('quick-reference') : paths.status(status),
      };
    });
  return {
    product: catalog.product.name,
    permalink: paths.guide('retries'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    ...stated('clientPermalink', overHttp(catalog) ? paths.guide('client-handling') : undefined),
    ...stated('policy', retryPolicy(ctx)),
    retryable: listed ? retryable.map((e) => ({...codeLink(ctx, e), wait: retryWait(ctx, e)!})) : [],
    retryableRanges: listed ? [] : listedRanges(compressCodeRanges(retryable.map((e) => e.code))),
    retryableCount: retryable.length,
    conditional: current
      .filter((e) => e.retryable === 'conditional')
      .map((e) => ({...codeLink(ctx, e), conditionHtml: mapText(ctx.l10n.code(e, 'retry_condition')!, ctx.md.inline)})),
    nonRetryable,
    flows: catalog.guides.filter((g) => g.flow).map((g) => guideLink(ctx, g)),
  };
}

export function quickReference(ctx: Context, codesPerPage: number): QuickReferencePageData[] {
  const {catalog, paths, md, l10n} = ctx;
  const page = {
    product: catalog.product.name,
    permalink: paths.guide('quick-reference'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    hasTypes: catalog.codes.some((e) => e.type !== undefined),
    hasStatuses: catalog.transport !== undefined,
  };
  const rows = catalog.codes.map((e) => {
    const resolution = l10n.code(e, 'resolution');
    return {
      code: e.code,
      ...stated('name', e.name),
      ...stated('status', e.status),
      ...stated('type', e.type),
      ...stated('retryable', e.retryable),
      ...stated('quickFixHtml', text(resolution && {...resolution, value: md.inline(resolution.value[0]!)})),
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

export function clientHandling(ctx: Context, catalog: HttpCatalog): ClientHandlingPageData {
  const {paths} = ctx;
  const current = catalog.codes.filter(isCurrent).filter(hasStatus);
  // One code for each way of handling an error, so every branch of the client is shown once.
  const picks = [
    current.find((e) => e.retryable === true && retryAfterHeader(e)),
    current.find((e) => e.retryable === true && !retryAfterHeader(e)),
    current.find((e) => e.retryable === false && e.example.field_errors) ?? current.find((e) => e.retryable === false),
  ].filter((e) => e !== undefined);
  return {
    product: catalog.product.name,
    permalink: paths.guide('client-handling'),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    retriesPermalink: paths.guide('retries'),
    formats: catalog.envelope.formats.map(({id, contentType}) => ({id, contentType})),
    modules: snippetLanguages.map((language) => ({
      language,
      label: snippetLanguageLabels[language],
      module: clientModuleFiles[language],
      code: clientModule(catalog, language),
    })),
    retryableCount: current.filter((e) => e.retryable === true).length,
    ...stated('retryAfterField', retryAfterPath(catalog)?.join('.')),
    ...stated('policy', retryPolicy(ctx)),
    // A code's slug is a valid anchor whatever the code holds.
    examples: picks.map((e) => ({anchor: `code-${e.slug}`, summary: summary(ctx, e), snippets: snippets(ctx, catalog, e)})),
  };
}
