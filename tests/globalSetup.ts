import {rmSync} from 'node:fs';
import {writeSyntheticCatalog} from '../bench/synthetic';
import {writeHostileCatalog} from './hostile';
import {docusaurusBuild, outputRoot, scaledSite, sites} from './sites';

/** Builds each test site once per run; the test files read the output. */
export default async function setup(): Promise<void> {
  rmSync(outputRoot, {recursive: true, force: true});
  const check = (name: string, result: ReturnType<typeof docusaurusBuild>) => {
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.stdout}\n${result.stderr}`);
  };
  await writeHostileCatalog(sites.hostile.catalog);
  for (const [name, site] of Object.entries(sites)) {
    // The hostile site is built in its source language only: what it tests does not depend on the locale.
    check(name, docusaurusBuild(site.siteDir, site.outDir, name === 'hostile' ? ['--locale', 'en'] : []));
  }
  await writeSyntheticCatalog(scaledSite.catalog, {codes: scaledSite.codes, seed: 1});
  check(
    'scaled',
    docusaurusBuild(scaledSite.siteDir, scaledSite.outDir, ['--locale', 'en'], {BENCH_MODE: 'catalog', BENCH_CATALOG: scaledSite.catalog}),
  );
}
