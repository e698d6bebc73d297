/** The serializable props each theme component receives. Types only. */
export type CodeKey = string | number;
export type LifecycleState = 'current' | 'deprecated' | 'removed';

export interface CodeSummary {
  code: CodeKey;
  name: string;
  title: string;
  status: number;
  /** The message template, placeholders shown as `{name}`. */
  message: string;
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
  reasonHtml: string;
}

export interface CodePageData {
  code: CodeKey;
  name: string;
  title: string;
  status: number;
  statusTitle: string;
  statusPermalink: string;
  category: {id: string; title: string; range?: RangeData; permalink: string};
  message: string;
  /** The message as a client receives it, with example values filled in. */
  exampleMessage: string;
  params: {name: string; type: string; descriptionHtml: string; example: string}[];
  descriptionHtml: string;
  /** Plain-text description, for meta tags. */
  summary: string;
  exposeDetails: boolean;
  retryable: boolean;
  causesHtml: string[];
  resolutionHtml: string[];
  headers: {name: string; descriptionHtml: string; example: string}[];
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
  title: string;
  range?: RangeData;
  count: number;
  statuses: number[];
  permalink: string;
}

export interface StatusRowData {
  status: number;
  title: string;
  meaning: string;
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

export interface IndexPageData {
  product: string;
  permalink: string;
  counts: CountsData;
  categories: (CategoryRowData & {descriptionHtml: string; codes: CodeSummary[]})[];
  statuses: StatusRowData[];
  statusPermalinks: Record<number, string>;
}

export interface CategoryPageData {
  product: string;
  category: CategoryRowData & {descriptionHtml: string};
  codes: CodeSummary[];
  statusPermalinks: Record<number, string>;
  indexPermalink: string;
}

export interface StatusPageData {
  product: string;
  permalink: string;
  status: number;
  title: string;
  meaning: string;
  descriptionHtml: string;
  troubleshootingHtml: string[];
  ranges: string[];
  codes: (CodeSummary & {category: {title: string; permalink: string}})[];
  indexPermalink: string;
}

/** What the not-found page loads to suggest the nearest codes. */
export interface LookupData {
  routeBase: string;
  codes: {code: CodeKey; name: string; title: string; permalink: string}[];
}
