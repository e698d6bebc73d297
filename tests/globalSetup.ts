import {rmSync} from 'node:fs';
import {docusaurusBuild, outputRoot, sites} from './sites';

/** Builds each test site once per run; the test files read the output. */
export default function setup(): void {
  rmSync(outputRoot, {recursive: true, force: true});
  for (const [name, site] of Object.entries(sites)) {
    const result = docusaurusBuild(site.siteDir, site.outDir);
    if (result.status !== 0) throw new Error(`Building the ${name} site failed:\n${result.stdout}\n${result.stderr}`);
  }
}
