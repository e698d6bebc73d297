/** A catalog with only the required fields: its site states what the catalog states, and nothing else. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import type {CatalogExport} from '../plugins/docusaurus-plugin-error-catalog/src/model/exports';
import {loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {explain} from '../plugins/docusaurus-plugin-error-catalog/src/match';
import type {LookupExport} from '../plugins/docusaurus-plugin-error-catalog/src/pageData';
import {htmlFiles, readPage} from './builtPages';
import {sites} from './sites';

const {outDir, catalog: catalogDir} = sites.bare;

const pageOf = (slug: string) => readPage(outDir, `errors/${slug}`);

describe('the site of a catalog with only the required fields', () => {
  it('shows on no page a version, a documentation URL, a retry schedule, a language header or a details policy', async () => {
    const pages = await htmlFiles(path.join(outDir, 'errors'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const $ = load(await fs.readFile(file, 'utf8'));
      const text = $('main').text();
      const where = path.relative(outDir, file);
      expect(text, where).not.toContain('Since');
      expect(text, where).not.toContain('Content-Language');
      expect(text, where).not.toContain('documentation_url');
      expect(text, where).not.toContain('Details exposed');
      // A backoff schedule reads "1 s, 2 s, 4 s"; the catalog declares none.
      expect(text, where).not.toMatch(/\d s, \d+ s/);
      expect($('#documentation-url, [data-policy]').length, where).toBe(0);
    }
  });

  it('leaves out each section of a code page that the catalog has no facts for', async () => {
    const $ = await pageOf('invalid-api-key');
    const sections = $('main h2[id]')
      .toArray()
      .map((h) => $(h).attr('id'));
    expect(sections).toEqual(['message', 'handle-in-code', 'example-response']);
    expect($('main h1 [data-field="name"]').length).toBe(0);
    expect($('[data-retryable]').length).toBe(0);
    const facts = $('main header dl dt')
      .toArray()
      .map((dt) => $(dt).text());
    expect(facts).toEqual(['HTTP status', 'Category']);
    expect(JSON.parse($('[data-example-mode] pre').eq(1).text())).toEqual({
      error: {code: 'invalid api key', message: 'Invalid API key provided', request_id: 'req-550e8400-e29b-41d4-a716-446655440000'},
    });
  });

  it('shows the facts the catalog does state: retryable, with the wait its Retry-After header gives', async () => {
    const $ = await pageOf('overloaded');
    expect($('[data-retryable="true"]').text()).toContain('Retry-After');
    expect($('main header dl').text()).toContain('Retryable');
    const twin = await fs.readFile(path.join(outDir, 'errors/overloaded.md'), 'utf8');
    expect(twin).toContain('- Retryable: yes');
    expect(twin).not.toMatch(/Since|Documentation URL|Details exposed/);
    // No code is marked not retryable, so the retry guide lists none, and says nothing of the others.
    const retries = await pageOf('guides/retries');
    expect(retries('[data-retries] tr[data-code]').length).toBe(1);
    expect(retries('#not-retryable').length).toBe(0);
    const client = (await pageOf('guides/client-handling'))('main ul').first().text();
    expect(client).toContain('It retries the one code the catalog marks retryable');
    expect(client).not.toContain('field of the body');
  });

  it('exports the codes without the facts the catalog leaves out', async () => {
    const catalog = await loadCatalog(catalogDir);
    const exported = JSON.parse(await fs.readFile(path.join(outDir, 'errors/catalog.json'), 'utf8')) as CatalogExport;
    expect(exported.documentation_url).toBeUndefined();
    expect(exported.codes.map((c) => c.code)).toEqual(catalog.codes.map((c) => c.code));
    for (const code of exported.codes) {
      const entry = catalog.codes.find((e) => e.code === code.code)!;
      expect(
        Object.keys(code).filter((k) => ['name', 'retryable', 'expose_details', 'suggestion', 'documentation_url'].includes(k)),
      ).toEqual(entry.retryable === undefined ? [] : ['retryable']);
    }
  });

  it('finds a code with spaces from its words, pasted alone, in other case and spacing, or in a JSON body', async () => {
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as LookupExport;
    for (const text of ['invalid api key', 'Invalid  API key', '{"error": {"code": "invalid api key", "message": "?"}}']) {
      const {matches} = await explain(text, lookup);
      expect(matches[0]?.code, text).toBe('invalid api key');
      expect(matches[0]?.url, text).toBe('https://bare.example.org/errors/invalid-api-key');
    }
  });
});
