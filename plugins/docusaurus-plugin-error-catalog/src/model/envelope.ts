/**
 * Error response bodies in the catalog's declared envelope. One renderer serves
 * the docs' examples and the runtime helper; zod schemas of the four wire
 * formats validate both and feed the OpenAPI export.
 */
import {z} from 'zod';
import {formatMessage} from './messages';
import {documentationUrl} from './paths';
import {stated} from './stated';
import type {Envelope, EnvelopeFormat} from './schema';
import type {Catalog, CodeEntry} from './types';

export type ResponseMode = 'production' | 'development';

/** Everything an error response can say; each envelope picks its fields. */
export interface ErrorFields {
  code: string | number;
  name?: string;
  status: number;
  title: string;
  type?: string;
  category: string;
  message: string;
  /** The code's page, when the catalog declares the URL its API sends. */
  documentationUrl?: string;
  requestId: string;
  /** First resolution step, as plain text, when the catalog gives one. */
  suggestion?: string;
  details?: Record<string, unknown>;
  fieldErrors?: {field: string; message: string; constraint?: string}[];
  param?: string;
}

/** The body of an error response in the given envelope. */
export function envelopeBody(envelope: Pick<Envelope, 'format' | 'code_value'>, f: ErrorFields): Record<string, unknown> {
  const code = wireCode({envelope}, f);
  switch (envelope.format) {
    case 'nested':
      return {
        error: {
          code,
          message: f.message,
          ...stated('details', f.details),
          ...stated('field_errors', f.fieldErrors),
          ...stated('documentation_url', f.documentationUrl),
          request_id: f.requestId,
        },
      };
    case 'openai':
      return {error: {message: f.message, type: f.type ?? null, param: f.param ?? null, code}};
    case 'camel':
      return {
        error: {
          code,
          message: f.message,
          category: f.category,
          statusCode: f.status,
          correlationId: f.requestId,
          ...stated('suggestion', f.suggestion),
          ...stated('details', f.details),
        },
      };
    case 'problem':
      return {
        // RFC 9457: a problem with no type of its own is about:blank.
        type: f.documentationUrl ?? 'about:blank',
        title: f.title,
        status: f.status,
        detail: f.message,
        instance: `urn:request:${f.requestId}`,
        code,
        ...stated('details', f.details),
        ...stated('field_errors', f.fieldErrors),
      };
  }
}

/** Content-Language, from a catalog whose messages come in several languages; a one-language API is not said to send it. */
export function languageHeaders(locales: string[], locale: string): [name: string, value: string][] {
  return locales.length > 1 ? [['Content-Language', locale]] : [];
}

export function contentType(format: EnvelopeFormat): string {
  return format === 'problem' ? 'application/problem+json' : 'application/json';
}

const fieldError = z.strictObject({field: z.string(), message: z.string(), constraint: z.string().optional()});
const details = z.record(z.string(), z.unknown());

/**
 * The wire shape of each envelope. `code` is the schema of the code field
 * (e.g. an enum of the catalog's codes), so the same shapes type the OpenAPI export.
 */
export function envelopeBodySchema(format: EnvelopeFormat, code: z.ZodType = z.union([z.string(), z.number()])) {
  switch (format) {
    case 'nested':
      return z.strictObject({
        error: z.strictObject({
          code,
          message: z.string(),
          details: details.optional(),
          field_errors: z.array(fieldError).optional(),
          documentation_url: z.url().optional(),
          request_id: z.string(),
        }),
      });
    case 'openai':
      return z.strictObject({
        error: z.strictObject({message: z.string(), type: z.string().nullable(), param: z.string().nullable(), code}),
      });
    case 'camel':
      return z.strictObject({
        error: z.strictObject({
          code,
          message: z.string(),
          category: z.string(),
          statusCode: z.int().min(100).max(599),
          correlationId: z.string(),
          suggestion: z.string().optional(),
          details: details.optional(),
        }),
      });
    case 'problem':
      return z.strictObject({
        type: z.union([z.url(), z.literal('about:blank')]),
        title: z.string(),
        status: z.int().min(100).max(599),
        detail: z.string(),
        instance: z.string(),
        code,
        details: details.optional(),
        field_errors: z.array(fieldError).optional(),
      });
  }
}

export interface ExampleResponse {
  status: number;
  statusText: string;
  /** Response headers in display order, Content-Type first. */
  headers: [name: string, value: string][];
  body: Record<string, unknown>;
}

/** The value of the wire `code` field for an entry: its code or its symbolic name. */
export function wireCode(catalog: {envelope: Pick<Envelope, 'code_value'>}, entry: Pick<CodeEntry, 'code' | 'name'>): string | number {
  // Validation makes every code name itself when the wire carries names.
  return catalog.envelope.code_value === 'name' ? (entry.name ?? entry.code) : entry.code;
}

/** The entry's Retry-After header, which tells clients how long to wait. */
export function retryAfterHeader(entry: CodeEntry): CodeEntry['headers'][number] | undefined {
  return entry.headers.find((h) => h.name.toLowerCase() === 'retry-after');
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
  suggestion?: string;
  /** The message, already localized and filled in; defaults to the source message. */
  message?: string;
  /** The response's language, sent as Content-Language. */
  locale?: string;
  /** The envelope to render: the catalog's format (the default) or one of its alternatives. */
  format?: EnvelopeFormat;
}

/** Example bodies: in production, entries whose details are not exposed keep only code, message, link and request id. */
export function exampleBody({
  catalog,
  entry,
  mode,
  suggestion,
  message = exampleMessage(entry),
  format = catalog.envelope.format,
}: ExampleContext): Record<string, unknown> {
  const showDetails = entry.expose_details !== false || mode === 'development';
  return envelopeBody(
    {format, code_value: catalog.envelope.code_value},
    {
      code: entry.code,
      ...stated('name', entry.name),
      status: entry.status,
      title: entry.title,
      type: entry.type,
      category: entry.categoryId,
      message,
      ...stated('documentationUrl', catalog.documentationUrl && documentationUrl(catalog.documentationUrl, entry.code)),
      requestId: catalog.envelope.request_id_example,
      ...stated('suggestion', suggestion),
      details: showDetails ? entry.example.details : undefined,
      fieldErrors: showDetails ? entry.example.field_errors : undefined,
      param: entry.example.param,
    },
  );
}

export function exampleResponse(context: ExampleContext): ExampleResponse {
  const {catalog, entry, locale = catalog.locales[0]!, format = catalog.envelope.format} = context;
  const statusText = catalog.statuses.find((s) => s.status === entry.status)?.title ?? '';
  return {
    status: entry.status,
    statusText,
    headers: [
      ['Content-Type', contentType(format)],
      ...languageHeaders(catalog.locales, locale),
      ...entry.headers.map((h): [string, string] => [h.name, String(h.example)]),
    ],
    body: exampleBody(context),
  };
}
