/** The sites the tests build, and where their output goes. */
import {spawnSync} from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '..');
export const outputRoot = path.join(root, 'tests/.output');

export const sites = {
  demo: {siteDir: root, catalog: path.join(root, 'catalog'), outDir: path.join(outputRoot, 'demo')},
  synaxis: {
    siteDir: path.join(root, 'examples/synaxis'),
    catalog: path.join(root, 'examples/synaxis/catalog'),
    outDir: path.join(outputRoot, 'synaxis'),
  },
} as const;

export function docusaurusBuild(siteDir: string, outDir: string, extraArgs: string[] = []) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir, '--out-dir', outDir, ...extraArgs],
    {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, FORCE_COLOR: '0'},
    },
  );
}
