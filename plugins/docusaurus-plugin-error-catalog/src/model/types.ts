import type {
  CatalogFile,
  CategoryFile,
  CodeEntryInput,
  CodeValue,
  Header,
  LocaleFile,
  RetryPolicy,
  SeverityInfo,
  StatusInfo,
  TagInfo,
} from './schema';
import type {Guide, GuideTranslation} from './guides';
import type {ProsePage, ProsePageTranslation} from './prosePages';
import type {FieldPath} from './diagnostics';
import type {Envelope} from './envelopeFormat';
import type {Transport} from './transports';
import type {SourceFile} from './source';

/** Where an entity was declared, so later checks can report file:line:column. */
export interface SourceRef {
  source: SourceFile;
  path: FieldPath;
}

export type CodeEntry = CodeEntryInput & {
  /** The code as text: `2002`, `invalid_api_key`. */
  codeText: string;
  /** URL segment of the code's canonical page; see `codeSlug`. */
  slug: string;
  categoryId: string;
  /** The other codes with the same name, which the name therefore does not identify alone, e.g. SQLSTATE 22004 and 39004. */
  namesakes: string[];
  /** Every header a response with this code carries: the catalog's, its status's and its own (headers.ts). */
  responseHeaders: ResponseHeader[];
  ref: SourceRef;
};

/** A code of a catalog with a transport: its errors have a status (an HTTP one where the catalog is sent over HTTP). */
export type StatusCodeEntry = CodeEntry & {status: number};

/** A header of a response, with where the catalog declares it: for every response, for a status, or for the code. */
export type ResponseHeader = Header & {scope: 'catalog' | 'status' | 'code'};

export type Category = CategoryFile['category'] & {
  codes: CodeEntry[];
  ref: SourceRef;
};

export type StatusEntry = StatusInfo & {status: number; ref: SourceRef};

/** One `locales/<locale>.yaml` file. */
export interface Translation {
  locale: string;
  data: LocaleFile;
  source: SourceFile;
}

/** A validated catalog: everything the site and the servers are generated from. */
export interface Catalog {
  dir: string;
  product: CatalogFile['product'];
  /** The URL pattern the API sends with every error, when it sends one. */
  documentationUrl?: string;
  /** The wire formats of error bodies, resolved from `envelope`; absent where codes are not sent over HTTP. */
  envelope?: Envelope;
  /** The catalog's languages; the first is the source language of the category files. */
  locales: string[];
  /** Translations into the other locales, in `locales` order; a locale may have none yet. */
  translations: Translation[];
  /** How errors reach clients, which sets what a status is; absent where codes have no status. */
  transport?: Transport;
  /** The declared statuses of the transport, by number. */
  statuses: StatusEntry[];
  /** Headers every error response carries. */
  headers: Header[];
  /** The backoff clients use, when the catalog declares one. */
  retry?: RetryPolicy;
  /** Declared tags by id, in declaration order. */
  tags: Record<string, TagInfo>;
  /** Declared severities by id, in declaration order. */
  severities: Record<string, SeverityInfo>;
  /** Symptom guides, by slug. */
  guides: Guide[];
  /** Translations of the guides, `locales/<locale>/guides/<slug>.md`, each checked against its source guide. */
  guideTranslations: GuideTranslation[];
  /** Prose pages (an overview, best practices, support), by position, then file name. */
  prosePages: ProsePage[];
  /** Translations of the prose pages, `locales/<locale>/pages/<slug>.md`. */
  prosePageTranslations: ProsePageTranslation[];
  categories: Category[];
  /** All codes in catalog order: category by category as written, or by code where the catalog says `order: code`. */
  codes: CodeEntry[];
  ref: SourceRef;
}

/** A catalog whose codes are sent over HTTP, in its envelope. */
export type HttpCatalog = Catalog & {envelope: Envelope};

/** Whether the catalog's codes are sent over HTTP: it describes their responses' envelope. */
export function overHttp(catalog: Catalog): catalog is HttpCatalog {
  return catalog.envelope !== undefined;
}

/** Whether a code has a status: every code of a catalog with a transport, none of another. */
export function hasStatus(entry: CodeEntry): entry is StatusCodeEntry {
  return entry.status !== undefined;
}

export type {CodeValue};
