/**
 * Search measurements: Pagefind index size per locale, the size of the
 * "paste your error" data file, and the time from typing to the first result,
 * for the demo catalog and a synthetic 10,000-code catalog.
 * Run: npm run bench:search [-- --codes 10000 --locales en,ja --synthetic-locales en]
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {
  buildContent,
  createMarkdownRenderer,
  exampleMessage,
  loadCatalog,
  Localizer,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {candidates} from '../plugins/docusaurus-plugin-error-catalog/src/theme/ErrorSearch/data';
import {launchChromium, serveSite} from '../tests/browser';
import {arg, dirSize, docusaurusBuild, root} from './run';
import {writeSyntheticCatalog} from './synthetic';

const output = path.join(__dirname, '.output');

function build(siteDir: string, outDir: string, locales: string[], env: Record<string, string> = {}): number {
  const result = docusaurusBuild(siteDir, outDir, locales, env);
  if (result.failure) throw new Error(`build ${result.failure}`);
  return result.seconds;
}

/** Median milliseconds from typing a query to its first result, in the navbar box and in the paste box. */
async function timeToFirstResult(outDir: string, locale: string, queries: string[]): Promise<{navbar: number; paste: number}> {
  const site = await serveSite(outDir);
  const browser = await launchChromium();
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  try {
    const navbar: number[] = [];
    const paste: number[] = [];
    for (const query of queries) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${site.url}${locale === 'en' ? '' : `/${locale}`}/errors`);
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      let start = performance.now();
      await page.getByRole('combobox').fill(query);
      await page.locator('[data-search-bar-result]').first().waitFor({timeout: 30_000});
      navbar.push(performance.now() - start);
      start = performance.now();
      await page.locator('[data-error-search] textarea').fill(query);
      await page.locator('[data-search-result], [data-search-none]').first().waitFor({timeout: 30_000});
      paste.push(performance.now() - start);
      await page.context().close();
    }
    return {navbar: median(navbar), paste: median(paste)};
  } finally {
    await browser.close();
    await site.close();
  }
}

interface Row {
  catalog: string;
  locale: string;
  codes: number;
  build: number;
  pagefind: number;
  /** Gzipped bytes of all the paste box's data modules, and the median a query loads. */
  matcherGzip: number;
  perQueryGzip: number;
  navbar: number;
  paste: number;
}

async function measure(
  name: string,
  siteDir: string,
  catalogDir: string,
  outDir: string,
  locales: string[],
  env: Record<string, string>,
): Promise<Row[]> {
  const seconds = build(siteDir, outDir, locales, env);
  const catalog = await loadCatalog(catalogDir);
  const md = await createMarkdownRenderer();
  const rows: Row[] = [];
  for (const locale of locales) {
    const base = locale === locales[0] ? outDir : path.join(outDir, locale);
    const {lookupShards} = buildContent(catalog, {routeBase: '/errors', locale, siteUrl: 'https://x'}, md);
    const gz = (data: unknown) => gzipSync(JSON.stringify(data)).length;
    const {manifest, keyShards, codeShards, guideShards} = lookupShards;
    const sample = catalog.codes.filter((_, i) => i % Math.max(1, Math.floor(catalog.codes.length / 5)) === 0).slice(0, 5);
    const queries = sample.map((c) => c.name);
    const messages = sample.map((c) => exampleMessage(c, new Localizer(catalog, locale).code(c, 'message').value, locale));
    const loadedBytes: number[] = [];
    for (const text of [...queries, ...messages]) {
      let bytes = gz(manifest);
      await candidates(text, {
        manifest: async () => manifest,
        keyShard: async (n) => ((bytes += gz(keyShards[n])), keyShards[n]!),
        codeShard: async (n) => ((bytes += gz(codeShards[n])), codeShards[n]!),
        guideShard: async (n) => ((bytes += gz(guideShards[n])), guideShards[n]!),
      });
      loadedBytes.push(bytes);
    }
    rows.push({
      catalog: name,
      locale,
      codes: catalog.codes.length,
      build: seconds,
      pagefind: await dirSize(path.join(base, 'pagefind')),
      matcherGzip: [manifest, ...keyShards, ...codeShards, ...guideShards].reduce((n, part) => n + gz(part), 0),
      perQueryGzip: loadedBytes.sort((a, b) => a - b)[Math.floor(loadedBytes.length / 2)]!,
      ...(await timeToFirstResult(outDir, locale, queries)),
    });
  }
  return rows;
}

async function main() {
  const codes = Number(arg('codes', '10000'));
  const locales = arg('locales', 'en,ja').split(',');
  const syntheticLocales = arg('synthetic-locales', 'en').split(',');
  const rows = await measure('demo', root, path.join(root, 'catalog'), path.join(output, 'demo'), locales, {});
  const synthetic = path.join(output, 'synthetic-catalog');
  await writeSyntheticCatalog(synthetic, {codes, seed: 1});
  rows.push(
    ...(await measure(`synthetic ${codes}`, path.join(__dirname, 'site'), synthetic, path.join(output, 'synthetic'), syntheticLocales, {
      BENCH_CATALOG: synthetic,
    })),
  );

  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const table = [
    '| Catalog | Locale | Codes | Build (s, all listed locales) | Pagefind index | Paste-box data, gzip (loaded per query) | Navbar search: typing → first result | Paste box: typing → first result |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.catalog} | ${r.locale} | ${r.codes} | ${r.build.toFixed(0)} | ${kb(r.pagefind)} | ${kb(r.matcherGzip)} (${kb(r.perQueryGzip)}) | ${r.navbar.toFixed(0)} ms | ${r.paste.toFixed(0)} ms |`,
    ),
  ].join('\n');
  console.log(table);
  await fs.mkdir(output, {recursive: true});
  await fs.writeFile(path.join(output, 'search.md'), `${table}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
