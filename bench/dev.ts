/**
 * Dev-server latency, for the target "in `npm start`, an edit to a catalog file
 * shows in the browser within 2 s": how long `docusaurus start` takes to serve
 * a code page, and how long an edit to that code's message in its category
 * YAML takes to appear in an open page, by hot reload (the script never reloads
 * the page), for the demo catalog and a synthetic one.
 *
 * Run: npm run bench:dev [-- --codes 81,1000 --edits 5]
 * 81 is the demo catalog, copied to a temporary directory so the real one is
 * never edited; other sizes are synthetic (seeded, deterministic).
 * Writes its section of docs/benchmarks.md.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {closeSync, openSync, promises as fs, watch} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {launchChromium} from '../tests/browser';
import {arg, root, writeReport} from './run';
import {writeSyntheticCatalog} from './synthetic';

const siteDir = path.join(__dirname, 'site');
const output = path.join(__dirname, '.output', 'dev');
/** The issue's target, in milliseconds. */
const targetMs = 2000;
/** How long an edit may take before it counts as not shown at all. */
const editTimeoutMs = 30_000;
const startTimeoutMs = 15 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Dev servers still running, killed on any exit so none outlives the script. */
const running = new Set<ChildProcess>();
/** Signals the child's whole process group; false once no process is left in it. Signal 0 only checks. */
const killGroup = (child: ChildProcess, signal: NodeJS.Signals | 0) => {
  try {
    process.kill(-child.pid!, signal);
    return true;
  } catch {
    return false; // ESRCH: nothing left in the group
  }
};
process.on('exit', () => running.forEach((child) => killGroup(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

interface DevServer {
  url: string;
  log: string;
  /** Milliseconds from spawning the command to its first response for `path`. */
  servedMs: number;
  stop: () => Promise<void>;
}

/**
 * `docusaurus start` as `npm start` runs it, in its own process group (detached)
 * so stopping it stops the bundler's workers too. Resolves once `firstPath`
 * answers; the dev middleware holds requests until the first compile is done.
 */
async function startDevServer(env: Record<string, string>, log: string, firstPath: string): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fd = openSync(log, 'w');
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
      'start',
      siteDir,
      '--port',
      `${port}`,
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', fd, fd],
      env: {...process.env, ...env, BROWSER: 'none', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
    },
  );
  closeSync(fd);
  running.add(child);
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${signal ?? `exit ${code}`}`)));
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    for (let i = 0; i < 50 && killGroup(child, 0); i++) await sleep(200);
    killGroup(child, 'SIGKILL');
    running.delete(child);
  };
  let exit: string | undefined;
  void exited.then((reason) => (exit = reason));
  while (performance.now() - start < startTimeoutMs) {
    if (exit) throw new Error(`docusaurus start ended (${exit}) before serving; see ${log}`);
    const response = await fetch(`${url}${firstPath}`).catch(() => undefined);
    if (response?.ok) {
      await response.arrayBuffer();
      return {url, log, servedMs: performance.now() - start, stop};
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`docusaurus start did not serve ${firstPath} within ${startTimeoutMs / 1000} s; see ${log}`);
}

/** Replaces one code's `message` (and any folded continuation lines) in its category file; returns the file's new text. */
function withMessage(yaml: string, codeText: string, message: string): string {
  const lines = yaml.split('\n');
  const first = lines.findIndex((line) => line.trim() === `- code: ${codeText}`);
  if (first < 0) throw new Error(`code ${codeText} not found`);
  for (let i = first + 1; i < lines.length && !/^\s*- code: /.test(lines[i]!); i++) {
    if (/^ {4}message: /.test(lines[i]!)) {
      let end = i + 1;
      while (end < lines.length && /^ {5,}\S/.test(lines[end]!)) end++;
      lines.splice(i, end - i, `    message: ${message}`);
      return lines.join('\n');
    }
  }
  throw new Error(`code ${codeText} has no message line`);
}

interface Edit {
  /** Milliseconds from writing the file to the new message being visible, or undefined if it never showed. */
  ms?: number;
  /** Milliseconds from writing the file to the dev server rewriting the plugin's generated data modules. */
  reloadedMs?: number;
  /** Whether the page updated in place (hot module replacement) or was reloaded by the dev client. */
  how: 'in place' | 'full reload' | 'not shown';
  /** Why an edit was not shown: the dev server's reload error, if it logged one. */
  failure?: string;
}

/**
 * What a "Site plugin reload failure" the dev server logged after byte `offset`
 * says: its error in the edited file if there is one (the others follow from
 * it), else its first.
 */
async function reloadFailure(log: string, offset: number, edited: string): Promise<string | undefined> {
  const text = (await fs.readFile(log)).subarray(offset).toString('utf8');
  if (!text.includes('Site plugin reload failure')) return undefined;
  const diagnostics = text.split('\n').filter((line) => /^\s+\S+:\d+:\d+ error /.test(line));
  const diagnostic = diagnostics.find((line) => line.includes(`/${path.basename(edited)}:`)) ?? diagnostics[0];
  const line = diagnostic ?? text.split('\n').find((l) => l.includes('Error')) ?? 'reload failure';
  // Diagnostics name files under the temporary catalog directory, whose random name only gets in the way.
  return line.trim().replace(/^error-catalog-dev-[^/]+\//, '');
}

/** In the page: notes the time (Date.now) when the code's message first shows `marker`, as window.devBenchShownAt. */
function noteWhenShown(marker: string): void {
  const bench = window as unknown as {devBenchShownAt?: number};
  delete bench.devBenchShownAt;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-field="message"]')?.textContent?.includes(marker)) return;
    bench.devBenchShownAt = Date.now();
    observer.disconnect();
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
}

/**
 * Edits the code's message `count` times, each time waiting for the open page to
 * show it, and noting when the server had rewritten the plugin's generated data
 * (`.docusaurus/docusaurus-plugin-error-catalog`), which splits the time into
 * reloading the catalog and bundling plus hot update.
 */
async function measureEdits(page: Page, file: string, codeText: string, count: number, log: string): Promise<Edit[]> {
  const edits: Edit[] = [];
  const message = page.locator('[data-field="message"]');
  const writes: number[] = [];
  const watcher = watch(path.join(siteDir, '.docusaurus/docusaurus-plugin-error-catalog'), {recursive: true}, () =>
    writes.push(performance.now()),
  );
  try {
    for (let i = 1; i <= count; i++) {
      const marker = `Dev edit marker ${i} ${Date.now().toString(36)}`;
      await page.evaluate(() => ((window as unknown as {devBench: boolean}).devBench = true));
      const text = withMessage(await fs.readFile(file, 'utf8'), codeText, marker);
      const logOffset = (await fs.stat(log)).size;
      await page.evaluate(noteWhenShown, marker);
      const start = performance.now();
      const startedAt = Date.now();
      // As most editors save: truncate the file, then write it (not a rename of a finished file).
      await fs.writeFile(file, text);
      try {
        await message.filter({hasText: marker}).waitFor({state: 'visible', timeout: editTimeoutMs});
      } catch {
        // Tell "the server failed to reload the catalog" from "the open page was not updated".
        const failure = await reloadFailure(log, logOffset, file);
        await page.reload();
        const afterReload = (await message.textContent({timeout: editTimeoutMs}).catch(() => '')) ?? '';
        console.log(
          `    edit ${i}: not shown within ${editTimeoutMs / 1000} s; ${failure ? `the dev server logged a reload failure: ${failure}; ` : ''}after a reload by the script the page ${afterReload.includes(marker) ? 'shows it (the open page was not updated)' : 'still does not show it (the server does not have it)'}`,
        );
        edits.push({how: 'not shown', failure});
        // Two in a row: no hot reload at all, so the other edits would only repeat it.
        if (edits.at(-2)?.how === 'not shown') break;
        continue;
      }
      // Playwright polls every 500 ms after its first tries, which rounded every time up to the next poll; the page
      // noted the moment itself. A reload by the dev client loses that note, and the poll's time stands.
      const shownAt = await page.evaluate(() => (window as unknown as {devBenchShownAt?: number}).devBenchShownAt);
      const ms = shownAt === undefined ? performance.now() - start : shownAt - startedAt;
      const written = writes.find((t) => t > start);
      const reloadedMs = written === undefined ? undefined : written - start;
      const inPlace = await page.evaluate(() => (window as unknown as {devBench?: boolean}).devBench === true);
      edits.push({ms, reloadedMs, how: inPlace ? 'in place' : 'full reload'});
      console.log(
        `    edit ${i}: ${(ms / 1000).toFixed(2)} s (${inPlace ? 'in place' : 'full reload'}; data rewritten after ${reloadedMs === undefined ? '?' : (reloadedMs / 1000).toFixed(2)} s)`,
      );
      // Let the bundler go idle before the next edit, as between two saves by a person.
      await sleep(2000);
    }
  } finally {
    watcher.close();
  }
  return edits;
}

interface Row {
  codes: number;
  servedMs: number;
  shownMs: number;
  edits: Edit[];
}

async function measureCatalog(codes: number, editCount: number): Promise<Row> {
  const catalogDir = await fs.mkdtemp(path.join(os.tmpdir(), `error-catalog-dev-${codes}-`));
  try {
    if (codes === 81) await fs.cp(path.join(root, 'catalog'), catalogDir, {recursive: true});
    else await writeSyntheticCatalog(catalogDir, {codes, seed: 1});
    const catalog = await loadCatalog(catalogDir);
    // A code from the middle of the catalog, in a category file with others around it.
    const entry = catalog.codes[Math.floor(catalog.codes.length / 2)]!;
    const categoryDir = path.join(catalogDir, 'categories');
    const files = (await fs.readdir(categoryDir)).map((f) => path.join(categoryDir, f));
    const contents = await Promise.all(files.map((f) => fs.readFile(f, 'utf8')));
    const file = files[contents.findIndex((text) => text.split('\n').some((line) => line.trim() === `- code: ${entry.codeText}`))]!;
    const codePath = `/errors/${entry.slug}`;
    console.log(`\n${codes} codes: editing ${entry.codeText} in ${path.relative(catalogDir, file)}, page ${codePath}`);

    const env = {
      BENCH_MODE: 'catalog',
      BENCH_CATALOG: catalogDir,
      BENCH_URL: new URL(catalog.documentationUrl!.replace(/\{(code|slug)\}/, '')).origin,
    };
    const start = performance.now();
    const server = await startDevServer(env, path.join(output, `start-${codes}.log`), codePath);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}${codePath}`);
      await page.locator('[data-field="message"]').waitFor({state: 'visible', timeout: startTimeoutMs});
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      const shownMs = performance.now() - start;
      console.log(`  served after ${(server.servedMs / 1000).toFixed(1)} s, page shown after ${(shownMs / 1000).toFixed(1)} s`);
      await sleep(3000);
      const edits = await measureEdits(page, file, entry.codeText, editCount, server.log);
      return {codes, servedMs: server.servedMs, shownMs, edits};
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    await fs.rm(catalogDir, {recursive: true, force: true});
  }
}

async function main() {
  const sizes = arg('codes', '81,1000').split(',').map(Number);
  const editCount = Number(arg('edits', '5'));
  const loadAtStart = os.loadavg()[0]!;
  await fs.mkdir(output, {recursive: true});
  const rows: Row[] = [];
  for (const codes of sizes) rows.push(await measureCatalog(codes, editCount));

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lowerMedian = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const table = [
    '| Codes | Start: first response | Start: code page shown | Edit to visible: median | Max | Each edit | Of which catalog reload (median) | Page updated | Not shown | Within 2 s |',
    '| ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | --- | --- |',
    ...rows.map((r) => {
      const times = r.edits.flatMap((e) => (e.ms === undefined ? [] : [e.ms])).sort((a, b) => a - b);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      const median = times.length ? seconds(lowerMedian(times)!) : '';
      const max = times.length ? seconds(times.at(-1)!) : '';
      const reloads = r.edits.flatMap((e) => (e.reloadedMs === undefined ? [] : [e.reloadedMs]));
      const reload = reloads.length ? seconds(lowerMedian(reloads)!) : '';
      const each = r.edits.map((e) => (e.ms === undefined ? 'not shown' : (e.ms / 1000).toFixed(2))).join(', ');
      const how = [...new Set(r.edits.filter((e) => e.ms !== undefined).map((e) => e.how))].join(', ');
      const missed = r.edits.filter((e) => e.ms === undefined);
      const reasons = [...new Set(missed.map((e) => e.failure ?? 'no reload error logged'))].map((reason) => `\`${reason}\``);
      const notShown = missed.length ? `${missed.length} (${reasons.join('; ')})` : '0';
      const within = `${times.filter((t) => t <= targetMs).length} of ${r.edits.length}`;
      return `| ${r.codes} | ${s(r.servedMs)} | ${s(r.shownMs)} | ${median} | ${max} | ${each} | ${reload} | ${how} | ${notShown} | ${within} |`;
    }),
  ].join('\n');
  console.log(`\n${table}`);

  const notes = `Target: in \`npm start\`, an edit to a catalog file shows in the browser within ${targetMs / 1000} s. For each catalog, \`bench/dev.ts\` starts \`docusaurus start\` on the benchmark site (\`bench/site\`, English only, with the classic preset's debug plugin off as the README advises) with a copy of the catalog, opens a code page in Chromium, then ${editCount} times replaces that code's \`message\` in its category YAML with a new string and times from the file write to the new text being in the open page (a MutationObserver in the page notes the moment, as Playwright's waiting polls only every 500 ms), waiting 2 s between edits. It saves in place, truncating the file and then writing it (\`fs.writeFile\`), as many editors do. The script never reloads the page; "Page updated" says whether the dev client updated it in place or reloaded it. "Of which catalog reload" is the part until the dev server had rewritten the plugin's generated data (\`.docusaurus/docusaurus-plugin-error-catalog\`): noticing the change, reading and validating the catalog, building the page data; the rest is the bundler's rebuild and the hot update in the page. Median and max are over the edits that showed; "Not shown" counts edits not on screen ${editTimeoutMs / 1000} s after the save, with the error the dev server logged. Docusaurus's file watcher (chokidar 3) reports the truncation and drops the write's change event that follows within 50 ms, so the plugin may read the category file while it is empty or half written; a catalog that fails to read is read again, twice at most, 100 ms apart, before it counts as broken, and an edit lost that way would show here as not shown. Starts are cold: without the bundler's persistent cache (\`DOCUSAURUS_NO_PERSISTENT_CACHE\`), as on a first \`npm start\`. "First response" is from running the command to the dev server's first answer for the code page (it holds requests until the first compile is done); "code page shown" adds loading and hydrating that page in Chromium. The one-minute load average was ${loadAtStart.toFixed(1)} on ${os.cpus().length} cores when the run started; other work on the machine lengthens every figure.`;
  const command = `npm run bench:dev -- --codes ${sizes.join(',')} --edits ${editCount}`;
  await writeReport(command, `${notes}\n\n${table}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
