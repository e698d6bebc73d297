import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import pluginErrorCatalog from '../index';
import {optionsSchema} from '../options';
import {fixture} from './helpers';

/** The plugin as `docusaurus start` holds it: one instance, whose content is loaded again after each edit. */
async function pluginOn(catalogDir: string, siteConfig: Record<string, unknown> = {}) {
  const localeConfig = {url: 'https://docs.example.com', baseUrl: '/'};
  const context = {
    siteDir: path.dirname(catalogDir),
    baseUrl: '/',
    outDir: path.join(os.tmpdir(), 'error-catalog-plugin-test'),
    siteConfig: {url: localeConfig.url, ...siteConfig},
    i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en'], localeConfigs: {en: localeConfig}},
  } as unknown as LoadContext;
  const options = optionsSchema.parse({path: path.basename(catalogDir), search: false});
  return pluginErrorCatalog(context, options);
}

describe('the plugin in docusaurus start', () => {
  it('loads once for a save reported twice, and again once a file has changed', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'plugin-reload-')), 'catalog');
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    const plugin = await pluginOn(dir);
    const first = await plugin.loadContent!();
    // The watcher's two events for one save start two loads at once; the second finds the same files.
    const [again, twice] = await Promise.all([plugin.loadContent!(), plugin.loadContent!()]);
    expect(again).toBe(first);
    expect(twice).toBe(first);

    const file = path.join(dir, 'catalog.yaml');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(/^(product:\n {2}name: )(.+)$/m, '$1Renamed'));
    const edited = await plugin.loadContent!();
    expect(edited).not.toBe(first);
    expect(edited.index.product).toBe('Renamed');

    // A catalog that reads well but does not fit the site fails each time it is loaded, not only the first.
    await fs.writeFile(file, text.replace('https://docs.example.com/', 'https://elsewhere.example.com/'));
    await expect(plugin.loadContent!()).rejects.toThrow(/documentation_url/);
    await expect(plugin.loadContent!()).rejects.toThrow(/documentation_url/);

    // A broken edit fails the load; the next good one loads again, even with the files of an earlier load.
    await fs.writeFile(file, `${text}\nunknown_field: 1\n`);
    await expect(plugin.loadContent!()).rejects.toThrow(/unknown field "unknown_field"/);
    await fs.writeFile(file, text);
    const restored = await plugin.loadContent!();
    expect(restored).not.toBe(edited);
    expect(restored.index.product).toBe(first.index.product);
  });
});

describe('a documentation_url that ends in .html', () => {
  it('needs a site that writes <slug>.html pages, and says which option makes it', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'plugin-html-')), 'catalog');
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    const file = path.join(dir, 'catalog.yaml');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(/^documentation_url: (.+)$/m, 'documentation_url: $1.html'));
    await expect((await pluginOn(dir)).loadContent!()).rejects.toThrow(/ends in \.html.*trailingSlash: false/);
    await expect((await pluginOn(dir, {trailingSlash: true})).loadContent!()).rejects.toThrow(/trailingSlash: false/);
    const loaded = await (await pluginOn(dir, {trailingSlash: false})).loadContent!();
    expect(loaded.index.product).toBeTruthy();
  });
});

describe('the plugin in a site without Mermaid', () => {
  const guide = [
    '---',
    'title: Slow down',
    'summary: Wait, then retry.',
    'symptoms: [Slow down]',
    'codes: [102]',
    'flow:',
    '  start: wait',
    '  steps:',
    '    wait: {do: Wait Retry-After seconds, next: done}',
    '    done: {end: Send it again}',
    '---',
    '',
    'Body.',
    '',
  ].join('\n');

  it('loads a catalog whose guides draw no flow, and refuses a flow, saying what the site config needs', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'plugin-mermaid-')), 'catalog');
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    await expect((await pluginOn(dir)).loadContent!()).resolves.toBeDefined();
    await fs.mkdir(path.join(dir, 'guides'), {recursive: true});
    await fs.writeFile(path.join(dir, 'guides', 'slow-down.md'), guide);
    await expect((await pluginOn(dir)).loadContent!()).rejects.toThrow(
      /catalog\/guides\/slow-down\.md:7:3 error flow: this guide's flow is drawn with Mermaid, which this site does not load: install @docusaurus\/theme-mermaid/,
    );
    const withMermaid = {markdown: {mermaid: true}, themes: ['@docusaurus/theme-mermaid']};
    await expect((await pluginOn(dir, withMermaid)).loadContent!()).resolves.toBeDefined();
  });
});
