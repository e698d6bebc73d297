/** What both benchmark scripts share: command-line flags, output sizes, and running `docusaurus build`. */
import {spawnSync} from 'node:child_process';
import {closeSync, openSync, promises as fs, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '..');

/** The value after `--name` on the command line. */
export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

export async function dirSize(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  const sizes = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => (await fs.stat(path.join(e.parentPath, e.name))).size),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

/** Where a build's time went, in seconds, summed over locales: Docusaurus's own phases and the search index. */
export interface Phases {
  load: number;
  bundle: number;
  ssg: number;
  /** postBuild, which includes the plugin's search index. */
  postBuild: number;
  search: number;
}

const phaseLines: [keyof Phases, RegExp][] = [
  ['load', /^\[PERF\] Build > [^>]+ > Load site - ([\d.]+) (ms|seconds)/],
  ['bundle', /^\[PERF\] Build > [^>]+ > Bundling with \w+ - ([\d.]+) (ms|seconds)/],
  ['ssg', /^\[PERF\] Build > [^>]+ > SSG - ([\d.]+) (ms|seconds)/],
  ['postBuild', /^\[PERF\] Build > [^>]+ > postBuild\(\) - ([\d.]+) (ms|seconds)/],
  ['search', /Search index: \d+ pages in ([\d.]+) (s)\b/],
];

/** Reads the phases from a build log written with DOCUSAURUS_PERF_LOGGER=true. */
export function parsePhases(log: string): Phases {
  const phases: Phases = {load: 0, bundle: 0, ssg: 0, postBuild: 0, search: 0};
  for (const line of log.split('\n')) {
    for (const [phase, pattern] of phaseLines) {
      const m = pattern.exec(line);
      if (m) phases[phase] += Number(m[1]) / (m[2] === 'ms' ? 1000 : 1);
    }
  }
  return phases;
}

export interface BuildResult {
  seconds: number;
  phases: Phases;
  /** The largest peak resident memory of the build processes. */
  peakRssMb: number;
  /** Why the build did not finish, if it did not. */
  failure?: string;
}

/**
 * `docusaurus build` of the given locales into `outDir`, all in one process or
 * one process per locale (`perLocale`), so a locale's bundler memory is
 * returned before the next starts. Large builds print a lot: the log goes to
 * `<outDir>.log`, not into this process's memory.
 */
export function docusaurusBuild(
  siteDir: string,
  outDir: string,
  locales: string[],
  env: Record<string, string>,
  {perLocale = false} = {},
): BuildResult {
  const rssFile = `${outDir}.rss`;
  const log = `${outDir}.log`;
  const start = performance.now();
  const seconds = () => (performance.now() - start) / 1000;
  let peakRssMb = 0;
  const fd = openSync(log, 'w');
  try {
    for (const run of perLocale ? locales.map((l) => [l]) : [locales]) {
      // A process killed before it exits writes no figure; a stale one must not stand in for it.
      rmSync(rssFile, {force: true});
      const result = spawnSync(
        process.execPath,
        [
          '-r',
          path.join(__dirname, 'peak-rss.cjs'),
          path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
          'build',
          siteDir,
          '--out-dir',
          outDir,
          ...run.flatMap((l) => ['--locale', l]),
        ],
        {cwd: root, stdio: ['ignore', fd, fd], env: {...process.env, ...env, BENCH_RSS_FILE: rssFile, DOCUSAURUS_PERF_LOGGER: 'true'}},
      );
      peakRssMb = Math.max(peakRssMb, Number(readFileSync(rssFile, {encoding: 'utf8', flag: 'a+'}) || 0) / 1024);
      if (result.status !== 0) {
        const failure =
          result.signal === 'SIGKILL' ? 'killed (out of memory)' : `failed (${result.signal ?? `exit ${result.status}`}), see ${log}`;
        return {seconds: seconds(), phases: parsePhases(readFileSync(log, 'utf8')), peakRssMb, failure};
      }
    }
  } finally {
    closeSync(fd);
  }
  return {seconds: seconds(), phases: parsePhases(readFileSync(log, 'utf8')), peakRssMb};
}
