/** A catalog whose codes are not sent over HTTP: its site shows severities and no HTTP status, response or client code. */
import {spawnSync} from 'node:child_process';
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {explain} from '../plugins/docusaurus-plugin-error-catalog/src/match';
import type {CatalogExport} from '../plugins/docusaurus-plugin-error-catalog/src/model/exports';
import type {LookupExport} from '../plugins/docusaurus-plugin-error-catalog/src/pageData';
import {createErrorResponder} from '../plugins/docusaurus-plugin-error-catalog/src/runtime';
import {htmlFiles, readPage} from './builtPages';
import {root, sites} from './sites';

const {outDir, catalog: catalogDir} = sites.database;

const pageOf = (urlPath: string) => readPage(outDir, urlPath);

describe('the site of a catalog whose codes are not sent over HTTP', () => {
  it('shows on no page, in any language, an HTTP status, a response, a header or client code', async () => {
    const pages = [...(await htmlFiles(path.join(outDir, 'errors'))), ...(await htmlFiles(path.join(outDir, 'ja/errors')))];
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const $ = load(await fs.readFile(file, 'utf8'));
      const where = path.relative(outDir, file);
      expect($('main').text(), where).not.toMatch(/HTTP|Retry-After|Content-Type|request_id/);
      expect(
        $('[data-field="status"], [data-example-mode], #handle-in-code, #example-response, #headers, #status-mapping').length,
        where,
      ).toBe(0);
    }
    for (const page of ['errors/status', 'errors/guides/http-statuses', 'errors/guides/client-handling']) {
      expect(existsSync(path.join(outDir, page)) || existsSync(path.join(outDir, `${page}.html`)), page).toBe(false);
    }
    const twin = await fs.readFile(path.join(outDir, 'errors/42p01.md'), 'utf8');
    expect(twin).not.toMatch(/HTTP|Example response|Handle it in code/);
    expect(await fs.readFile(path.join(outDir, 'llms.txt'), 'utf8')).not.toContain('HTTP');
  });

  it('shows each code’s severity, in its facts and its Markdown twin', async () => {
    const $ = await pageOf('errors/01004');
    expect(
      $('main header dl dt')
        .toArray()
        .map((dt) => $(dt).text()),
    ).toEqual(['Severity', 'Category']);
    expect($('[data-field="severity"]').attr('data-severity')).toBe('warning');
    expect($('[data-field="severity"]').text()).toBe('Warning');
    expect(await fs.readFile(path.join(outDir, 'errors/01004.md'), 'utf8')).toContain('- Severity: Warning');
    // A code without a stated severity has none shown.
    const unstated = await pageOf('errors/00000');
    expect(
      unstated('main header dl dt')
        .toArray()
        .map((dt) => unstated(dt).text()),
    ).toEqual(['Category']);
  });

  it('keeps its retry facts without inventing a wait: retryable, retryable under a condition, not retryable', async () => {
    const $ = await pageOf('errors/guides/retries');
    const codesOf = (table: string) =>
      $(`[data-table="${table}"] tr[data-code]`)
        .toArray()
        .map((tr) => $(tr).attr('data-code'));
    expect(codesOf('retryable')).toEqual(['40P01']);
    expect(codesOf('conditional')).toEqual(['40001']);
    expect($('[data-table="conditional"] td').last().text().trim()).toBe(
      'when the whole transaction runs again from its start, not the failed statement alone',
    );
    expect($('[data-not-retryable]').text()).toBe('22004, 42P01');
    expect($('[data-policy]').length).toBe(0);
    // On the code page, in both languages, and in its twin and the export.
    const page = await pageOf('errors/40001');
    expect(page('main header dl').text()).toContain('RetryableUnder a condition');
    expect(page('[data-retryable="conditional"] p').first().text()).toBe(
      'Retryable under a condition: when the whole transaction runs again from its start, not the failed statement alone',
    );
    const ja = await pageOf('ja/errors/40001');
    expect(ja('[data-retryable="conditional"] p').first().text()).toBe(
      '条件付きで再試行可能： 失敗した文だけでなく、トランザクション全体を最初から実行し直す場合',
    );
    const twin = await fs.readFile(path.join(outDir, 'errors/40001.md'), 'utf8');
    expect(twin).toContain('- Retryable: under a condition');
    expect(twin).toContain('Retryable under a condition: when the whole transaction runs again from its start');
    const exported = JSON.parse(await fs.readFile(path.join(outDir, 'errors/catalog.json'), 'utf8')) as CatalogExport;
    expect(exported.codes.find((c) => c.code === '40001')).toMatchObject({
      retryable: 'conditional',
      retry_condition: {
        en: 'when the whole transaction runs again from its start, not the failed statement alone',
        ja: '失敗した文だけでなく、トランザクション全体を最初から実行し直す場合',
      },
    });
  });

  it('exports the codes with their severities and no envelope, and the runtime refuses to answer HTTP requests for them', async () => {
    const exported = JSON.parse(await fs.readFile(path.join(outDir, 'errors/catalog.json'), 'utf8')) as CatalogExport;
    expect(exported.envelope).toBeUndefined();
    expect(exported.statuses).toEqual([]);
    expect(exported.severities).toEqual([
      {id: 'error', title: 'Error'},
      {id: 'warning', title: 'Warning'},
      {id: 'notice', title: 'Notice'},
    ]);
    expect(exported.codes.find((c) => c.code === '01004')).toMatchObject({severity: 'warning'});
    expect(exported.codes.every((c) => c.status === undefined)).toBe(true);
    expect(() => createErrorResponder(exported, {mode: 'production'})).toThrow(
      'the Tabula catalog declares no envelope: its codes are not sent as HTTP responses',
    );
    const openapi = spawnSync(
      process.execPath,
      [path.join(root, 'plugins/docusaurus-plugin-error-catalog/bin/error-catalog.js'), 'export', 'openapi', catalogDir],
      {encoding: 'utf8'},
    );
    expect(openapi.status).toBe(1);
    expect(openapi.stderr).toContain('the catalog declares no envelope: its codes are not sent over HTTP, so it has no OpenAPI');
  });

  it('shows its prose page translated where a translation exists, in the page and in its Markdown twin', async () => {
    const en = await pageOf('errors/guides/overview');
    expect(en('article h1').text()).toBe('Reading SQLSTATE codes');
    const ja = await pageOf('ja/errors/guides/overview');
    expect(ja('article h1').text()).toBe('SQLSTATE コードの読み方');
    expect(ja('[data-document-body] h2').text()).toBe('コードが現れる場所');
    expect(ja('article [data-fallback]').length).toBe(0);
    expect(await fs.readFile(path.join(outDir, 'ja/errors/guides/overview.md'), 'utf8')).toMatch(
      /^# SQLSTATE コードの読み方\n\nコードを調べる前に/,
    );
  });

  it('gives two codes one name: each page links the other, the name leads to neither, and the paste box offers both', async () => {
    for (const [code, other] of [
      ['22004', '39004'],
      ['39004', '22004'],
    ]) {
      const $ = await pageOf(`errors/${code}`);
      expect($('[data-error-code] [data-field="name"]').text()).toBe('null_value_not_allowed');
      expect($('[data-field="namesakes"] a').attr('href')).toBe(`/errors/${other}`);
    }
    expect(existsSync(path.join(outDir, 'errors/null_value_not_allowed'))).toBe(false);
    expect(existsSync(path.join(outDir, 'errors/null-value-not-allowed'))).toBe(false);
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as LookupExport;
    const {matches} = await explain('null_value_not_allowed', lookup);
    expect(matches.map((m) => m.code).sort()).toEqual(['22004', '39004']);
  });

  it('lets the paste box find a code from the message a client printed', async () => {
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as LookupExport;
    const found = await explain('ERROR:  relation "orders" does not exist', lookup);
    expect(found.matches[0]).toMatchObject({code: '42P01'});
    expect(found.matches[0]!.status).toBeUndefined();
  });
});
