/**
 * Search measurements: Pagefind index size per locale, the size of the
 * "paste your error" data, what its exact and fuzzy tiers load and take per
 * query, and the time from typing to the first result in Chromium, for the
 * demo catalog and a synthetic 10,000-code catalog.
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
import {findError, memorySource} from '../plugins/docusaurus-plugin-error-catalog/src/match';
import {launchChromium, serveSite} from '../tests/browser';
import {arg, dirSize, docusaurusBuild, root} from './run';
import {writeSyntheticCatalog} from './synthetic';

const output = path.join(__dirname, '.output');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function build(siteDir: string, outDir: string, locales: string[], env: Record<string, string> = {}): number {
  const result = docusaurusBuild(siteDir, outDir, locales, env);
  if (result.failure) throw new Error(`build ${result.failure}`);
  return result.seconds;
}

/**
 * Median milliseconds from typing a query to its first result, in a fresh page each time: the navbar box and the
 * paste box with names (which the exact tier answers), and the paste box with text only the fuzzy tier answers.
 */
async function timeToFirstResult(
  outDir: string,
  locale: string,
  names: string[],
  closeTexts: string[],
): Promise<{navbar: number; pasteExact: number; pasteFuzzy: number}> {
  const site = await serveSite(outDir);
  const browser = await launchChromium();
  const freshPage = async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}${locale === 'en' ? '' : `/${locale}`}/errors`);
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    return page;
  };
  const timed = async (fill: () => Promise<void>, result: () => Promise<void>) => {
    const start = performance.now();
    await fill();
    await result();
    return performance.now() - start;
  };
  try {
    const navbar: number[] = [];
    const pasteExact: number[] = [];
    const pasteFuzzy: number[] = [];
    for (const [texts, times] of [
      [names, pasteExact],
      [closeTexts, pasteFuzzy],
    ] as const) {
      for (const text of texts) {
        const page = await freshPage();
        if (texts === names) {
          navbar.push(
            await timed(
              () => page.getByRole('combobox').fill(text),
              () => page.locator('[data-search-bar-result]').first().waitFor({timeout: 30_000}),
            ),
          );
        }
        times.push(
          await timed(
            () => page.locator('[data-error-search] textarea').fill(text),
            () => page.locator('[data-search-result], [data-search-none]').first().waitFor({timeout: 30_000}),
          ),
        );
        await page.context().close();
      }
    }
    return {navbar: median(navbar), pasteExact: median(pasteExact), pasteFuzzy: median(pasteFuzzy)};
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
  /** Gzipped bytes of all the paste box's data modules. */
  matcherGzip: number;
  /** Per query of each tier, in Node: the median and largest gzipped bytes loaded, and the median milliseconds. */
  exact: {bytes: number; maxBytes: number; millis: number};
  fuzzy: {bytes: number; maxBytes: number; millis: number};
  navbar: number;
  pasteExact: number;
  pasteFuzzy: number;
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
    const sample = catalog.codes.filter((_, i) => i % Math.max(1, Math.floor(catalog.codes.length / 5)) === 0).slice(0, 5);
    // A code's name, else its code: what a person pastes from a log.
    const queries = sample.map((c) => c.name ?? c.codeText);
    const messages = sample.map((c) => exampleMessage(c, new Localizer(catalog, locale).code(c, 'message').value, locale));
    // What the fuzzy tier answers: a message's first words, and the message with its longest word misspelt.
    const partial = messages.map((m) => m.split(/\s+/).slice(0, 3).join(' '));
    const misspelt = messages.map((m) => {
      const longest = m.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
      return m.replace(longest, longest.slice(0, -2) + longest.slice(-1));
    });
    const perQuery = async (texts: string[]) => {
      const bytes: number[] = [];
      const millis: number[] = [];
      for (const text of texts) {
        const memory = memorySource(lookupShards);
        // What the query read, each part once, as the browser caches what it loaded. The vocabulary loads alongside
        // the exact tier, and may still be loading when an exact answer returns.
        const parts = new Set<unknown>();
        const pending: Promise<unknown>[] = [];
        const counted =
          <T>(read: (n: number) => Promise<T>) =>
          (n = 0) => {
            const part = read(n).then((data) => (parts.add(data), data));
            pending.push(part);
            return part;
          };
        const start = performance.now();
        await findError(text, {
          manifest: counted(memory.manifest),
          keyShard: counted(memory.keyShard),
          codeShard: counted(memory.codeShard),
          guideShard: counted(memory.guideShard),
          vocabShard: counted(memory.vocabShard),
          postingShard: counted(memory.postingShard),
        });
        millis.push(performance.now() - start);
        await Promise.all(pending);
        bytes.push([...parts].reduce((n: number, part) => n + gz(part), 0));
      }
      return {bytes: median(bytes), maxBytes: Math.max(...bytes), millis: median(millis)};
    };
    const exact = await perQuery([...queries, ...messages]);
    const fuzzy = await perQuery([...partial, ...misspelt]);
    const {manifest, keyShards, codeShards, guideShards, vocabShards, postingShards} = lookupShards;
    rows.push({
      catalog: name,
      locale,
      codes: catalog.codes.length,
      build: seconds,
      pagefind: await dirSize(path.join(base, 'pagefind')),
      matcherGzip: [manifest, ...keyShards, ...codeShards, ...guideShards, ...vocabShards, ...postingShards].reduce(
        (n, part) => n + gz(part),
        0,
      ),
      exact,
      fuzzy,
      ...(await timeToFirstResult(outDir, locale, queries, [...partial, ...misspelt])),
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

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const tier = (t: Row['exact']) => `${kb(t.bytes)} (${kb(t.maxBytes)}), ${t.millis.toFixed(1)} ms`;
  const table = [
    '| Catalog | Locale | Codes | Build (s, all listed locales) | Pagefind index | Paste-box data, gzip | Exact tier per query: loaded (largest), time in Node | Fuzzy tier per query: loaded (largest), time in Node | Navbar search: typing → first result | Paste box, exact: typing → first result | Paste box, fuzzy: typing → first result | Fuzzy / exact in the browser |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.catalog} | ${r.locale} | ${r.codes} | ${r.build.toFixed(0)} | ${kb(r.pagefind)} | ${kb(r.matcherGzip)} | ${tier(r.exact)} | ${tier(r.fuzzy)} | ${r.navbar.toFixed(0)} ms | ${r.pasteExact.toFixed(0)} ms | ${r.pasteFuzzy.toFixed(0)} ms | ${(r.pasteFuzzy / r.pasteExact).toFixed(2)} |`,
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
