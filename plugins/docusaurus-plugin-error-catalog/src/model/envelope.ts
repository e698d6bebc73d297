/** Example responses rendered in the catalog's declared envelope. */
import {formatMessage} from './messages';
import {documentationUrl} from './paths';
import type {Catalog, CodeEntry} from './types';

export type ResponseMode = 'production' | 'development';

export interface ExampleResponse {
  status: number;
  statusText: string;
  /** Response headers in display order, Content-Type first. */
  headers: [name: string, value: string][];
  body: Record<string, unknown>;
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
  catalog: Catalog;
  entry: CodeEntry;
  mode: ResponseMode;
  /** Plain-text first resolution step, for envelopes with a `suggestion` field. */
  suggestion: string;
  /** The message, already localized and filled in; defaults to the source message. */
  message?: string;
  /** The response's language, sent as Content-Language. */
  locale?: string;
}

function wireCode(catalog: Catalog, entry: CodeEntry): string | number {
  return catalog.envelope.code_value === 'name' ? entry.name : entry.code;
}

/**
 * The body of an error response. In production, entries whose details are not
 * exposed keep only the code, message, link and request id.
 */
export function exampleBody({catalog, entry, mode, suggestion, message = exampleMessage(entry)}: ExampleContext): Record<string, unknown> {
  const showDetails = entry.expose_details || mode === 'development';
  const details = showDetails ? entry.example.details : undefined;
  const fieldErrors = showDetails ? entry.example.field_errors : undefined;
  const code = wireCode(catalog, entry);
  const docUrl = documentationUrl(catalog.documentationUrl, entry.code);
  const requestId = catalog.envelope.request_id_example;
  const optional = (key: string, value: unknown) => (value === undefined ? {} : {[key]: value});

  switch (catalog.envelope.format) {
    case 'nested':
      return {
        error: {
          code,
          message,
          ...optional('details', details),
          ...optional('field_errors', fieldErrors),
          documentation_url: docUrl,
          request_id: requestId,
        },
      };
    case 'openai':
      return {error: {message, type: entry.type ?? null, param: entry.example.param ?? null, code}};
    case 'camel':
      return {
        error: {
          code,
          message,
          category: entry.categoryId,
          statusCode: entry.status,
          correlationId: requestId,
          suggestion,
          ...optional('details', details),
        },
      };
    case 'problem':
      return {
        type: docUrl,
        title: entry.title,
        status: entry.status,
        detail: message,
        instance: `urn:request:${requestId}`,
        code,
        ...optional('details', details),
        ...optional('field_errors', fieldErrors),
      };
  }
}

export function exampleResponse(context: ExampleContext): ExampleResponse {
  const {catalog, entry, locale = catalog.locales[0]!} = context;
  const statusText = catalog.statuses.find((s) => s.status === entry.status)?.title ?? '';
  const contentType = catalog.envelope.format === 'problem' ? 'application/problem+json' : 'application/json';
  return {
    status: entry.status,
    statusText,
    headers: [
      ['Content-Type', contentType],
      ['Content-Language', locale],
      ...entry.headers.map((h): [string, string] => [h.name, String(h.example)]),
    ],
    body: exampleBody(context),
  };
}
