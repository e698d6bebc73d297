import {rmSync} from 'node:fs';
import {writeSyntheticCatalog} from '../bench/synthetic';
import {docusaurusBuild, outputRoot, scaledSite, sites} from './sites';

/** Builds each test site once per run; the test files read the output. */
export default async function setup(): Promise<void> {
  rmSync(outputRoot, {recursive: true, force: true});
  const check = (name: string, result: ReturnType<typeof docusaurusBuild>) => {
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.stdout}\n${result.stderr}`);
  };
  for (const [name, site] of Object.entries(sites)) check(name, docusaurusBuild(site.siteDir, site.outDir));
  await writeSyntheticCatalog(scaledSite.catalog, {codes: scaledSite.codes, seed: 1});
  check(
    'scaled',
    docusaurusBuild(scaledSite.siteDir, scaledSite.outDir, ['--locale', 'en'], {BENCH_MODE: 'catalog', BENCH_CATALOG: scaledSite.catalog}),
  );
}
