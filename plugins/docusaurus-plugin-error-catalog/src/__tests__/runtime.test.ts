import {describe, expect, it} from 'vitest';
import {catalogExport, createMarkdownRenderer, envelopeBodySchema, loadCatalog} from '../model';
import {formatMessage} from '../model/messages';
import {createErrorResponder, ErrorCatalogMisuse, negotiateLocale} from '../runtime';
import {demoCatalog, synaxisCatalog} from './helpers';

const demo = async () => catalogExport(await loadCatalog(demoCatalog), await createMarkdownRenderer());

describe('negotiateLocale', () => {
  const locales = ['en', 'es', 'fr', 'de', 'ja', 'zh'];
  it.each([
    ['ja', 'ja'],
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de-AT', 'de'],
    ['zh-CN,zh;q=0.9', 'zh'],
    ['en;q=0.1, ja;q=0.5', 'ja'],
    ['pt-BR, ko;q=0.8', 'en'],
    ['de;q=0, es', 'es'],
    ['*', 'en'],
    ['', 'en'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLocale(header, locales)).toBe(expected);
  });
});

describe('createErrorResponder', () => {
  it('localizes and fills the message, sets Retry-After, links the page and follows the envelope', async () => {
    const catalog = await demo();
    const errors = createErrorResponder(catalog, {mode: 'production'});
    const response = errors.respond(5000, {retry_after: 30}, {acceptLanguage: 'ja', requestId: 'req-1', details: {limit: 1000}});
    expect(response).toEqual({
      status: 429,
      headers: {'Content-Type': 'application/json', 'Content-Language': 'ja', 'Retry-After': '30'},
      body: {
        error: {
          code: 'RATE_LIMIT_EXCEEDED',
          message: 'レート制限を超過しました。30 秒後に再試行してください',
          details: {limit: 1000},
          documentation_url: 'https://docs.llm-copilot-agent.dev/errors/5000',
          request_id: 'req-1',
        },
      },
    });
  });

  it('sends details of sanitized codes only in development', async () => {
    const catalog = await demo();
    const details = {error: 'connection refused'};
    const production = createErrorResponder(catalog, {mode: 'production'}).respond(7007, {}, {details});
    const development = createErrorResponder(catalog, {mode: 'development'}).respond(7007, {}, {details});
    expect((production.body as {error: object}).error).not.toHaveProperty('details');
    expect((development.body as {error: {details: object}}).error.details).toEqual(details);
  });

  it('throws on an unknown code or wrong parameters in development', async () => {
    const errors = createErrorResponder(await demo(), {mode: 'development'});
    expect(() => errors.respond(9999)).toThrow(new ErrorCatalogMisuse('unknown error code 9999'));
    expect(() => errors.respond(5000)).toThrow('code 5000 RATE_LIMIT_EXCEEDED: missing retry_after');
    expect(() => errors.respond(5000, {retry_after: '30', seconds: 1})).toThrow(
      'code 5000 RATE_LIMIT_EXCEEDED: unexpected seconds; retry_after must be a finite number',
    );
  });

  it('answers a wrong call in production with a safe generic 500, and reports it', async () => {
    const misuses: string[] = [];
    const errors = createErrorResponder(await demo(), {mode: 'production', onMisuse: (e) => misuses.push(e.message)});
    const response = errors.respond(5000, {}, {acceptLanguage: 'es', requestId: 'req-2'});
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      error: {
        code: 'INTERNAL_ERROR',
        message: 'Error interno del servidor',
        documentation_url: 'https://docs.llm-copilot-agent.dev/errors/8000',
        request_id: 'req-2',
      },
    });
    expect(misuses).toEqual(['code 5000 RATE_LIMIT_EXCEEDED: missing retry_after']);
  });

  it.each([
    ['demo', demoCatalog],
    ['Synaxis', synaxisCatalog],
  ])('produces bodies that validate against the %s envelope for every code and locale', async (_name, dir) => {
    const catalog = catalogExport(await loadCatalog(dir), await createMarkdownRenderer());
    const schema = envelopeBodySchema(catalog.envelope.formats[0]!);
    const errors = createErrorResponder(catalog, {mode: 'development'});
    for (const code of catalog.codes) {
      const params = Object.fromEntries(Object.entries(code.params).map(([name, p]) => [name, p.type === 'number' ? 7 : 'x']));
      for (const locale of catalog.locales) {
        const {body, headers} = errors.respond(code.code, params, {
          acceptLanguage: locale,
          details: code.example.details,
          fieldErrors: code.example.field_errors,
        });
        expect(schema.safeParse(body).error, `${code.code} ${locale}`).toBeUndefined();
        // A one-language catalog is not said to send Content-Language.
        expect(headers['Content-Language']).toBe(catalog.locales.length > 1 ? locale : undefined);
      }
    }
  });
});

describe('date params', () => {
  /** The demo catalog with one code's message formatting a date param, as the docs and the runtime both render it. */
  async function withDate(message: string) {
    const catalog = await demo();
    const entry = catalog.codes.find((c) => c.code === 5000)!;
    const dated = {...entry, message: Object.fromEntries(catalog.locales.map((l) => [l, message])), params: {reset_at: {type: 'date'}}};
    return createErrorResponder({...catalog, codes: catalog.codes.map((c) => (c === entry ? dated : c))}, {mode: 'development'});
  }
  const messageOf = (response: {body: Record<string, unknown>}) => (response.body as {error: {message: string}}).error.message;

  it('formats the value the catalog gives as its example as the docs do, whether an ISO string, milliseconds or a Date', async () => {
    const errors = await withDate('Try again after {reset_at, date, medium}');
    const iso = '2026-01-01T10:00:00Z';
    const docs = formatMessage('Try again after {reset_at, date, medium}', {reset_at: iso});
    expect(docs).toBe('Try again after Jan 1, 2026');
    for (const value of [iso, Date.parse(iso), new Date(iso)])
      expect(messageOf(errors.respond(5000, {reset_at: value as never}))).toBe(docs);
    expect(() => errors.respond(5000, {reset_at: 'tomorrow'})).toThrow('reset_at must be a valid date');
  });

  it('writes a date in a plain placeholder as ISO 8601, not as Date.toString()', async () => {
    const errors = await withDate('Try again after {reset_at}');
    expect(messageOf(errors.respond(5000, {reset_at: new Date('2026-01-01T10:00:00Z') as never}))).toBe(
      'Try again after 2026-01-01T10:00:00.000Z',
    );
    expect(messageOf(errors.respond(5000, {reset_at: '2026-01-01T10:00:00Z'}))).toBe('Try again after 2026-01-01T10:00:00Z');
  });
});
