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

  it('ships each code page its own data module of well under 10 KB gzipped, never the whole catalog', async () => {
    const catalog = await loadCatalog(scaledSite.catalog);
    const dir = path.join(scaledSite.outDir, 'assets/js');
    const chunks = await Promise.all((await fs.readdir(dir)).map(async (name) => fs.readFile(path.join(dir, name), 'utf8')));
    for (const entry of [catalog.codes[0]!, catalog.codes.at(-1)!]) {
      // Only a code's own page data carries its documentation URL.
      const own = chunks.filter((js) => js.includes(`"documentationUrl":"${documentationUrl(catalog.documentationUrl, entry.code)}"`));
      expect(own).toHaveLength(1);
      expect(gzipSync(own[0]!).length).toBeLessThan(10 * 1024);
      // One page's data, not a bundle of pages.
      expect(own[0]!.match(/"examples":\[/g)).toHaveLength(1);
    }
  });
});
