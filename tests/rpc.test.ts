/** A catalog served over gRPC: its pages name gRPC statuses, and show no HTTP status, response, header or client code. */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {describe, expect, it} from 'vitest';
import type {CatalogExport} from '../plugins/docusaurus-plugin-error-catalog/src/model/exports';
import {htmlFiles, readPage} from './builtPages';
import {sites} from './sites';

const {outDir} = sites.rpc;

const pageOf = (urlPath: string) => readPage(outDir, urlPath);
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
const attrs = ($: CheerioAPI, selector: string, name: string) =>
  $(selector)
    .toArray()
    .map((el) => $(el).attr(name));

describe('the site of a catalog served over gRPC', () => {
  it('shows on no page, in any language, an HTTP status, a response, a header or client code', async () => {
    const pages = [...(await htmlFiles(path.join(outDir, 'errors'))), ...(await htmlFiles(path.join(outDir, 'ja/errors')))];
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const $ = load(await fs.readFile(file, 'utf8'));
      const where = path.relative(outDir, file);
      expect($('main').text() + $('title').text(), where).not.toMatch(/HTTP|Retry-After|Content-Type|request_id/);
      expect($('[data-example-mode], #handle-in-code, #example-response, #headers').length, where).toBe(0);
    }
    for (const page of ['errors/guides/http-statuses', 'errors/guides/client-handling']) {
      expect(existsSync(path.join(outDir, page)) || existsSync(path.join(outDir, `${page}.html`)), page).toBe(false);
    }
  });

  it('names each code’s gRPC status in its facts, in English and Japanese, linking to the status page', async () => {
    for (const [locale, label] of [
      ['', 'gRPC status'],
      ['ja/', 'gRPC ステータス'],
    ] as const) {
      const $ = await pageOf(`${locale}errors/backend-unavailable`);
      const fact = $('main header dl > div').filter((_, d) => $(d).find('dt').text() === label);
      expect(text(fact.find('dd').text())).toBe('14 UNAVAILABLE');
      expect(fact.find('a[data-field="status"]').attr('href')).toBe(`/${locale}errors/status/14`);
    }
  });

  it('lists every declared gRPC status on its reference, index and status pages, one that no code has included', async () => {
    const reference = await pageOf('errors/guides/grpc-statuses');
    expect(reference('h1').text()).toBe('gRPC status reference');
    const declared = ['3', '4', '5', '7', '8', '14'];
    expect(attrs(reference, '[data-status]', 'data-status')).toEqual(declared);

    const index = await pageOf('errors');
    expect(index('#status-mapping').text()).toContain('gRPC status mapping');
    expect(attrs(index, '[data-table="status-mapping"] tr[data-status]', 'data-status')).toEqual(declared);
    expect(index('meta[name="description"]').attr('content')).toBe('All 5 error codes of Relay, by category and gRPC status.');

    const status = await pageOf('errors/status/14');
    expect(status('title').text()).toBe('gRPC 14 UNAVAILABLE errors | Relay');
    expect(attrs(status, '[data-code]', 'data-code')).toContain('BACKEND_UNAVAILABLE');
    const unused = await pageOf('errors/status/4');
    expect(text(unused('main').text())).toContain('No code in this catalog has this status.');
    expect((await pageOf('ja/errors/status/14'))('title').text()).toBe('gRPC 14 UNAVAILABLE エラー | Relay');
  });

  it('labels the status column gRPC in code tables, which have no Name column: no code has a name', async () => {
    const heads = async (page: string) => {
      const $ = await pageOf(page);
      return $('table')
        .toArray()
        .map((table) =>
          $(table)
            .find('thead th')
            .toArray()
            .map((th) => text($(th).text())),
        );
    };
    expect(await heads('errors/categories/capacity')).toEqual([['Code', 'gRPC', 'Message']]);
    expect(await heads('errors/guides/quick-reference')).toEqual([['Code', 'gRPC', 'Retryable', 'Quick fix']]);
    expect(await heads('errors/guides/retries')).toEqual([
      ['Code', 'gRPC', 'Title'],
      ['Code', 'Condition'],
      ['gRPC', 'Codes'],
    ]);
  });

  it('names the transport in its export, its Markdown twins and llms.txt', async () => {
    const exported = JSON.parse(await fs.readFile(path.join(outDir, 'errors/catalog.json'), 'utf8')) as CatalogExport;
    expect(exported.transport).toBe('grpc');
    expect(exported.envelope).toBeUndefined();
    expect(exported.codes.find((c) => c.code === 'BACKEND_UNAVAILABLE')?.status).toBe(14);
    expect(await fs.readFile(path.join(outDir, 'errors/backend-unavailable.md'), 'utf8')).toContain('- gRPC status: 14 UNAVAILABLE');
    expect(await fs.readFile(path.join(outDir, 'llms.txt'), 'utf8')).toContain('Backend unavailable (gRPC 14)');
  });
});
