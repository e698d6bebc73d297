import {describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, loadCatalog} from '../model';
import {codePageDataModule, codePageFile, codePageFiles} from '../codePageData';
import {fixture} from './helpers';

async function codePages(routeBase: string) {
  const catalog = await loadCatalog(fixture('minimal'));
  return buildContent(catalog, {routeBase, siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer()).codes;
}

describe('code page data files', () => {
  it("names each code page's file after its path below the base URL, and holds exactly that page's data", async () => {
    const pages = await codePages('/ja/errors');
    const {dir, files} = codePageFiles(pages, '/ja/');
    expect(dir).toMatch(/^assets\/error-catalog\/[0-9a-f]{12}$/);
    expect([...files.keys()]).toEqual(pages.map((p) => `errors/${p.code}.json`));
    for (const page of pages) expect(JSON.parse(files.get(codePageFile(page.permalink, '/ja/'))!)).toEqual(page);
  });

  it('moves to a new directory whenever any page changes, so a cached file is never stale', async () => {
    const pages = await codePages('/errors');
    const before = codePageFiles(pages, '/').dir;
    expect(codePageFiles(pages, '/').dir).toBe(before);
    const edited = pages.map((p, i) => (i === 1 ? {...p, name: `${p.name}_RENAMED`} : p));
    expect(codePageFiles(edited, '/').dir).not.toBe(before);
  });

  it('tells the browser only the URL, and static rendering also the directory in the build output', async () => {
    const files = codePageFiles(await codePages('/errors'), '/');
    expect(codePageDataModule(files)).toBe(`export default {"url":"${files.dir}"};\n`);
    expect(codePageDataModule(files, '/site/build')).toBe(`export default {"url":"${files.dir}","dir":"/site/build/${files.dir}"};\n`);
  });
});
