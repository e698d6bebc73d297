/**
 * The whole adoption path, as the README tells it: pack the plugin, install the tarball in a site outside this
 * repository (so nothing resolves from the workspace), run init, add the printed line, build, verify. It prints the
 * install size the plugin adds and the first build's time, which docs/benchmarks.md records.
 */
import {spawnSync} from 'node:child_process';
import {promises as fs, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dirSize} from '../bench/run';
import {root, writeExistingSite} from './sites';

/** The Docusaurus a site made by create-docusaurus 3.10 depends on, at the versions this repository uses. */
function siteDependencies(): Record<string, string> {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, {version: string}>;
  };
  const names = [
    '@docusaurus/core',
    '@docusaurus/faster',
    '@docusaurus/preset-classic',
    '@mdx-js/react',
    'prism-react-renderer',
    'react',
    'react-dom',
  ];
  return Object.fromEntries(names.map((name) => [name, lock.packages[`node_modules/${name}`]!.version]));
}

function sh(command: string, args: string[], cwd: string): {stdout: string; seconds: number} {
  const start = performance.now();
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return {stdout: result.stdout, seconds: (performance.now() - start) / 1000};
}

describe('adopting the plugin from its tarball', () => {
  it('installs into a site outside the repository, and init gives a first build that passes verify', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'adoption-'));
    const siteDir = path.join(work, 'my-site');
    await writeExistingSite(siteDir);
    await fs.writeFile(
      path.join(siteDir, 'package.json'),
      JSON.stringify({name: 'my-site', private: true, dependencies: siteDependencies(), overrides: {'@docsearch/react': '4.7.0'}}, null, 2),
    );
    const npm = (...args: string[]) => sh('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], siteDir);
    npm('install');
    const before = await dirSize(path.join(siteDir, 'node_modules'));

    const packed = sh('npm', ['pack', '--workspace', 'docusaurus-plugin-error-catalog', '--pack-destination', work, '--json'], root);
    const tarball = path.join(work, (JSON.parse(packed.stdout) as {filename: string}[])[0]!.filename);
    const files = (JSON.parse(packed.stdout) as {files: {path: string}[]}[])[0]!.files.map((f) => f.path);
    expect(files).toContain('lib/index.js');
    expect(files.filter((f) => f.includes('__tests__') || f.includes('__fixtures__'))).toEqual([]);
    npm('install', tarball);
    const added = (await dirSize(path.join(siteDir, 'node_modules'))) - before;

    const bin = path.join(siteDir, 'node_modules/.bin');
    const init = sh(path.join(bin, 'error-catalog'), ['init'], siteDir);
    const pluginLine = /^ {2}(plugins: \[.*\],)$/m.exec(init.stdout)![1]!;
    const config = path.join(siteDir, 'docusaurus.config.ts');
    await fs.writeFile(config, (await fs.readFile(config, 'utf8')).replace('  presets:', `  ${pluginLine}\n  presets:`));
    const build = sh(path.join(bin, 'docusaurus'), ['build'], siteDir);
    const verify = sh(path.join(bin, 'error-catalog'), ['verify', 'catalog', '--build', 'build'], siteDir);
    expect(verify.stdout).toMatch(/1 code pages and every table match catalog in en/);
    console.log(
      `adoption: the plugin adds ${(added / 1024 / 1024).toFixed(0)} MB to node_modules (${(before / 1024 / 1024).toFixed(0)} MB before); ` +
        `first build ${build.seconds.toFixed(1)} s`,
    );
    await fs.rm(work, {recursive: true, force: true});
  }, 600_000);
});
