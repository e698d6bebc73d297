/** The serializable props each theme component receives. Types only. */
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
export type LifecycleState = 'current' | 'deprecated' | 'removed';

export interface CodeSummary {
  code: CodeKey;
  name: string;
  title: LocalizedText;
  status: number;
  /** The message template, placeholders shown as `{name}`. */
  message: LocalizedText;
  permalink: string;
  lifecycle: LifecycleState;
}

export interface RangeData {
  min: number;
  max: number;
}

export interface ExampleData {
  mode: 'production' | 'development';
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
  name: string;
  title: LocalizedText;
  status: number;
  statusTitle: string;
  statusPermalink: string;
  category: {id: string; title: LocalizedText; range?: RangeData; permalink: string};
  message: LocalizedText;
  /** The message as a client receives it, with example values filled in. */
  exampleMessage: LocalizedText;
  /** The message template in every language of the catalog, source language first. */
  localizedMessages: {locale: string; language: string; message: LocalizedText}[];
  params: {name: string; type: string; descriptionHtml: LocalizedText; example: string}[];
  descriptionHtml: LocalizedText;
  /** `<title>`: code, name and the message as clients see it. */
  metaTitle: string;
  /** Meta and Open Graph description: code, status, message, then what it means. */
  metaDescription: string;
  /** JSON-LD objects for the page head. */
  structuredData: object[];
  exposeDetails: boolean;
  retryable: boolean;
  causesHtml: LocalizedList;
  resolutionHtml: LocalizedList;
  headers: {name: string; descriptionHtml: LocalizedText; example: string}[];
  /** One example, or production and development when details are sanitized. */
  examples: ExampleData[];
  related: CodeSummary[];
  tags: string[];
  lifecycle: {
    state: LifecycleState;
    since: string;
    deprecated?: LifecycleEventData;
    removed?: LifecycleEventData;
    replacedBy?: CodeSummary;
  };
  documentationUrl: string;
  permalink: string;
  indexPermalink: string;
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
  meaning: LocalizedText;
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
  categories: (CategoryRowData & {descriptionHtml: LocalizedText; codes: CodeSummary[]})[];
  statuses: StatusRowData[];
  statusPermalinks: Record<number, string>;
}

export interface CategoryPageData {
  product: string;
  category: CategoryRowData & {descriptionHtml: LocalizedText};
  codes: CodeSummary[];
  pagination: PaginationData;
  statusPermalinks: Record<number, string>;
  indexPermalink: string;
}

export interface StatusPageData {
  product: string;
  permalink: string;
  status: number;
  title: string;
  meaning: LocalizedText;
  descriptionHtml: LocalizedText;
  troubleshootingHtml: LocalizedList;
  ranges: string[];
  codes: (CodeSummary & {category: {title: LocalizedText; permalink: string}})[];
  pagination: PaginationData;
  indexPermalink: string;
}

/** One code as the error matcher sees it. */
export interface LookupCode {
  code: CodeKey;
  name: string;
  title: string;
  status: number;
  permalink: string;
  /** Every URL segment of the code (canonical slug and aliases), for `type` URLs in problem+json bodies. */
  segments: string[];
  /** The error type, for envelopes that carry one (OpenAI `type`). */
  type?: string;
  /** The message in each locale as a pattern that matches it with any values filled in. */
  patterns: {
    locale: string;
    source: string;
    literal: number;
    /** The message starts or ends with a word, which a longer line must not extend ("exceeded" is not in "exceededness"). */
    wordStart?: true;
    wordEnd?: true;
  }[];
}

/**
 * What the "paste your error" box loads first. A key's shard is its hash
 * modulo `keyShards`; a key shard maps keys to code indexes, and code `i` is
 * in code shard `floor(i / codesPerShard)`.
 */
export interface LookupManifest {
  keyShards: number;
  codesPerShard: number;
  /** Codes with a message that no key covers: candidates for every query. */
  fallback: number[];
}

export type LookupKeyShard = Record<string, number[]>;

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
  }[];
}

/** Global data of the plugin: tiny, because every page ships it. */
export interface ErrorCatalogGlobalData {
  routeBase: string;
  sourceLocale: string;
}
