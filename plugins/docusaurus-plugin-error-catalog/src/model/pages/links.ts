/** The pieces several kinds of page show: links to codes, guides, tags and categories, and retry facts. */
import type {
  CategoryRowData,
  CodeLinkData,
  CodeSummary,
  GuideLinkData,
  GuidesIndexPageData,
  RetryPolicyData,
  RetryWaitData,
  SnippetData,
  TagLinkData,
} from '../../pageData';
import {categoryRow, lifecycleState} from '../derive';
import {retryAfterHeader} from '../envelope';
import {generatedGuideSlugs, type Guide} from '../guides';
import {backoffSchedule, clientModuleFiles, codeSnippet, snippetLanguageLabels, snippetLanguages} from '../snippets';
import type {Category, CodeEntry} from '../types';
import {type Context, readable, text} from './context';

export function codeLink({paths, l10n}: Context, entry: CodeEntry): CodeLinkData {
  return {
    code: entry.code,
    name: entry.name,
    title: text(l10n.code(entry, 'title')),
    status: entry.status,
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

export function tagLink({catalog, paths}: Context, id: string): TagLinkData {
  return {id, title: catalog.tags[id]!.title, permalink: paths.tag(id)};
}

export function categoryRowData({paths, l10n}: Context, category: Category): CategoryRowData {
  return {...categoryRow(category), title: text(l10n.category(category, 'title')), permalink: paths.category(category.id)};
}

export function generatedGuides({paths}: Context): GuidesIndexPageData['generated'] {
  return generatedGuideSlugs.map((id) => ({id, permalink: paths.guide(id)}));
}

export function retryPolicy({catalog: {retry}}: Context): RetryPolicyData {
  return {
    initialDelaySeconds: retry.initial_delay_seconds,
    multiplier: retry.multiplier,
    maxDelaySeconds: retry.max_delay_seconds,
    maxAttempts: retry.max_attempts,
    schedule: backoffSchedule(retry),
  };
}

export function retryWait(entry: CodeEntry): RetryWaitData {
  if (!entry.retryable) return {kind: 'none'};
  const retryAfter = retryAfterHeader(entry);
  return retryAfter ? {kind: 'retry-after', example: String(retryAfter.example)} : {kind: 'backoff'};
}

export function snippets({catalog, md, l10n, phrases}: Context, entry: CodeEntry): SnippetData[] {
  const fix = md.plain(l10n.code(entry, 'resolution').value[0]!);
  return snippetLanguages.map((language) => ({
    language,
    label: snippetLanguageLabels[language],
    module: clientModuleFiles[language],
    code: codeSnippet(catalog, entry, language, fix, phrases),
  }));
}
