import {promises as fs} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {defaultCodesPerPage, documentationUrl, loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {formatMismatch, verifySite} from '../plugins/docusaurus-plugin-error-catalog/src/verify';
import {scaledSite} from './sites';

const readHtml = async (urlPath: string) =>
  load(await fs.readFile(path.join(scaledSite.outDir, `${urlPath.replace(/^\//, '')}.html`), 'utf8'));

describe(`a catalog of ${scaledSite.codes} codes`, () => {
  it('builds, and verify finds every code page and every paginated table equal to the entries', async () => {
    const catalog = await loadCatalog(scaledSite.catalog);
    expect(catalog.codes).toHaveLength(scaledSite.codes);
    const mismatches = await verifySite(catalog, scaledSite.outDir, {routeBase: '/errors'});
    expect(mismatches.map(formatMismatch)).toEqual([]);
  });

  it('keeps the index and every list page to one page of rows', async () => {
    const catalog = await loadCatalog(scaledSite.catalog);
    const $index = await readHtml('/errors');
    expect($index('main tr[data-code]')).toHaveLength(0);
    expect($index('[data-codes-on-category-pages]').text()).toContain(String(scaledSite.codes));
    for (const category of catalog.categories) {
      const pages = Math.ceil(category.codes.length / defaultCodesPerPage);
      for (let n = 1; n <= pages; n++) {
        const $ = await readHtml(n === 1 ? `/errors/categories/${category.id}` : `/errors/categories/${category.id}/page/${n}`);
        expect($('main tr[data-code]').length).toBe(Math.min(defaultCodesPerPage, category.codes.length - (n - 1) * defaultCodesPerPage));
        expect($('[data-pagination]').attr('data-pagination')).toBe(`${n}/${pages}`);
      }
    }
  });

  it('gives each code page its own data file of well under 10 KB gzipped, and no script carries any code page data', async () => {
    const catalog = await loadCatalog(scaledSite.catalog);
    const [dataDir, ...others] = await fs.readdir(path.join(scaledSite.outDir, 'assets/error-catalog'));
    expect(others).toEqual([]);
    const scriptDir = path.join(scaledSite.outDir, 'assets/js');
    const scripts = await Promise.all((await fs.readdir(scriptDir)).map(async (name) => fs.readFile(path.join(scriptDir, name), 'utf8')));
    for (const entry of [catalog.codes[0]!, catalog.codes.at(-1)!]) {
      const url = documentationUrl(catalog.documentationUrl!, entry.code);
      const file = await fs.readFile(path.join(scaledSite.outDir, 'assets/error-catalog', dataDir!, `errors/${entry.slug}.json`), 'utf8');
      expect(JSON.parse(file)).toMatchObject({code: entry.code, documentationUrl: url});
      expect(gzipSync(file).length).toBeLessThan(10 * 1024);
      // The page links its file for preloading.
      expect((await readHtml(`/errors/${entry.slug}`))('link[rel="preload"][as="fetch"]').attr('href')).toBe(
        `/assets/error-catalog/${dataDir}/errors/${entry.slug}.json`,
      );
      expect(scripts.filter((js) => js.includes(`"documentationUrl":"${url}"`))).toEqual([]);
    }
  });
});
