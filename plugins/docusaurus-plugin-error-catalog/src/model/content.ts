/** Turns a validated catalog into the data of every page, for one locale; each kind of page data has its module in pages/. */
import type {
  CategoryPageData,
  ClientHandlingPageData,
  CodePageData,
  GuidePageData,
  ProsePageData,
  GuidesIndexPageData,
  IndexPageData,
  LookupData,
  LookupName,
  QuickReferencePageData,
  ReferenceNavData,
  RetriesPageData,
  StatusPageData,
  StatusReferencePageData,
  TagPageData,
  TagsIndexPageData,
  TranslationStatusPageData,
} from '../pageData';
import {redirectSegments} from './aliases';
import {codeLabel} from './derive';
import {messageBundles, type MessageBundle} from './bundles';
import type {MarkdownRenderer} from './markdown';
import {codePage} from './pages/codePage';
import {createContext, defaultCodesPerPage, type BuildOptions} from './pages/context';
import {clientHandling, quickReference, retries, statusReference} from './pages/generatedGuidePages';
import {guidePage, guidesIndex, prosePage} from './pages/guidePages';
import {categoryPages, indexPage, statusPages, statusRows, tagPages} from './pages/listPages';
import {lookup} from './pages/lookupData';
import {referenceNav} from './pages/navigation';
import {translationStatus} from './pages/translationStatus';
import {stated} from './stated';
import type {TransportId} from './transports';
import {overHttp, type Catalog} from './types';

export {defaultCodesPerPage, maxListedRanges, type BuildOptions, type PageSubject} from './pages/context';
export type {MessageBundle} from './bundles';

export interface ErrorCatalogContent {
  locale: string;
  /** How the catalog's errors reach clients, which names their statuses; absent where codes have no status. */
  transport?: TransportId;
  index: IndexPageData;
  codes: CodePageData[];
  categories: CategoryPageData[];
  statuses: StatusPageData[];
  translations: TranslationStatusPageData;
  guidesIndex: GuidesIndexPageData;
  guides: GuidePageData[];
  prosePages: ProsePageData[];
  /** Absent, like the status pages, when the catalog's codes have no status. */
  statusReference?: StatusReferencePageData;
  retries: RetriesPageData;
  quickReference: QuickReferencePageData[];
  /** Absent when the catalog's codes are not sent over HTTP: there is no response to handle. */
  clientHandling?: ClientHandlingPageData;
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

/** All page data of a catalog in one locale. */
export function buildContent(catalog: Catalog, options: BuildOptions, md: MarkdownRenderer): ErrorCatalogContent {
  const ctx = createContext(catalog, options, md);
  const {codesPerPage = defaultCodesPerPage} = options;
  const {paths, l10n} = ctx;
  const statuses = statusRows(ctx);
  return {
    locale: l10n.locale,
    ...stated('transport', catalog.transport?.id),
    index: indexPage(ctx, statuses, codesPerPage),
    codes: catalog.codes.map((entry) => codePage(ctx, entry)),
    categories: categoryPages(ctx, codesPerPage),
    statuses: statusPages(ctx, codesPerPage),
    translations: translationStatus(ctx),
    guidesIndex: guidesIndex(ctx),
    guides: catalog.guides.map((g) => guidePage(ctx, g)),
    prosePages: catalog.prosePages.map((p) => prosePage(ctx, p)),
    ...stated('statusReference', catalog.transport && statusReference(ctx, catalog.transport, statuses)),
    retries: retries(ctx, codesPerPage),
    quickReference: quickReference(ctx, codesPerPage),
    ...stated('clientHandling', overHttp(catalog) ? clientHandling(ctx, catalog) : undefined),
    ...tagPages(ctx, codesPerPage),
    ...lookup(ctx),
    nav: referenceNav(ctx),
    bundles: messageBundles(catalog),
    redirects: catalog.codes.flatMap((e) =>
      redirectSegments(e).map((from) => ({from, to: paths.code(e.slug), title: `${codeLabel(e)}: ${l10n.code(e, 'title').value}`})),
    ),
  };
}
