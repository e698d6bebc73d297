/**
 * Error responses for servers, from the catalog export (`/errors/catalog.json`
 * or `error-catalog export json`): status, headers and body in the catalog's
 * envelope, the message localized by Accept-Language and filled in with ICU.
 * And the paste box's matcher, from `/errors/lookup.json`, for support tools
 * and log pipelines. No Docusaurus or React dependency.
 */
import {randomUUID} from 'node:crypto';
import {languageHeaders} from './model/envelope';
import {envelopeBody} from './model/envelopeFormat';
import {codeLabel} from './model/derive';
import {stated} from './model/stated';
import type {CatalogExport, ExportedCode} from './model/exports';
import {asDate, formatMessage, parseMessage} from './model/messages';
import {explain, type Explanation} from './match';
import type {LookupExport} from './pageData';

export type {CatalogExport, ExportedCode} from './model/exports';
export type {ExplainedMatch, Explanation, MatchReason} from './match';
export type {LookupExport} from './pageData';

export type Mode = 'production' | 'development';
export type ParamValue = string | number | boolean;

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export interface RespondOptions {
  /** The request's Accept-Language header. */
  acceptLanguage?: string;
  /** Defaults to a fresh `req-<uuid>`. */
  requestId?: string;
  /** Sent only where the entry exposes details, or in development. */
  details?: Record<string, unknown>;
  fieldErrors?: {field: string; message: string; constraint?: string}[];
  /** The request parameter at fault, for envelopes that carry one. */
  param?: string;
  /** Seconds for Retry-After; defaults to the `retry_after` parameter. */
  retryAfter?: number;
  /** The key of one of the code's `variants`: that message is sent instead of its main one, with the params it uses. */
  variant?: string;
}

export interface ResponderOptions {
  mode: Mode;
  /** The code sent in production when a call is wrong; defaults to the catalog's first 500 code. */
  fallbackCode?: string | number;
  /** Told about wrong calls in production, where they do not throw. */
  onMisuse?: (error: ErrorCatalogMisuse) => void;
}

/** A wrong call: an unknown code or parameters that do not match the message. */
export class ErrorCatalogMisuse extends Error {
  override name = 'ErrorCatalogMisuse';
}

interface LanguageRange {
  tag: string;
  q: number;
}

function parseAcceptLanguage(header: string): LanguageRange[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => /^\s*q=([0-9.]+)\s*$/.exec(a)?.[1]).find((v) => v !== undefined);
      return {tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index};
    })
    .filter((r) => r.tag && r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
}

/**
 * The best catalog locale for an Accept-Language header: exact tags first in
 * q order, then their language (`de-AT` → `de`, `zh-CN` → `zh`), else the source locale.
 */
export function negotiateLocale(acceptLanguage: string | undefined, locales: string[]): string {
  const byLower = new Map(locales.map((l) => [l.toLowerCase(), l]));
  for (const {tag} of parseAcceptLanguage(acceptLanguage ?? '')) {
    if (tag === '*') return locales[0]!;
    const match = byLower.get(tag) ?? byLower.get(tag.split('-')[0]!);
    if (match) return match;
  }
  return locales[0]!;
}

export interface ErrorResponder {
  /**
   * The response for `code`. In production it never throws: a wrong call (an unknown code, a missing or unusable
   * parameter, options of the wrong type) is reported to `onMisuse` and answered with the fallback code. In
   * development the same call throws an `ErrorCatalogMisuse` that says what is wrong.
   */
  respond(code: string | number, params?: Record<string, ParamValue>, options?: RespondOptions): ErrorResponse;
}

/** A value a message can show for a parameter of this type, or undefined: never NaN, `[object Object]` or a throw. */
function paramValue(type: string, value: unknown): ParamValue | Date | undefined {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'date':
      // Kept as given: formatMessage turns it into a Date where the message formats a date.
      return asDate(value) ? (value as string | number | Date) : undefined;
    default:
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
  }
}

/** A code as a misuse message names it: its name only where it differs from the code. */
const label = (entry: ExportedCode) => codeLabel({codeText: String(entry.code), name: entry.name});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an own property, treating a getter that throws as absent. */
function own(record: Record<string, unknown>, key: string): unknown {
  try {
    return Object.hasOwn(record, key) ? record[key] : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON copy of a value, or undefined where JSON can't hold it (a cycle, a BigInt, a getter that throws). */
function jsonCopy(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** The call's options, each one kept only when it has the documented type. */
function readOptions(options: unknown, problems: string[]): RespondOptions {
  if (options === undefined || options === null) return {};
  if (!isRecord(options)) {
    problems.push('options must be an object');
    return {};
  }
  const read: RespondOptions = {};
  const text = (key: 'acceptLanguage' | 'requestId' | 'param' | 'variant') => {
    const value = own(options, key);
    if (typeof value === 'string') read[key] = value;
    else if (value !== undefined) problems.push(`options.${key} must be a string`);
  };
  text('acceptLanguage');
  text('requestId');
  text('param');
  text('variant');
  // Details go into the body as JSON: a copy, so a cycle, a BigInt or a throwing getter is refused here, not at send.
  const details = jsonCopy(own(options, 'details'));
  if (isRecord(details)) read.details = details;
  else if (own(options, 'details') !== undefined) problems.push('options.details must be an object that JSON can hold');
  const fieldErrors = jsonCopy(own(options, 'fieldErrors'));
  const fieldError = (e: unknown) => isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string';
  if (Array.isArray(fieldErrors) && fieldErrors.every(fieldError)) read.fieldErrors = fieldErrors as RespondOptions['fieldErrors'];
  else if (own(options, 'fieldErrors') !== undefined) problems.push('options.fieldErrors must be a list of {field, message}');
  const retryAfter = own(options, 'retryAfter');
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0) read.retryAfter = retryAfter;
  else if (retryAfter !== undefined) problems.push('options.retryAfter must be a number of seconds');
  return read;
}

export function createErrorResponder(catalog: CatalogExport, {mode, fallbackCode, onMisuse}: ResponderOptions): ErrorResponder {
  if (!catalog.envelope) {
    throw new TypeError(`the ${catalog.product.name} catalog declares no envelope: its codes are not sent as HTTP responses`);
  }
  const byCode = new Map(catalog.codes.map((c) => [String(c.code), c]));
  const fallback = fallbackCode === undefined ? catalog.codes.find((c) => c.status === 500) : byCode.get(String(fallbackCode));
  const statusTitle = new Map(catalog.statuses.map((s) => [s.status, s.title]));
  const sourceLocale = catalog.locales[0]!;
  // The API's own format: the runtime answers in it.
  const format = catalog.envelope.formats[0]!;
  // A catalog with an envelope gives every code a status (validate.ts).
  const statusOf = (entry: ExportedCode) => entry.status!;

  /** The entry, the message templates by locale and the values the message needs, or every reason the call is wrong. */
  function check(
    code: unknown,
    params: unknown,
    variant: string | undefined,
    problems: string[],
  ): {entry?: ExportedCode; templates?: Record<string, string>; values: Record<string, ParamValue | Date>} {
    const values: Record<string, ParamValue | Date> = Object.create(null);
    const entry = typeof code === 'string' || typeof code === 'number' ? byCode.get(String(code)) : undefined;
    if (!entry) {
      problems.push(
        typeof code === 'string' || typeof code === 'number' ? `unknown error code ${code}` : 'the code must be a string or a number',
      );
      return {values};
    }
    const variants = entry.variants ?? {};
    const templates = variant === undefined ? entry.message : Object.hasOwn(variants, variant) ? variants[variant] : undefined;
    if (!templates) {
      const keys = Object.keys(variants);
      problems.push(`no variant ${variant}${keys.length > 0 ? ` (it has ${keys.join(', ')})` : ' (it has none)'}`);
      return {entry, values};
    }
    const given = isRecord(params) ? params : {};
    if (params !== undefined && params !== null && !isRecord(params)) problems.push('params must be an object');
    // The params this message uses; every translation has the same (`check` makes sure).
    const parsed = parseMessage(templates[sourceLocale]!);
    const declared = Object.keys(entry.params).filter((name) => !parsed.ok || parsed.placeholders.has(name));
    const missing: string[] = [];
    const unusable: string[] = [];
    for (const name of declared) {
      const raw = own(given, name);
      const value = raw === undefined ? undefined : paramValue(entry.params[name]!.type, raw);
      if (value !== undefined) values[name] = value;
      else (raw === undefined ? missing : unusable).push(name);
    }
    const extra = Object.keys(given).filter((p) => !declared.includes(p));
    if (missing.length) problems.push(`missing ${missing.join(', ')}`);
    if (extra.length) problems.push(`unexpected ${extra.join(', ')}`);
    for (const name of unusable) problems.push(`${name} must be ${paramTypeDescription[entry.params[name]!.type] ?? 'a string'}`);
    return {entry, templates, values};
  }

  function render(
    entry: ExportedCode,
    templates: Record<string, string>,
    values: Record<string, ParamValue | Date>,
    options: RespondOptions,
    exposeAnyway: boolean,
  ): ErrorResponse {
    const locale = negotiateLocale(options.acceptLanguage, catalog.locales);
    const showDetails = entry.expose_details !== false || exposeAnyway;
    const requestId = options.requestId ?? `req-${randomUUID()}`;
    const headers: Record<string, string> = {
      'Content-Type': format.content_type,
      ...Object.fromEntries(languageHeaders(catalog.locales, locale)),
    };
    // Headers carry only catalog values and numbers: no parameter can add a header or split the response.
    const retryAfter = options.retryAfter ?? values.retry_after;
    if (entry.headers.includes('Retry-After') && typeof retryAfter === 'number' && retryAfter >= 0) {
      headers['Retry-After'] = String(Math.ceil(retryAfter));
    }
    const body = envelopeBody(format, {
      code: entry.code,
      ...stated('name', entry.name),
      status: statusOf(entry),
      title: entry.title[locale]!,
      ...stated('type', entry.type),
      category: entry.category,
      message: formatMessage(templates[locale]!, values, locale),
      ...stated('documentation_url', entry.documentation_url),
      request_id: requestId,
      ...stated('suggestion', entry.suggestion?.[locale]),
      ...stated('details', showDetails ? options.details : undefined),
      ...stated('field_errors', showDetails ? options.fieldErrors : undefined),
      ...stated('param', options.param),
    });
    return {status: statusOf(entry), headers, body};
  }

  /** Production's answer to a wrong call: the fallback code, else a bare 500, leaking nothing about the call. */
  function safeResponse(options: RespondOptions): ErrorResponse {
    try {
      if (fallback && Object.keys(fallback.params).length === 0) {
        const {acceptLanguage, requestId} = options;
        return render(fallback, fallback.message, Object.create(null), {acceptLanguage, requestId}, false);
      }
    } catch {
      // the bare 500 below
    }
    return {
      status: 500,
      headers: {'Content-Type': 'application/json'},
      body: {error: {code: 'INTERNAL_ERROR', message: statusTitle.get(500) ?? 'Internal Server Error'}},
    };
  }

  return {
    respond(code, params, options) {
      const problems: string[] = [];
      const read = readOptions(options, problems);
      const {entry, templates, values} = check(code, params, read.variant, problems);
      let misuse: ErrorCatalogMisuse | undefined;
      if (problems.length > 0) {
        misuse = new ErrorCatalogMisuse(entry ? `code ${label(entry)}: ${problems.join('; ')}` : problems.join('; '));
      } else {
        try {
          return render(entry!, templates!, values, read, mode === 'development');
        } catch (error) {
          misuse = new ErrorCatalogMisuse(`code ${label(entry!)}: the response could not be rendered (${String(error)})`);
        }
      }
      if (mode === 'development') throw misuse;
      try {
        onMisuse?.(misuse);
      } catch {
        // A failing reporter must not turn an error response into a crash.
      }
      return safeResponse(read);
    },
  };
}

const paramTypeDescription: Record<string, string> = {
  number: 'a finite number',
  boolean: 'true or false',
  date: 'a valid date (a Date, an ISO 8601 string or milliseconds)',
};

export interface ErrorMatcher {
  /** The codes a pasted message, JSON body, log line or link names, best first, each with its URL and why. */
  matchError(text: string): Promise<Explanation>;
}

/**
 * The site's "paste your error" matcher, for support tools and log pipelines, from a locale's `lookup.json`
 * (`/errors/lookup.json`, `/ja/errors/lookup.json`): the same ranking as the box, with the site's URLs.
 */
export function createErrorMatcher(lookup: LookupExport): ErrorMatcher {
  return {matchError: (text) => explain(text, lookup)};
}
