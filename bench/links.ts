/**
 * What edit links cost: building a big catalog's page data without them (the baseline), with a `feedbackUrl`, and
 * with an `editUrl`, whose line numbers need every category file parsed a second time for positions. Side by side.
 * Run: npm run bench:links [-- --codes 10000 --runs 3]
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {buildContent, createMarkdownRenderer, readCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {pageLinker} from '../plugins/docusaurus-plugin-error-catalog/src/pageLinks';
import {arg} from './run';
import {writeSyntheticCatalog} from './synthetic';

const codes = Number(arg('codes', '10000'));
const runs = Number(arg('runs', '3'));

async function main(): Promise<void> {
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'bench-links-')), 'catalog');
  await writeSyntheticCatalog(dir, {codes, seed: 1});
  const md = await createMarkdownRenderer();
  const variants = {
    'baseline: no links': undefined,
    feedbackUrl: pageLinker({feedbackUrl: 'https://git.example/issues/new?title={title}&body={url}'}, path.dirname(dir)),
    editUrl: pageLinker({editUrl: 'https://git.example/edit/main/'}, path.dirname(dir)),
  };
  const times = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
  // Each run reads the catalog afresh, as a build does, so the positional parse is never already cached.
  for (let run = 0; run < runs; run++) {
    for (const [name, pageLinks] of Object.entries(variants)) {
      const {catalog} = await readCatalog(dir);
      const start = performance.now();
      buildContent(catalog!, {routeBase: '/errors', siteUrl: 'https://x.example', pageLinks}, md);
      times.get(name)!.push((performance.now() - start) / 1000);
    }
  }
  const median = (name: string) => times.get(name)!.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  const baseline = median('baseline: no links');
  console.log(`\n${codes} codes, one locale's page data; median of ${runs} runs, variants interleaved\n`);
  console.log('| page data | seconds | vs baseline |');
  console.log('| --- | ---: | ---: |');
  for (const name of times.keys()) console.log(`| ${name} | ${median(name).toFixed(2)} | ${(median(name) / baseline).toFixed(2)}× |`);
  await fs.rm(path.dirname(dir), {recursive: true, force: true});
}

void main();
