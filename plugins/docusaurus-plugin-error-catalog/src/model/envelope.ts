/**
 * Example error responses for the docs, in the catalog's envelope formats (envelopeFormat.ts): the same bodies the
 * runtime helper sends.
 */
import {envelopeBody, fieldPath, type EnvelopeFormat} from './envelopeFormat';
import {formatMessage} from './messages';
import {documentationUrl} from './paths';
import {stated} from './stated';
import type {Catalog, CodeEntry, HttpCatalog, StatusCodeEntry, ResponseHeader} from './types';

export type ResponseMode = 'production' | 'development';

/** Content-Language, from a catalog whose messages come in several languages; a one-language API is not said to send it. */
export function languageHeaders(locales: string[], locale: string): [name: string, value: string][] {
  return locales.length > 1 ? [['Content-Language', locale]] : [];
}

export interface ExampleResponse {
  status: number;
  statusText: string;
  /** Response headers in display order, Content-Type first. */
  headers: [name: string, value: string][];
  body: Record<string, unknown>;
}

/** The entry's Retry-After header, which tells clients how long to wait. */
export function retryAfterHeader(entry: CodeEntry): ResponseHeader | undefined {
  return entry.responseHeaders.find((h) => h.name.toLowerCase() === 'retry-after');
}

/** Where the API's own format carries the seconds to wait in the body: the key of `details` the envelope declares. */
export function retryAfterPath(catalog: Catalog): string[] | undefined {
  const key = catalog.envelope?.retryAfterDetail;
  if (key === undefined) return undefined;
  const details = fieldPath(catalog.envelope!.formats[0]!, 'details');
  return details && [...details, key];
}

/** Where the entry's body says how long to wait, where the entry's example details state it. */
export function retryAfterField(catalog: Catalog, entry: CodeEntry): {path: string[]; example: number} | undefined {
  const path = retryAfterPath(catalog);
  const key = catalog.envelope?.retryAfterDetail;
  const details = entry.example.details;
  if (!path || key === undefined || !details || !Object.hasOwn(details, key) || typeof details[key] !== 'number') return undefined;
  return {path, example: details[key]};
}

/** The values an entry's message is rendered with in examples. */
export function exampleValues(entry: CodeEntry): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(entry.params).map(([name, p]) => [name, p.example]));
}

/** The message an API would send for this entry, filled with the example values. */
export function exampleMessage(entry: CodeEntry, template = entry.message, locale = 'en'): string {
  return formatMessage(template, exampleValues(entry), locale);
}

export interface ExampleContext {
  catalog: HttpCatalog;
  entry: StatusCodeEntry;
  mode: ResponseMode;
  /** Plain-text first resolution step, for envelopes with a `suggestion` field. */
  suggestion?: string;
  /** The message, already localized and filled in; defaults to the source message. */
  message?: string;
  /** The response's language, sent as Content-Language. */
  locale?: string;
  /** The format to render: the catalog's own (the default) or one of its alternatives. */
  format?: EnvelopeFormat;
}

/** Example bodies: in production, entries whose details are not exposed keep only code, message, link and request id. */
export function exampleBody({
  catalog,
  entry,
  mode,
  suggestion,
  message = exampleMessage(entry),
  format = catalog.envelope.formats[0]!,
}: ExampleContext): Record<string, unknown> {
  const showDetails = entry.expose_details !== false || mode === 'development';
  return envelopeBody(format, {
    code: entry.code,
    ...stated('name', entry.name),
    status: entry.status,
    title: entry.title,
    ...stated('type', entry.type),
    category: entry.categoryId,
    message,
    ...stated('documentation_url', catalog.documentationUrl && documentationUrl(catalog.documentationUrl, entry.code)),
    request_id: catalog.envelope.requestIdExample,
    ...stated('suggestion', suggestion),
    ...stated('details', showDetails ? entry.example.details : undefined),
    ...stated('field_errors', showDetails ? entry.example.field_errors : undefined),
    ...stated('param', entry.example.param),
  });
}

export function exampleResponse(context: ExampleContext): ExampleResponse {
  const {catalog, entry, locale = catalog.locales[0]!, format = catalog.envelope.formats[0]!} = context;
  const statusText = catalog.statuses.find((s) => s.status === entry.status)?.title ?? '';
  return {
    status: entry.status,
    statusText,
    headers: [
      ['Content-Type', format.contentType],
      ...languageHeaders(catalog.locales, locale),
      ...entry.responseHeaders.map((h): [string, string] => [h.name, String(h.example)]),
    ],
    body: exampleBody(context),
  };
}
