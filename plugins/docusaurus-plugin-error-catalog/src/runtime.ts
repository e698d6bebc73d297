/**
 * Error responses for servers, from the catalog export (`/errors/catalog.json`
 * or `error-catalog export json`): status, headers and body in the catalog's
 * envelope, the message localized by Accept-Language and filled in with ICU.
 * No Docusaurus or React dependency.
 */
import {randomUUID} from 'node:crypto';
import {contentType, envelopeBody} from './model/envelope';
import type {CatalogExport, ExportedCode} from './model/exports';
import {formatMessage} from './model/messages';

export type {CatalogExport, ExportedCode} from './model/exports';

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
  respond(code: string | number, params?: Record<string, ParamValue>, options?: RespondOptions): ErrorResponse;
}

export function createErrorResponder(catalog: CatalogExport, {mode, fallbackCode, onMisuse}: ResponderOptions): ErrorResponder {
  const byCode = new Map(catalog.codes.map((c) => [String(c.code), c]));
  const fallback = fallbackCode === undefined ? catalog.codes.find((c) => c.status === 500) : byCode.get(String(fallbackCode));
  const statusTitle = new Map(catalog.statuses.map((s) => [s.status, s.title]));

  function check(entry: ExportedCode | undefined, code: string | number, params: Record<string, ParamValue>): ExportedCode {
    if (!entry) throw new ErrorCatalogMisuse(`unknown error code ${code}`);
    const declared = Object.keys(entry.params);
    const missing = declared.filter((p) => !(p in params));
    const extra = Object.keys(params).filter((p) => !(p in entry.params));
    const mistyped = declared.filter((p) => p in params && entry.params[p]!.type === 'number' && typeof params[p] !== 'number');
    if (missing.length + extra.length + mistyped.length > 0) {
      const problems = [
        ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
        ...(extra.length ? [`unexpected ${extra.join(', ')}`] : []),
        ...(mistyped.length ? [`${mistyped.join(', ')} must be numbers`] : []),
      ];
      throw new ErrorCatalogMisuse(`code ${code} ${entry.name}: ${problems.join('; ')}`);
    }
    return entry;
  }

  function render(entry: ExportedCode, params: Record<string, ParamValue>, options: RespondOptions, exposeAnyway: boolean): ErrorResponse {
    const locale = negotiateLocale(options.acceptLanguage, catalog.locales);
    const showDetails = entry.expose_details || exposeAnyway;
    const requestId = options.requestId ?? `req-${randomUUID()}`;
    const headers: Record<string, string> = {'Content-Type': contentType(catalog.envelope.format), 'Content-Language': locale};
    const retryAfter = options.retryAfter ?? params.retry_after;
    if (entry.headers.includes('Retry-After') && retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
    const body = envelopeBody(catalog.envelope, {
      code: entry.code,
      name: entry.name,
      status: entry.status,
      title: entry.title[locale]!,
      type: entry.type,
      category: entry.category,
      message: formatMessage(entry.message[locale]!, params, locale),
      documentationUrl: entry.documentation_url,
      requestId,
      suggestion: entry.suggestion[locale]!,
      details: showDetails ? options.details : undefined,
      fieldErrors: showDetails ? options.fieldErrors : undefined,
      param: options.param,
    });
    return {status: entry.status, headers, body};
  }

  return {
    respond(code, params = {}, options = {}) {
      try {
        return render(check(byCode.get(String(code)), code, params), params, options, mode === 'development');
      } catch (error) {
        if (mode === 'development' || !(error instanceof ErrorCatalogMisuse)) throw error;
        onMisuse?.(error);
        // Production: a safe generic 500 that leaks nothing about the wrong call.
        if (fallback && Object.keys(fallback.params).length === 0)
          return render(fallback, {}, {acceptLanguage: options.acceptLanguage, requestId: options.requestId}, false);
        return {
          status: 500,
          headers: {'Content-Type': 'application/json'},
          body: {error: {code: 'INTERNAL_ERROR', message: statusTitle.get(500) ?? 'Internal Server Error'}},
        };
      }
    },
  };
}
