import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, loadCatalog} from '../model';
import {codePageDataModule, codePageFile, codePageFiles, emitCodePageFiles} from '../codePageData';
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

describe('emitCodePageFiles', () => {
  it('emits every file, and after an edit removes the previous version, which `docusaurus start` would keep in memory', async () => {
    const {rspack} = await import('@rspack/core');
    const {createFsFromVolume, Volume} = await import('memfs');
    const source = await fs.mkdtemp(path.join(os.tmpdir(), 'emit-'));
    await fs.writeFile(path.join(source, 'index.js'), 'export default 1;\n');
    const pages = await codePages('/errors');
    let current = codePageFiles(pages, '/');
    const compiler = rspack({
      mode: 'development',
      context: source,
      entry: './index.js',
      output: {path: '/out'},
      plugins: [emitCodePageFiles(() => current)],
    });
    const output = createFsFromVolume(new Volume());
    compiler.outputFileSystem = output as unknown as typeof compiler.outputFileSystem;
    const run = () => new Promise<void>((resolve, reject) => compiler.run((error) => (error ? reject(error) : resolve())));
    const filesIn = (dir: string) =>
      output.existsSync(`/out/${dir}`) ? (output.readdirSync(`/out/${dir}/errors`) as string[]).sort() : [];

    await run();
    const first = current.dir;
    expect(filesIn(first)).toEqual([...current.files.keys()].map((f) => path.basename(f)).sort());
    expect(JSON.parse(output.readFileSync(`/out/${first}/errors/100.json`, 'utf8') as string)).toEqual(pages.find((p) => p.code === 100));

    current = codePageFiles(
      pages.map((p, i) => (i === 0 ? {...p, name: `${p.name}_EDITED`} : p)),
      '/',
    );
    await run();
    expect(current.dir).not.toBe(first);
    expect(filesIn(current.dir)).toHaveLength(pages.length);
    expect(filesIn(first)).toEqual([]);
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
  });
});
