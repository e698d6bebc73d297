import {promises as fs} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {generatedGuides, loadCatalog, routePaths, statusTable} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {pageText} from './pageText';
import {builtLocales, sites} from './sites';

/**
 * The readable text of every generated demo page in every locale, one file per
 * page under __page_snapshots__/, so a catalog edit shows up as a diff a
 * reviewer reads. Update with `npx vitest run -u`.
 */
describe('page text snapshots', async () => {
  const catalog = await loadCatalog(sites.demo.catalog);
  const pages = (routeBase: string) => {
    const paths = routePaths(routeBase);
    return [
      paths.index,
      paths.translations,
      ...catalog.categories.map((c) => paths.category(c.id)),
      ...statusTable(catalog).map((s) => paths.status(s.status)),
      ...catalog.codes.map((c) => paths.code(c.slug)),
      paths.guides,
      ...catalog.guides.map((g) => paths.guide(g.slug)),
      ...generatedGuides(catalog).map(({slug}) => paths.guide(slug)),
      paths.tags,
      ...Object.keys(catalog.tags).map((id) => paths.tag(id)),
    ];
  };

  it.each(builtLocales(sites.demo, catalog.locales))('$locale', async ({locale, routeBase}) => {
    for (const page of pages(routeBase)) {
      const $ = load(await fs.readFile(path.join(sites.demo.outDir, `${page.slice(1)}.html`), 'utf8'));
      const file = path.join(__dirname, '__page_snapshots__', locale, `${page.replace(routeBase, 'errors').replace(/\//g, '__')}.txt`);
      await expect(`${pageText($)}\n`).toMatchFileSnapshot(file);
    }
  });
});
