/**
 * Build cost of the error reference against the generated-MDX approach, side by
 * side in one run: wall time, marginal cost per code page, peak RSS, output size
 * and what a reader downloads to open a code page.
 *
 * Run: npm run bench [-- --codes 81,1000,10000 --locales 1,6 --mdx-max 1000 --split-above 2000]
 * 81 is the demo catalog; other sizes are synthetic (seeded, deterministic).
 * Writes its section of docs/benchmarks.md.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {
  buildContent,
  codeMarkdown,
  createMarkdownRenderer,
  loadCatalog,
  type Catalog,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {indexSearch} from '../plugins/docusaurus-plugin-error-catalog/src/search';
import type {Response} from 'playwright-core';
import {launchChromium, serveSite} from '../tests/browser';
import {arg, dirSize, docusaurusBuild, root, writeReport, type BuildResult} from './run';
import {writeSyntheticCatalog} from './synthetic';

const output = path.join(__dirname, '.output', 'build');
const siteDir = path.join(__dirname, 'site');
/** Rspack's persistent cache, which Docusaurus's \`future.v4\` turns on; it lands under the build's working directory. */
const rspackCache = path.join(root, 'node_modules/.cache/rspack');
const allLocales = ['en', 'es', 'fr', 'de', 'ja', 'zh'];

type Mode = 'empty' | 'empty-mermaid' | 'catalog' | 'mdx';

/** The empty site each approach is measured against: the same site and themes, without its pages. */
const baselineOf = (mode: Mode): Mode => (mode === 'catalog' ? 'empty-mermaid' : 'empty');

/**
 * A full build. The plugin indexes its pages with Pagefind inside the build; the
 * MDX site gets the same index of its pages afterwards, with the same indexer, so
 * both sites have search and the comparison stays like for like.
 */
async function build(mode: Mode, outDir: string, locales: string[], env: Record<string, string>, perLocale: boolean): Promise<BuildResult> {
  // Every build starts cold, as on CI: a cache left by an earlier build would make the order of builds matter.
  await fs.rm(rspackCache, {recursive: true, force: true});
  const result = docusaurusBuild(siteDir, outDir, locales, {...env, BENCH_MODE: mode}, {perLocale});
  if (mode !== 'mdx' || result.failure) return result;
  const start = performance.now();
  for (const locale of locales) {
    const dir = locale === 'en' ? outDir : path.join(outDir, locale);
    await indexSearch({outDir: dir, otherLocaleDirs: locale === 'en' ? locales.slice(1) : []});
  }
  const search = (performance.now() - start) / 1000;
  return {...result, seconds: result.seconds + search, phases: {...result.phases, search}};
}

/** Braces and angle brackets are MDX syntax outside code blocks; a generator must escape them, as this one does. */
function toMdx(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return fenced || line.startsWith('```') ? line : line.replace(/[{}<>]/g, (c) => `\\${c}`);
    })
    .join('\n');
}

/** The same content as the plugin's pages: one MDX doc per code and locale, from each code's Markdown twin, and the guides they link to. */
async function writeMdxDocs(catalog: Catalog, dir: string, locales: string[]): Promise<{docs: string; i18n: string}> {
  const docs = path.join(dir, 'docs');
  const i18n = path.join(dir, 'i18n');
  await fs.rm(dir, {recursive: true, force: true});
  const md = await createMarkdownRenderer();
  for (const locale of locales) {
    const target = locale === 'en' ? docs : path.join(i18n, locale, 'docusaurus-plugin-content-docs/current');
    await fs.mkdir(target, {recursive: true});
    const pages = buildContent(catalog, {routeBase: '/errors', locale, siteUrl: 'https://bench.example.com'}, md).codes;
    for (const [i, entry] of catalog.codes.entries()) {
      await fs.writeFile(path.join(target, `${entry.slug}.mdx`), toMdx(codeMarkdown(catalog, entry, locale, pages[i]!, md)));
    }
    // Code pages link to their guides.
    await fs.mkdir(path.join(target, 'guides'), {recursive: true});
    for (const guide of catalog.guides) {
      await fs.writeFile(path.join(target, 'guides', `${guide.slug}.mdx`), toMdx(`# ${guide.title}\n\n${guide.body}`));
    }
  }
  return {docs, i18n};
}

interface PageWeight {
  /** Gzipped bytes every page loads: Docusaurus's runtime and main bundles. */
  entry: number;
  /** Gzipped bytes of split chunks that many routes share (named by number). */
  sharedChunks: number;
  /** Gzipped bytes of the code page's own part: its chunks (named by route hash) and the data it fetches. */
  own: number;
}

/** Opens a code page in Chromium and sorts the scripts it executes (prefetches excluded) into entry, shared and own parts. */
async function pageWeight(outDir: string, slug: string): Promise<PageWeight> {
  const site = await serveSite(outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // By path, so a file fetched twice (preloaded, then read from the cache) counts once.
    const scripts = new Map<string, number>();
    // Every body is read before the browser closes: a read still pending then fails the whole run.
    const bodies: Promise<void>[] = [];
    const onResponse = (response: Response) => {
      const file = new URL(response.url()).pathname;
      // Scripts, and JSON the page loads for itself: the plugin's code page data file (a preload, which Chromium
      // types "other", like the link prefetches that are left out). MDX pages load none.
      if (response.request().resourceType() === 'script' || file.endsWith('.json'))
        bodies.push(response.body().then((body) => void scripts.set(file, gzipSync(body).length)));
    };
    page.on('response', onResponse);
    await page.goto(`${site.url}/errors/${slug}`, {waitUntil: 'networkidle'});
    // At 10,000 codes the main bundle runs long enough for the network to look idle before the page's chunks load.
    await page.waitForSelector('html[data-has-hydrated="true"]');
    // A response can come in while the bodies are read: read until none is left, then stop listening.
    for (let read = 0; read < bodies.length;) {
      read = bodies.length;
      await Promise.all(bodies);
    }
    page.off('response', onResponse);
    const kind = (p: string) =>
      /\/(runtime~main|main)\.[^/]+\.js$/.test(p) ? 'entry' : /\/\d+\.[0-9a-f]+\.js$/.test(p) ? 'sharedChunks' : 'own';
    const weight: PageWeight = {entry: 0, sharedChunks: 0, own: 0};
    for (const [p, size] of scripts) weight[kind(p)] += size;
    return weight;
  } finally {
    await browser.close();
    await site.close();
  }
}

interface Row {
  codes: number;
  locales: number;
  mode: Mode;
  processes: 'one' | 'per locale';
  /** Built with DOCUSAURUS_NO_PERSISTENT_CACHE=true. */
  noCache?: boolean;
  build: BuildResult;
  marginalMs?: number;
  outputMb?: number;
  codePageKb?: number;
  weight?: PageWeight;
}

async function codePageBytes(outDir: string, catalog: Catalog): Promise<number> {
  const sample = catalog.codes.filter((_, i) => i % Math.max(1, Math.floor(catalog.codes.length / 50)) === 0);
  const sizes = await Promise.all(sample.map(async (c) => (await fs.stat(path.join(outDir, 'errors', `${c.slug}.html`))).size));
  return sizes.reduce((a, b) => a + b, 0) / sizes.length;
}

async function main() {
  const sizes = arg('codes', '81,1000,10000').split(',').map(Number);
  const localeCounts = arg('locales', '1,6').split(',').map(Number);
  const mdxMax = Number(arg('mdx-max', '1000'));
  const splitAbove = Number(arg('split-above', '2000'));
  const loadAtStart = os.loadavg()[0]!;
  await fs.mkdir(output, {recursive: true});
  const rows: Row[] = [];
  const baselines: Row[] = [];
  const baseline = (mode: Mode, locales: number) => baselines.find((b) => b.mode === mode && b.locales === locales);

  for (const codes of sizes) {
    const catalogDir = codes === 81 ? path.join(root, 'catalog') : path.join(output, `catalog-${codes}`);
    if (codes !== 81) await writeSyntheticCatalog(catalogDir, {codes, seed: 1});
    const catalog = await loadCatalog(catalogDir);
    const env = {BENCH_CATALOG: catalogDir, BENCH_URL: new URL(catalog.documentationUrl!.replace(/\{(code|slug)\}/, '')).origin};
    for (const n of localeCounts) {
      const locales = allLocales.slice(0, n);
      const label = `${codes}-${n}`;
      console.log(`\n${codes} codes × ${n} locale(s)`);
      for (const mode of ['empty', 'empty-mermaid'] as const) {
        if (!baseline(mode, n)) {
          const result = await build(mode, path.join(output, `${mode}-${n}`), locales, env, false);
          baselines.push({codes: 0, locales: n, mode, processes: 'one', build: result});
        }
      }
      const measure = async (mode: Mode, processes: Row['processes'], extraEnv: Record<string, string> = {}) => {
        const outDir = path.join(output, `${mode}-${processes === 'one' ? 'one' : 'split'}-${label}`);
        const result = await build(mode, outDir, locales, {...env, ...extraEnv}, processes === 'per locale');
        const row: Row = {codes, locales: n, mode, processes, noCache: 'DOCUSAURUS_NO_PERSISTENT_CACHE' in extraEnv, build: result};
        if (!result.failure) {
          row.marginalMs = ((result.seconds - baseline(baselineOf(mode), n)!.build.seconds) * 1000) / (catalog.codes.length * n);
          row.outputMb = (await dirSize(outDir)) / 1e6;
          row.codePageKb = (await codePageBytes(outDir, catalog)) / 1024;
          if (n === 1) row.weight = await pageWeight(outDir, catalog.codes.at(-1)!.slug);
        }
        console.log(
          `  ${mode} (${processes}): ${result.failure ?? `${result.seconds.toFixed(0)} s`}, peak ${result.peakRssMb.toFixed(0)} MB`,
        );
        rows.push(row);
        await fs.rm(outDir, {recursive: true, force: true});
      };
      // Docusaurus keeps each locale's bundler memory until the process ends, so big multi-locale builds only run split.
      if (n === 1 || codes <= splitAbove) await measure('catalog', 'one');
      // The persistent cache costs a cold build time and memory; the biggest catalog shows how much.
      if (n === 1 && codes === Math.max(...sizes)) await measure('catalog', 'one', {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'});
      if (n > 1) await measure('catalog', 'per locale');
      if (codes <= mdxMax) {
        const mdx = await writeMdxDocs(catalog, path.join(output, `mdx-${label}`), locales);
        await measure('mdx', 'one', {BENCH_DOCS: mdx.docs, BENCH_I18N: mdx.i18n});
      }
    }
  }

  const kb = (n: number, digits = 1) => `${(n / 1024).toFixed(digits)} KB`;
  const approach: Record<Mode, string> = {
    empty: 'empty site',
    'empty-mermaid': 'empty site + a Mermaid diagram',
    catalog: 'error-catalog plugin',
    mdx: 'generated MDX docs',
  };
  const rowLabel = (row: Row) => `${approach[row.mode]}${row.noCache ? ', no persistent cache' : ''}`;
  const ratio = (row: Row) => {
    const mdx = rows.find((r) => r.mode === 'mdx' && r.codes === row.codes && r.locales === row.locales);
    return row.mode === 'catalog' && mdx?.marginalMs && row.marginalMs ? `${(mdx.marginalMs / row.marginalMs).toFixed(1)}×` : '';
  };
  const table = [
    "| Codes | Locales | Approach | Processes | Build | Per code page (marginal) | vs MDX | Peak RSS | Output | Code page HTML | Entry JS | Shared chunks | Page's own JS + data |",
    '| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...baselines.map(
      (b) =>
        `| 0 | ${b.locales} | ${rowLabel(b)} | one | ${b.build.seconds.toFixed(0)} s | | | ${b.build.peakRssMb.toFixed(0)} MB | | | | | |`,
    ),
    ...rows
      .map((r) =>
        [
          r.codes,
          r.locales,
          rowLabel(r),
          r.processes,
          r.build.failure ? `${r.build.failure} after ${r.build.seconds.toFixed(0)} s` : `${r.build.seconds.toFixed(0)} s`,
          r.marginalMs === undefined ? '' : `${r.marginalMs.toFixed(1)} ms`,
          ratio(r),
          `${r.build.peakRssMb.toFixed(0)} MB`,
          r.outputMb === undefined ? '' : `${r.outputMb.toFixed(0)} MB`,
          r.codePageKb === undefined ? '' : `${r.codePageKb.toFixed(1)} KB`,
          r.weight ? kb(r.weight.entry) : '',
          r.weight ? kb(r.weight.sharedChunks) : '',
          r.weight ? kb(r.weight.own, 2) : '',
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ].join('\n');
  const seconds = (n: number) => `${n.toFixed(1)} s`;
  const phaseTable = [
    '| Codes | Locales | Approach | Processes | Load site | Bundling | Static rendering | postBuild | of which search index | Search index after build |',
    '| ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[...baselines, ...rows].map(
      (row) =>
        `| ${row.codes} | ${row.locales} | ${rowLabel(row)} | ${row.processes} | ${seconds(row.build.phases.load)} | ${seconds(row.build.phases.bundle)} | ${seconds(row.build.phases.ssg)} | ${seconds(row.build.phases.postBuild)} | ${row.mode === 'catalog' ? seconds(row.build.phases.search) : ''} | ${row.mode === 'mdx' ? seconds(row.build.phases.search) : ''} |`,
    ),
  ].join('\n');
  console.log(`\n${table}\n\n${phaseTable}`);

  const command = `npm run bench -- --codes ${sizes.join(',')} --locales ${localeCounts.join(',')} --mdx-max ${mdxMax} --split-above ${splitAbove}`;
  const notes = `Within a run, the approaches build one after the other in the same session, so their ratios are steadier than the absolute times; other work on the machine that comes and goes during a run still moves both. The one-minute load average was ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores when the run started and ${os.loadavg()[0]!.toFixed(1)} when it ended. "Per code page (marginal)" is the build time minus the empty site's, divided by the code pages built (codes × locales); each approach has its own empty site, with the same themes and no content pages, so fixed costs are not counted per page. The plugin's includes the Mermaid theme its guide pages need and one page that draws a diagram: Rspack compiles Mermaid only for a site that renders it, which adds about 4.5 s of bundling whatever the catalog's size. The MDX approach builds the same content as one generated \`.mdx\` doc per code and locale with the docs plugin: each code's Markdown twin, which carries everything its page shows (the prose, retry guidance and headers, the three snippets and every example response as code blocks, the links); its code blocks are the theme's CodeBlock, as in any MDX page, while the plugin highlights its code samples with Prism class names coloured from one stylesheet. Both sites get the same Pagefind search index: the plugin builds it in \`postBuild\`, and the benchmark indexes the MDX site's pages with the same indexer right after its build, counted in its build time. "Processes: per locale" builds each locale with its own \`docusaurus build --locale xx\`, one after the other; above ${splitAbove} codes, multi-locale builds run only that way, because one process keeps every finished locale's bundler memory (at 10,000 codes a second locale in the same process was killed at about 18 GB). Every build starts without Rspack's persistent cache on disk, as on CI; the row marked "no persistent cache" builds with \`DOCUSAURUS_NO_PERSISTENT_CACHE=true\`, which also skips writing it. Peak RSS is the largest of those processes; Pagefind runs as a separate process and is not counted. The page weight comes from opening a code page in Chromium and gzipping every script it executes (link prefetches excluded): the entry is Docusaurus's runtime and main bundles, which every page loads and which hold the route table; shared chunks are split chunks that Rspack puts apart because many routes use them; the page's own part is its component and its data: for the MDX pages a data chunk, for the plugin's code pages the JSON file the page preloads and fetches. It is given to two decimals, because its target is under 10 KB.`;
  await writeReport(
    command,
    `${notes}\n\n${table}\n\nWhere the time went, from \`DOCUSAURUS_PERF_LOGGER=true\`, summed over locales:\n\n${phaseTable}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
