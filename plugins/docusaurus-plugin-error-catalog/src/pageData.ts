/** The serializable props each theme component receives. Types only. */
import type {TransportId} from './model/transports';

export type {TransportId};
export type CodeKey = string | number;

/**
 * Text in the page's language, or the source-language text with `fallback`
 * set, which the theme marks with the source `lang` and a notice.
 */
export interface LocalizedText {
  value: string;
  fallback?: true;
}

export interface LocalizedList {
  value: string[];
  fallback?: true;
}

/** A piece of a rendered document: HTML, or a code block the theme shows as it shows code in docs. */
export type DocumentPart = {html: string} | {code: string; language?: string};

export interface LocalizedDocument {
  value: DocumentPart[];
  fallback?: true;
}
export type LifecycleState = 'current' | 'deprecated' | 'removed';

/** Whether the same request can succeed later: yes, no, or only under a condition the catalog states. */
export type Retryable = boolean | 'conditional';

/** A link to a code with what tells it apart at a glance: number, name, status and title. */
export interface CodeLinkData {
  code: CodeKey;
  /** The symbolic name, when the catalog gives one. */
  name?: string;
  title: LocalizedText;
  /** The HTTP status, for a code sent over HTTP. */
  status?: number;
  permalink: string;
}

/** A code in a list of codes. */
export interface CodeSummary extends CodeLinkData {
  /** The message template, placeholders shown as `{name}`. */
  message: LocalizedText;
  lifecycle: LifecycleState;
}

export interface RangeData {
  min: number;
  max: number;
}

/** An envelope format: a built-in one's name (`nested`, `problem`…) or `custom`, and its media type. */
export interface EnvelopeFormatData {
  id: string;
  contentType: string;
}

export interface ExampleData {
  mode: 'production' | 'development';
  /** The envelope the body is in: the catalog's format or one of its alternatives. */
  format: EnvelopeFormatData;
  statusLine: string;
  headers: [string, string][];
  /** Pretty-printed JSON body. */
  body: string;
}

export interface LifecycleEventData {
  since: string;
  reasonHtml: LocalizedText;
}

export interface CodePageData {
  code: CodeKey;
  name?: string;
  title: LocalizedText;
  /** The HTTP status of its responses, for a code sent over HTTP. */
  status?: {code: number; title: string; permalink: string};
  /** Its severity or kind, where the catalog declares one. */
  severity?: {id: string; title: string};
  category: {id: string; title: LocalizedText; range?: RangeData; permalink: string};
  /** The message as a reader sees it: placeholders as `{name}`, plurals and selects as their `other` case. */
  message: LocalizedText;
  nearby: NearbyCodesData;
  /** The ICU template, when it reads differently from `message` (plural, select, quoting). */
  messageTemplate?: LocalizedText;
  /** The message as a client receives it, with example values filled in, where it has placeholders. */
  exampleMessage?: LocalizedText;
  /** The other codes with the same name, which the name does not tell apart from this one. */
  namesakes: CodeLinkData[];
  /** The other messages the API sends with this code, by the key a server picks one with, in the catalog's order. */
  variants: {key: string; message: LocalizedText; messageTemplate?: LocalizedText}[];
  /** The readable message in every language of the catalog, source language first. */
  localizedMessages: {locale: string; language: string; message: LocalizedText}[];
  params: {name: string; type: string; descriptionHtml: LocalizedText; example: string}[];
  descriptionHtml?: LocalizedText;
  /** `<title>`: code, name and the message as clients see it. */
  metaTitle: string;
  /** Meta and Open Graph description: code, status, message, then what it means. */
  metaDescription: string;
  /** JSON-LD documents, each serialized for a script element. */
  structuredData: string[];
  /** The facts below are absent where the catalog does not state them, and the page then leaves them out. */
  exposeDetails?: boolean;
  retryable?: Retryable;
  causesHtml?: LocalizedList;
  resolutionHtml?: LocalizedList;
  headers: HeaderData[];
  retry?: RetryGuidanceData;
  /**
   * Per envelope format, the catalog's own first: one example, or production and development when details are
   * sanitized. None for a code not sent over HTTP.
   */
  examples: ExampleData[];
  /** The code that detects this error in an HTTP response, per language; none for a code not sent over HTTP. */
  snippets: SnippetData[];
  /** Guides that involve this code: symptom guides and their recovery flows. */
  guides: GuideLinkData[];
  retriesPermalink: string;
  /** The client module's page, for a catalog sent over HTTP. */
  clientPermalink?: string;
  related: CodeLinkData[];
  tags: TagLinkData[];
  lifecycle: {
    state: LifecycleState;
    since?: string;
    deprecated?: LifecycleEventData;
    removed?: LifecycleEventData;
    replacedBy?: CodeLinkData;
  };
  /** The URL the API sends with this code, when the catalog declares its pattern. */
  documentationUrl?: string;
  permalink: string;
  indexPermalink: string;
  links?: PageLinksData;
}

export interface HeaderData {
  name: string;
  descriptionHtml: LocalizedText;
  example: string;
  /** A Unix-time example as an ISO date, so readers see what it means. */
  exampleDate?: string;
}

export interface RetryPolicyData {
  initialDelaySeconds: number;
  multiplier: number;
  maxDelaySeconds: number;
  maxAttempts: number;
  /** Seconds before each retry, from the policy. */
  schedule: number[];
}

/**
 * How a client times a retry of a code: the Retry-After header (with its example), the catalog's backoff, not at all;
 * `later` is a retryable code in a catalog that declares no backoff, so no wait is stated.
 */
export type RetryWaitData =
  /** Wait the seconds the response states: in a header (`from` is its name) or a body field (`from` is its path). */
  | {kind: 'retry-after'; in: 'header' | 'body'; from: string; example: string}
  | {kind: 'backoff'}
  | {kind: 'later'}
  /** Retryable only when the condition holds, so a client does not retry it by itself. */
  | {kind: 'conditional'; conditionHtml: LocalizedText}
  /** Not retryable; `resolution` says whether the page has resolution steps to follow first. */
  | {kind: 'none'; resolution: boolean};

/** How to retry one code, as its page says it: a backoff comes with the catalog's policy, whose numbers the page states. */
export type RetryGuidanceData =
  | Exclude<RetryWaitData, {kind: 'backoff'}>
  /** `noRetryAfter`: the code's HTTP response has no Retry-After header (a code not sent over HTTP has no response). */
  | {kind: 'backoff'; policy: RetryPolicyData; noRetryAfter: boolean};

export interface SnippetData {
  language: 'ts' | 'python' | 'bash';
  /** The language's name for readers: TypeScript, Python, curl. */
  label: string;
  /** The client module the snippet imports from, e.g. `api-errors.ts`. */
  module: string;
  code: string;
}

export interface GuideLinkData {
  title: LocalizedText;
  summary: LocalizedText;
  permalink: string;
  hasFlow: boolean;
}

export interface TagLinkData {
  id: string;
  title: string;
  permalink: string;
}

export interface FlowStepData {
  id: string;
  /** 1-based position in reading order. */
  number: number;
  kind: 'do' | 'ask' | 'end';
  text: string;
  /** Step numbers this one leads to. */
  next?: number;
  yes?: number;
  no?: number;
  codes: {code: CodeKey; name?: string; permalink: string}[];
}

export interface FlowData {
  title?: string;
  steps: FlowStepData[];
  /** Set when the steps are the source language's because the guide's translation has no flow. */
  fallback?: true;
}

/** The guides the plugin generates from the entries. */
export type GeneratedGuideId = 'statuses' | 'retries' | 'quick-reference' | 'client-handling';

/** A link to one of the catalog's prose pages. */
export interface ProsePageLinkData {
  title: LocalizedText;
  summary?: LocalizedText;
  permalink: string;
}

export interface GuidesIndexPageData {
  product: string;
  permalink: string;
  indexPermalink: string;
  prosePages: ProsePageLinkData[];
  guides: (GuideLinkData & {symptoms: LocalizedList; codes: CodeSummary[]})[];
  generated: {id: GeneratedGuideId; permalink: string}[];
  tagsPermalink?: string;
}

export interface ProsePageData {
  product: string;
  slug: string;
  title: LocalizedText;
  summary?: LocalizedText;
  body: LocalizedDocument;
  /** The body's `##` headings and their ids, for "On this page". */
  outline: {id: string; title: string}[];
  permalink: string;
  guidesPermalink: string;
  indexPermalink: string;
  links?: PageLinksData;
}

export interface GuidePageData {
  product: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  symptoms: LocalizedList;
  /** The body, its code blocks apart so the theme highlights them and gives them a copy button. */
  body: LocalizedDocument;
  /** The body's `##` headings and their ids, for "On this page". */
  outline: {id: string; title: string}[];
  flow?: FlowData;
  codes: (CodeSummary & {retryable?: Retryable})[];
  permalink: string;
  guidesPermalink: string;
  indexPermalink: string;
  links?: PageLinksData;
}

export interface StatusReferencePageData {
  product: string;
  permalink: string;
  guidesPermalink: string;
  indexPermalink: string;
  statuses: (StatusRowData & {descriptionHtml?: LocalizedText; troubleshootingHtml?: LocalizedList})[];
}

export interface RetryRowData extends CodeLinkData {
  wait: RetryWaitData;
}

export interface RetriesPageData {
  product: string;
  permalink: string;
  guidesPermalink: string;
  indexPermalink: string;
  /** The client module's page, for a catalog sent over HTTP. */
  clientPermalink?: string;
  /** The catalog's backoff, when it declares one. */
  policy?: RetryPolicyData;
  /** Current retryable codes; empty when there are more than a page holds, see `retryableRanges`. */
  retryable: RetryRowData[];
  retryableRanges: string[];
  retryableCount: number;
  /** Current codes the catalog marks retryable under a condition, with it. */
  conditional: (CodeLinkData & {conditionHtml: LocalizedText})[];
  /**
   * Current codes the catalog marks not retryable, as ranges, per status where codes have one; `permalink` lists
   * them (the status page, or the quick reference).
   */
  nonRetryable: {status?: {code: number; title: string}; ranges: string[]; count: number; permalink: string}[];
  /** Guides with a recovery flow. */
  flows: GuideLinkData[];
}

export interface QuickReferenceRowData {
  code: CodeKey;
  name?: string;
  status?: number;
  type?: string;
  retryable?: Retryable;
  quickFixHtml?: LocalizedText;
  permalink: string;
  lifecycle: LifecycleState;
}

export interface QuickReferencePageData {
  product: string;
  permalink: string;
  guidesPermalink: string;
  indexPermalink: string;
  /** Whether the catalog's entries carry an error type (OpenAI envelopes). */
  hasTypes: boolean;
  /** Whether codes have an HTTP status: the catalog's codes are sent over HTTP. */
  hasStatuses: boolean;
  rows: QuickReferenceRowData[];
  pagination: PaginationData;
}

export interface ClientHandlingPageData {
  product: string;
  permalink: string;
  guidesPermalink: string;
  indexPermalink: string;
  retriesPermalink: string;
  formats: EnvelopeFormatData[];
  modules: SnippetData[];
  retryableCount: number;
  policy?: RetryPolicyData;
  /** The body field the client waits by when a response has no Retry-After header, where the catalog declares one. */
  retryAfterField?: string;
  /** One code per kind of handling, with its snippets: retry with Retry-After, retry with backoff, fix the request. */
  examples: {anchor: string; summary: CodeSummary; snippets: SnippetData[]}[];
}

export interface TagPageData {
  product: string;
  tag: TagLinkData & {descriptionHtml?: string; count: number};
  codes: CodeSummary[];
  pagination: PaginationData;
  statusPermalinks: Record<number, string>;
  tagsPermalink: string;
  indexPermalink: string;
}

export interface TagsIndexPageData {
  product: string;
  permalink: string;
  indexPermalink: string;
  tags: (TagLinkData & {count: number})[];
}

export interface CategoryRowData {
  id: string;
  title: LocalizedText;
  range?: RangeData;
  count: number;
  statuses: number[];
  permalink: string;
}

export interface StatusRowData {
  status: number;
  title: string;
  meaning?: LocalizedText;
  /** The codes with this status as ranges; empty when there are too many to read, and the row links to the list. */
  ranges: string[];
  count: number;
  permalink: string;
}

export interface CountsData {
  total: number;
  current: number;
  deprecated: number;
  removed: number;
}

/** One page of a long code list. */
export interface PaginationData {
  /** 1-based. */
  page: number;
  /** The URL of every page of the list, the first page first. */
  permalinks: string[];
  /** 1-based positions of the first and last code shown, and the length of the whole list. */
  from: number;
  to: number;
  total: number;
}

export interface IndexPageData {
  product: string;
  locale: string;
  permalink: string;
  counts: CountsData;
  /** False when the catalog has more codes than one page holds: they are listed on the category pages instead. */
  listsCodes: boolean;
  categories: (CategoryRowData & {descriptionHtml?: LocalizedText; codes: CodeSummary[]})[];
  statuses: StatusRowData[];
  statusPermalinks: Record<number, string>;
  prosePages: ProsePageLinkData[];
  guides: GuideLinkData[];
  guidesPermalink: string;
  generatedGuides: GuidesIndexPageData['generated'];
}

/** The kinds of page that are about one entry of the catalog, and so have its source to edit. */
export type PageSubjectKind = 'code' | 'category' | 'status' | 'guide' | 'page';

/** Links from a page to where its entry is written and to where readers report a problem; either may be absent. */
export interface PageLinksData {
  kind: PageSubjectKind;
  editUrl?: string;
  feedbackUrl?: string;
}

export interface CategoryPageData {
  product: string;
  category: CategoryRowData & {descriptionHtml?: LocalizedText};
  codes: CodeSummary[];
  pagination: PaginationData;
  statusPermalinks: Record<number, string>;
  indexPermalink: string;
  links?: PageLinksData;
}

export interface StatusPageData {
  product: string;
  permalink: string;
  status: number;
  title: string;
  meaning?: LocalizedText;
  descriptionHtml?: LocalizedText;
  troubleshootingHtml?: LocalizedList;
  /** Headers every response with this status carries. */
  headers: HeaderData[];
  ranges: string[];
  codes: (CodeSummary & {category: {title: LocalizedText; permalink: string}})[];
  /** The guides that involve a code with this status, in the catalog's order. */
  guides: GuideLinkData[];
  pagination: PaginationData;
  indexPermalink: string;
  links?: PageLinksData;
}

/** A text as a pattern that matches it with any values filled in. */
export interface LookupPattern {
  locale: string;
  source: string;
  literal: number;
  /** The text starts or ends with a word, which a longer line must not extend ("exceeded" is not in "exceededness"). */
  wordStart?: true;
  wordEnd?: true;
}

/** A text of a code or guide as the fuzzy tier compares it: its words. */
export interface LookupText {
  locale: string;
  field: 'message' | 'title' | 'name' | 'symptom';
  terms: string[];
}

/** One code as the error matcher sees it. */
export interface LookupCode {
  code: CodeKey;
  name?: string;
  title: string;
  status?: number;
  permalink: string;
  /** Every URL segment of the code (canonical slug and aliases), for `type` URLs in problem+json bodies. */
  segments: string[];
  /** The error type, for envelopes that carry one (OpenAI `type`). */
  type?: string;
  /** The message in each locale. */
  patterns: LookupPattern[];
  /** Its messages and titles in each locale, and its name. */
  texts: LookupText[];
}

/** A guide as the error matcher sees it: its symptoms in each locale lead to its codes. */
export interface LookupGuide {
  title: string;
  permalink: string;
  /** Indexes of its codes in catalog order. */
  codes: number[];
  patterns: LookupPattern[];
  /** Its symptoms and titles in each locale. */
  texts: LookupText[];
}

/**
 * What the "paste your error" box loads first. Keys name items: item `i` is code `i` while `i < codes`, else guide
 * `i - codes`. A key's shard is its hash modulo `keyShards`; code `i` is in code shard `floor(i / itemsPerShard)`,
 * and guide `g` in guide shard `floor(g / itemsPerShard)`.
 */
export interface LookupManifest {
  keyShards: number;
  itemsPerShard: number;
  codes: number;
  /** Items with a text that no key covers: candidates for every query. */
  fallback: number[];
  /** Where to look when nothing matches: the statuses that have codes, and the categories. */
  browse: LookupBrowse;
  /** The last segment of the route base (`errors`): in a pasted link, the segment after it names a code. */
  linkBase: string;
  /** Where a pasted JSON body names a code, a type or a message: field names of the catalog's envelopes and common ones. */
  bodyFields: LookupBodyFields;
  /**
   * The fuzzy tier's word index. A word's document frequency is in vocabulary shard `hash(first character) %
   * vocabShards`; the items it occurs in, in posting shard `hash(word) % postingShards`, unless it is in more than
   * `commonDf` items: then it is too common to find an item by, and `common` lists it.
   */
  words: {vocabShards: number; postingShards: number; commonDf: number; items: number; common: string[]};
}

export interface LookupBodyFields {
  code: string[];
  type: string[];
  message: string[];
}

export interface LookupBrowse {
  statuses: {status: number; title: string; count: number; permalink: string}[];
  categories: {id: string; title: string; count: number; permalink: string}[];
}

export type LookupKeyShard = Record<string, number[]>;
/** A word's document frequency: in how many codes and guides it occurs. */
export type LookupVocabShard = Record<string, number>;
export type LookupPostingShard = Record<string, number[]>;

/** All of the matcher's data: the modules the browser loads one by one, and `lookup.json` for the CLI and the runtime. */
export interface LookupData {
  manifest: LookupManifest;
  keyShards: LookupKeyShard[];
  codeShards: LookupCode[][];
  guideShards: LookupGuide[][];
  vocabShards: LookupVocabShard[];
  postingShards: LookupPostingShard[];
}

/** `lookup.json`: the lookup data, and the site's origin, before which a permalink is a page's URL. */
export interface LookupExport extends LookupData {
  origin: string;
}

/** A code as the not-found page suggests it. */
export type LookupName = Pick<LookupCode, 'code' | 'name' | 'title' | 'permalink'>;

export interface TranslationStatusPageData {
  product: string;
  permalink: string;
  indexPermalink: string;
  source: {locale: string; language: string};
  locales: {
    locale: string;
    language: string;
    translated: number;
    total: number;
    /** Missing fields, grouped by what they belong to, e.g. `2002 (EXPIRED_TOKEN)`: description, causes. */
    missing: {label: string; permalink: string; fields: string[]}[];
    /** Absent when the catalog has no guides. */
    guides?: {
      total: number;
      translated: number;
      /** Guides with no translation, and translations of an earlier version of their guide. */
      missing: {title: LocalizedText; permalink: string}[];
      stale: {title: LocalizedText; permalink: string}[];
    };
  }[];
}

/** The reference's sections, beside every page of it: small whatever the catalog's size (no codes). */
export interface ReferenceNavData {
  indexPermalink: string;
  categories: {id: string; title: LocalizedText; permalink: string; count: number}[];
  guidesPermalink: string;
  prosePages: ProsePageLinkData[];
  generated: {id: GeneratedGuideId; permalink: string}[];
  tagsPermalink?: string;
}

/** A code page's neighbours in its category, for the navigation: a window around it, and how many are left out. */
export interface NearbyCodesData {
  category: {title: LocalizedText; permalink: string};
  codes: {code: CodeKey; name?: string; permalink: string}[];
  before: number;
  after: number;
}

export interface ErrorCatalogGlobalData {
  routeBase: string;
  sourceLocale: string;
  /** How the catalog's errors reach clients, which names their statuses; absent where codes have no status. */
  transport?: TransportId;
  nav: ReferenceNavData;
  /** The page static hosts serve for unknown URLs under the route base, when the build writes one. */
  unknownCodePath?: string;
}
