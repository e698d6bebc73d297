/**
 * Adopting the plugin in an existing site: `error-catalog init` writes a starter catalog and prints the config line;
 * with that line added, the site builds and `verify` passes, whatever the site's trailingSlash.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {formatMismatch, verifySite} from '../plugins/docusaurus-plugin-error-catalog/src/verify';
import {docusaurusBuild, outputRoot, root, writeExistingSite} from './sites';

const cli = path.join(root, 'plugins/docusaurus-plugin-error-catalog/bin/error-catalog.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8'});

async function existingSite(name: string, trailingSlash: boolean | undefined): Promise<string> {
  const siteDir = path.join(outputRoot, name);
  await writeExistingSite(siteDir, trailingSlash);
  return siteDir;
}

describe('error-catalog init in an existing site', () => {
  it.each([
    ['unset', undefined],
    ['true', true],
    ['false', false],
  ])('gives a first build that passes verify, with trailingSlash %s', async (mode, trailingSlash) => {
    const siteDir = await existingSite(`init-site-${mode}`, trailingSlash);
    const init = run('init', siteDir);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    const pluginLine = /^ {2}(plugins: \[.*\],)$/m.exec(init.stdout)?.[1];
    expect(pluginLine).toBeDefined();
    const catalogFile = await fs.readFile(path.join(siteDir, 'catalog/catalog.yaml'), 'utf8');
    // The schema comment gives editors completion: it names a schema that exists.
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(catalogFile)![1]!;
    expect(existsSync(path.resolve(siteDir, 'catalog', schema))).toBe(true);
    expect(catalogFile).toContain('documentation_url: https://my.example.com/errors/{code}');
    expect(run('check', path.join(siteDir, 'catalog')).status).toBe(0);

    const config = path.join(siteDir, 'docusaurus.config.ts');
    await fs.writeFile(config, (await fs.readFile(config, 'utf8')).replace('  presets:', `  ${pluginLine}\n  presets:`));
    const outDir = path.join(siteDir, 'build');
    const build = docusaurusBuild(siteDir, outDir);
    expect(build.status, build.stderr).toBe(0);
    const mismatches = await verifySite(await loadCatalog(path.join(siteDir, 'catalog')), outDir, {routeBase: '/errors'});
    expect(mismatches.map(formatMismatch)).toEqual([]);

    // A second run writes nothing over the catalog.
    const again = run('init', siteDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists and is not empty/);
  });
});
