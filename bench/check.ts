/**
 * How long `check` takes on a big catalog, valid and with one error, against a baseline that only parses the same
 * YAML files with js-yaml (the least any check must do), run side by side. The synthetic catalog is written with all
 * six languages, so its size grows about 2 KB per code.
 * Run: npm run bench:check [-- --codes 10000 --per-category 500 --runs 3]
 * (--per-category 10000 puts every code in one category file: the worst case for locating an error)
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {CORE_SCHEMA, load} from 'js-yaml';
import {readCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {arg, dirSize} from './run';
import {writeSyntheticCatalog} from './synthetic';

const codes = Number(arg('codes', '10000'));
const runs = Number(arg('runs', '3'));
const perCategory = Number(arg('per-category', '500'));

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

/** The median of `runs` timings of `task`, in seconds. */
async function median(task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push((performance.now() - start) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'bench-check-')), 'catalog');
  await writeSyntheticCatalog(dir, {codes, seed: 1, perCategory});
  const files = await yamlFiles(dir);
  const parseOnly = async () => {
    for (const file of files) load(await fs.readFile(file, 'utf8'), {schema: CORE_SCHEMA});
  };
  const check = async (expectErrors: number) => {
    const {diagnostics} = await readCatalog(dir);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (errors !== expectErrors) throw new Error(`expected ${expectErrors} errors, got ${errors}`);
  };
  const baseline = await median(parseOnly);
  const valid = await median(() => check(0));
  // One wrong status in the middle of the largest category file: the positional parse that locates it is the extra cost.
  const categories = (await fs.readdir(path.join(dir, 'categories'))).map((f) => path.join(dir, 'categories', f));
  const sizes = await Promise.all(categories.map(async (f) => (await fs.stat(f)).size));
  const largest = categories[sizes.indexOf(Math.max(...sizes))]!;
  const text = await fs.readFile(largest, 'utf8');
  const at = text.indexOf('status: ', text.length / 2);
  await fs.writeFile(largest, `${text.slice(0, at)}status: 4000${text.slice(at + 'status: '.length + 3)}`);
  const oneError = await median(() => check(1));
  const mb = (await dirSize(dir)) / 1024 / 1024;
  console.log(
    `\n${codes} codes, ${files.length} files, ${mb.toFixed(1)} MB (largest file ${(Math.max(...sizes) / 1024 / 1024).toFixed(1)} MB); median of ${runs} runs\n`,
  );
  console.log('| run | seconds | vs parse only |');
  console.log('| --- | ---: | ---: |');
  for (const [name, seconds] of [
    ['baseline: parse every file with js-yaml', baseline],
    ['check, valid catalog', valid],
    ['check, one error in the largest file', oneError],
  ] as const) {
    console.log(`| ${name} | ${seconds.toFixed(2)} | ${(seconds / baseline).toFixed(1)}× |`);
  }
  await fs.rm(path.dirname(dir), {recursive: true, force: true});
}

void main();
