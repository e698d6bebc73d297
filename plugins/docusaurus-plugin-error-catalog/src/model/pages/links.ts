/** The pieces several kinds of page show: links to codes, guides, tags and categories, and retry facts. */
import type {
  CategoryRowData,
  CodeLinkData,
  CodeSummary,
  GuideLinkData,
  GuidesIndexPageData,
  HeaderData,
  ProsePageLinkData,
  RetryGuidanceData,
  RetryPolicyData,
  RetryWaitData,
  SnippetData,
  TagLinkData,
} from '../../pageData';
import {categoryRow, lifecycleState} from '../derive';
import {retryAfterField, retryAfterHeader} from '../envelope';
import {generatedGuides as catalogGeneratedGuides, type Guide} from '../guides';
import {backoffSchedule, clientModuleFiles, codeSnippet, snippetLanguageLabels, snippetLanguages} from '../snippets';
import type {Localized} from '../i18n';
import type {Header} from '../schema';
import {overHttp, type Category, type CodeEntry, type HttpCatalog, type StatusCodeEntry} from '../types';
import {stated} from '../stated';
import {type Context, mapText, readable, text} from './context';

/** A response header as pages show it; reset headers carry Unix time, so their example is also shown as a date. */
export function headerData({md}: Context, header: Header, description: Localized<string>): HeaderData {
  const seconds = typeof header.example === 'number' ? header.example : Number.NaN;
  const isUnixTime = /reset/i.test(header.name) && seconds > 1e9;
  return {
    name: header.name,
    descriptionHtml: mapText(description, md.inline),
    example: String(header.example),
    ...(isUnixTime ? {exampleDate: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')} : {}),
  };
}

export function codeLink({paths, l10n}: Context, entry: CodeEntry): CodeLinkData {
  return {
    code: entry.code,
    ...stated('name', entry.name),
    title: text(l10n.code(entry, 'title')),
    ...stated('status', entry.status),
    permalink: paths.code(entry.slug),
  };
}

export function summary(ctx: Context, entry: CodeEntry): CodeSummary {
  return {...codeLink(ctx, entry), message: readable(ctx.l10n.code(entry, 'message')), lifecycle: lifecycleState(entry)};
}

export function guideLink({paths, l10n}: Context, guide: Guide): GuideLinkData {
  const localized = l10n.guide(guide);
  return {
    title: text(localized.title),
    summary: text(localized.summary),
    permalink: paths.guide(guide.slug),
    hasFlow: guide.flow !== undefined,
  };
}

/** Links to the catalog's prose pages, in their order. */
export function prosePageLinks({catalog, paths, l10n}: Context): ProsePageLinkData[] {
  return catalog.prosePages.map((p) => {
    const localized = l10n.prosePage(p);
    return {
      title: text(localized.title),
      ...stated('summary', localized.summary && text(localized.summary)),
      permalink: paths.guide(p.slug),
    };
  });
}

export function tagLink({catalog, paths}: Context, id: string): TagLinkData {
  return {id, title: catalog.tags[id]!.title, permalink: paths.tag(id)};
}

export function categoryRowData({paths, l10n}: Context, category: Category): CategoryRowData {
  return {...categoryRow(category), title: text(l10n.category(category, 'title')), permalink: paths.category(category.id)};
}

export function generatedGuides({catalog, paths}: Context): GuidesIndexPageData['generated'] {
  return catalogGeneratedGuides(catalog).map(({id, slug}) => ({id, permalink: paths.guide(slug)}));
}

/** The catalog's declared backoff; a catalog that declares none gets none stated. */
export function retryPolicy({catalog: {retry}}: Context): RetryPolicyData | undefined {
  if (!retry) return undefined;
  return {
    initialDelaySeconds: retry.initial_delay_seconds,
    multiplier: retry.multiplier,
    maxDelaySeconds: retry.max_delay_seconds,
    maxAttempts: retry.max_attempts,
    schedule: backoffSchedule(retry),
  };
}

/**
 * How a client times a retry of the entry: Retry-After, the catalog's backoff, or, where the catalog declares none, no
 * stated wait. Nothing when the catalog does not say whether the entry is retryable.
 */
export function retryWait({catalog, l10n, md}: Context, entry: CodeEntry): RetryWaitData | undefined {
  if (entry.retryable === undefined) return undefined;
  if (entry.retryable === false) return {kind: 'none', resolution: entry.resolution !== undefined};
  if (entry.retryable === 'conditional')
    return {kind: 'conditional', conditionHtml: mapText(l10n.code(entry, 'retry_condition')!, md.inline)};
  const header = retryAfterHeader(entry);
  if (header) return {kind: 'retry-after', in: 'header', from: header.name, example: String(header.example)};
  const field = retryAfterField(catalog, entry);
  if (field) return {kind: 'retry-after', in: 'body', from: field.path.join('.'), example: String(field.example)};
  return catalog.retry ? {kind: 'backoff'} : {kind: 'later'};
}

/** A code's retry guidance as its page states it: a backoff comes with the numbers of the catalog's policy. */
export function retryGuidance(ctx: Context, entry: CodeEntry): RetryGuidanceData | undefined {
  const wait = retryWait(ctx, entry);
  const policy = retryPolicy(ctx);
  if (wait?.kind === 'backoff' && policy) return {kind: 'backoff', policy, noRetryAfter: overHttp(ctx.catalog)};
  return wait as Exclude<RetryWaitData, {kind: 'backoff'}> | undefined;
}

export function snippets({md, l10n, phrases}: Context, catalog: HttpCatalog, entry: StatusCodeEntry): SnippetData[] {
  const resolution = l10n.code(entry, 'resolution');
  const condition = l10n.code(entry, 'retry_condition');
  const text = {
    ...stated('fix', resolution && md.plain(resolution.value[0]!)),
    ...stated('condition', condition && md.plain(condition.value)),
  };
  return snippetLanguages.map((language) => ({
    language,
    label: snippetLanguageLabels[language],
    module: clientModuleFiles[language],
    code: codeSnippet(catalog, entry, language, text, phrases),
  }));
}
