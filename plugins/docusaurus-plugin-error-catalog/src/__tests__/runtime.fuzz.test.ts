/** `respond` driven with arbitrary input: production never throws, development throws only its own misuse error. */
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {catalogExport, createMarkdownRenderer, envelopeBodySchema, loadCatalog, type CatalogExport} from '../model';
import {createErrorResponder, ErrorCatalogMisuse, type ErrorResponse} from '../runtime';
import {demoCatalog, synaxisCatalog} from './helpers';

/** Words every `Object.prototype` lookup would find on a plain object. */
const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

/** A value of any type, including ones that throw when read or turned into text. */
const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, new Date('nope'), new Date(0), null, undefined, Symbol('s'), () => 1, 10n),
  fc.constant({
    toString() {
      throw new Error('toString');
    },
    [fc.toStringMethod]: () => '<object whose toString throws>',
  }),
  fc.constant(
    Object.defineProperty({[fc.toStringMethod]: () => '<object whose retry_after getter throws>'}, 'retry_after', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  ),
  fc.string(),
  fc.constantFrom('30\r\nSet-Cookie: a=b', '2026-12-04T10:00:00Z', ...prototypeNames),
);

/** Params built from the entry's own names, prototype names and random ones, with hostile values. */
const hostileParams = (names: string[]) =>
  fc.oneof(
    hostileValue,
    fc.dictionary(fc.constantFrom(...names, ...prototypeNames, 'x'), hostileValue),
    fc.dictionary(fc.constantFrom(...names), fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean())),
  );

const hostileOptions = fc.oneof(
  hostileValue,
  fc.record(
    {
      acceptLanguage: fc.oneof(hostileValue, fc.constantFrom('ja', 'de-AT;q=0.5, *', ';;;q=x', 'zh-CN,zh;q=0.9')),
      requestId: hostileValue,
      details: hostileValue,
      fieldErrors: fc.oneof(hostileValue, fc.constant([{field: 'a', message: 'b'}])),
      param: hostileValue,
      retryAfter: hostileValue,
    },
    {requiredKeys: []},
  ),
);

function expectSafe(catalog: CatalogExport, response: ErrorResponse): void {
  expect(Number.isInteger(response.status) && response.status >= 400 && response.status <= 599).toBe(true);
  for (const [name, value] of Object.entries(response.headers)) {
    expect(typeof value, name).toBe('string');
    expect(value, name).not.toMatch(/[\r\n\0]/);
  }
  const text = JSON.stringify(response.body);
  expect(text).not.toMatch(/NaN|undefined|\[object |function |native code|Invalid Date/);
  // The bare 500 has its own shape; every other answer is in the catalog's envelope.
  if (!text.includes('"INTERNAL_ERROR"'))
    expect(envelopeBodySchema(catalog.envelope.formats[0]!).safeParse(response.body).error).toBeUndefined();
}

describe.each([
  ['demo', demoCatalog],
  ['Synaxis', synaxisCatalog],
])('respond on the %s catalog, fuzzed', (_name, dir) => {
  let catalog: CatalogExport;
  beforeAll(async () => {
    catalog = catalogExport(await loadCatalog(dir), await createMarkdownRenderer());
  });

  const call = () => {
    const codes = catalog.codes.map((c) => c.code);
    const names = [...new Set(['retry_after', ...catalog.codes.flatMap((c) => Object.keys(c.params))])];
    return fc.tuple(
      fc.oneof(fc.constantFrom(...codes), fc.constantFrom(...codes.map(String)), hostileValue),
      hostileParams(names),
      hostileOptions,
    );
  };

  it('never throws in production and always answers with a safe status, headers and body', () => {
    const misuses: string[] = [];
    const errors = createErrorResponder(catalog, {mode: 'production', onMisuse: (e) => misuses.push(e.message)});
    fc.assert(
      fc.property(call(), ([code, params, options]) => {
        expectSafe(catalog, errors.respond(code as never, params as never, options as never));
      }),
      {numRuns: 1500},
    );
    expect(misuses.length).toBeGreaterThan(0);
  });

  it('throws nothing in development but its own clear misuse error', () => {
    const errors = createErrorResponder(catalog, {mode: 'development'});
    fc.assert(
      fc.property(call(), ([code, params, options]) => {
        try {
          expectSafe(catalog, errors.respond(code as never, params as never, options as never));
        } catch (error) {
          if (!(error instanceof ErrorCatalogMisuse)) throw error;
          expect(error.message).not.toMatch(/\[object |undefined$/);
        }
      }),
      {numRuns: 1500},
    );
  });

  it('keeps a reporter that throws from turning a wrong call into a crash', () => {
    const errors = createErrorResponder(catalog, {
      mode: 'production',
      onMisuse: () => {
        throw new Error('reporter down');
      },
    });
    expectSafe(catalog, errors.respond('no such code'));
  });
});
