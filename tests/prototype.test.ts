/**
 * Every `Object.prototype` name as a code, name, alias, category and tag id, message word, translation key, param
 * name and pasted text: the catalog loads, the pages and the paste box's data build, lookups find only what the
 * catalog holds, and the runtime fills in only what it was given.
 */
import os from 'node:os';
import path from 'node:path';
import {promises as fs} from 'node:fs';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {
  buildContent,
  catalogExport,
  createMarkdownRenderer,
  readCatalog,
  type Catalog,
  type ErrorCatalogContent,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {createErrorResponder} from '../plugins/docusaurus-plugin-error-catalog/src/runtime';
import {
  exactCandidates,
  findError,
  fuzzyCandidates,
  memorySource,
  type LookupSource,
} from '../plugins/docusaurus-plugin-error-catalog/src/match';
import {exactCode, nearestCodes} from '../plugins/docusaurus-plugin-error-catalog/src/theme/ErrorNotFound/nearest';
import {prototypeNames, writeHostileCatalog} from './hostile';

/** Every name a plain object answers to without holding it. */
const allPrototypeNames = Object.getOwnPropertyNames(Object.prototype);

let catalog: Catalog;
let content: {en: ErrorCatalogContent; ja: ErrorCatalogContent};

beforeAll(async () => {
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'prototype-')), 'catalog');
  await writeHostileCatalog(dir);
  const read = await readCatalog(dir);
  expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  catalog = read.catalog!;
  const md = await createMarkdownRenderer();
  const build = (locale: string) => buildContent(catalog, {routeBase: '/errors', locale, siteUrl: 'https://hostile.example.com'}, md);
  content = {en: build('en'), ja: build('ja')};
});

/** The paste box's data as the browser gets it: JSON, parsed into plain objects that do have a prototype. */
function browserSource(data: ErrorCatalogContent): LookupSource {
  return memorySource(JSON.parse(JSON.stringify(data.lookupShards)) as ErrorCatalogContent['lookupShards']);
}

describe('Object.prototype names in a catalog', () => {
  it('are codes, names, aliases and ids like any other, each with its own page and redirects', () => {
    for (const name of prototypeNames) {
      const entry = catalog.codes.find((c) => c.codeText === name)!;
      expect(entry.name, name).toBe(name);
      expect(content.en.codes.find((c) => c.code === name)?.permalink).toBe(`/errors/${entry.slug}`);
    }
    expect(catalog.categories.map((c) => c.id)).toContain('constructor');
    expect(Object.keys(catalog.tags)).toContain('constructor');
    expect(content.en.redirects.map((r) => r.from)).toEqual(expect.arrayContaining(['toString-alias', 'valueOf-alias']));
  });

  it('keep their translations: a locale key named constructor is that code’s, and no other code gets one', () => {
    const page = (locale: 'en' | 'ja', code: string) => content[locale].codes.find((c) => c.code === code)!;
    expect(page('ja', 'constructor').title).toEqual({value: 'タイトル </script><script>alert("close-script")</script>'});
    // Codes the locale file does not name fall back to English, marked as such: nothing is read off Object.prototype.
    expect(page('ja', 'ax-code').title.fallback).toBe(true);
    expect(content.ja.bundles.find((b) => b.locale === 'ja')!.messages).not.toHaveProperty('__proto__');
  });

  it('are found by the paste box when pasted, and never make it find a code the text does not name', async () => {
    const source = browserSource(content.en);
    for (const name of prototypeNames) {
      for (const text of [name, `Failed ${name}`, `TypeError: Foo is not a ${name}`, JSON.stringify({error: {code: name}})]) {
        const first = (await findError(text, source)).matches[0];
        if (text !== `TypeError: Foo is not a ${name}`) expect(first?.code.code, text).toBe(name);
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...allPrototypeNames), fc.string()), {maxLength: 6}).map((words) => words.join(' ')),
        async (text) => {
          // Both tiers' candidates are the catalog's own codes, and matching them never throws.
          for (const found of [await exactCandidates(text, source), await fuzzyCandidates(text, source)]) {
            const codes = [...found.codes, ...found.guides.flatMap((g) => g.codes)];
            expect(
              codes.every((c) => catalog.codes.some((e) => e.code === c.code)),
              text,
            ).toBe(true);
          }
          await findError(text, source);
        },
      ),
      {numRuns: 300},
    );
  });

  it('are matched by the unknown-code page only where a code has that name', () => {
    const names = content.en.names;
    for (const name of allPrototypeNames) {
      const exact = exactCode(name, names);
      expect(exact === undefined || exact.code === name || exact.name?.toLowerCase() === `${name.toLowerCase()}_name`, name).toBe(true);
      expect(nearestCodes(name, names).length).toBeGreaterThan(0);
    }
  });

  it('are params the runtime fills in only with what it was given', async () => {
    const md = await createMarkdownRenderer();
    const errors = createErrorResponder(catalogExport(catalog, md), {mode: 'production'});
    const code = catalog.codes.find((c) => 'constructor' in c.params && Object.hasOwn(c.params, 'constructor'))!;
    const given = errors.respond(code.code, {constructor: 'Widget', toString: 'Gadget'}).body as {error: {message: string}};
    expect(given.error.message).toBe('Not a Widget of Gadget');
    // Missing, the param is a wrong call: the fallback answers, never "function Object() { [native code] }".
    const missing = JSON.stringify(errors.respond(code.code, {}).body);
    expect(missing).not.toMatch(/native code|function/);
  });
});
