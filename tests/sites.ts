/** The sites the tests build, and where their output goes. */
import {spawnSync} from 'node:child_process';
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {loadCatalog, overHttp, type HttpCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';

export const root = path.resolve(__dirname, '..');
export const outputRoot = path.join(root, 'tests/.output');

export const sites = {
  demo: {siteDir: root, catalog: path.join(root, 'catalog'), outDir: path.join(outputRoot, 'demo')},
  synaxis: {
    siteDir: path.join(root, 'examples/synaxis'),
    catalog: path.join(root, 'examples/synaxis/catalog'),
    outDir: path.join(outputRoot, 'synaxis'),
  },
  minimal: {
    siteDir: path.join(root, 'tests/fixtures/minimal-site'),
    catalog: path.join(root, 'plugins/docusaurus-plugin-error-catalog/src/__tests__/__fixtures__/minimal'),
    outDir: path.join(outputRoot, 'minimal'),
  },
  programs: {
    siteDir: path.join(root, 'tests/fixtures/programs-site'),
    catalog: path.join(root, 'tests/fixtures/programs-site/catalog'),
    outDir: path.join(outputRoot, 'programs'),
  },
  bare: {
    siteDir: path.join(root, 'tests/fixtures/bare-site'),
    catalog: path.join(root, 'tests/fixtures/bare-site/catalog'),
    outDir: path.join(outputRoot, 'bare'),
  },
  gateway: {
    siteDir: path.join(root, 'tests/fixtures/gateway-site'),
    catalog: path.join(root, 'tests/fixtures/gateway-site/catalog'),
    outDir: path.join(outputRoot, 'gateway'),
  },
  database: {
    siteDir: path.join(root, 'tests/fixtures/database-site'),
    catalog: path.join(root, 'tests/fixtures/database-site/catalog'),
    outDir: path.join(outputRoot, 'database'),
  },
  rpc: {
    siteDir: path.join(root, 'tests/fixtures/rpc-site'),
    catalog: path.join(root, 'tests/fixtures/rpc-site/catalog'),
    outDir: path.join(outputRoot, 'rpc'),
  },
  hostile: {
    siteDir: path.join(root, 'tests/fixtures/hostile-site'),
    catalog: path.join(outputRoot, 'hostile-catalog'),
    outDir: path.join(outputRoot, 'hostile'),
  },
} as const;

/** A synthetic catalog of 2,000 codes, built in one locale on the benchmark site: what a big catalog gets. */
export const scaledSite = {
  codes: 2000,
  siteDir: path.join(root, 'bench/site'),
  catalog: path.join(outputRoot, 'scaled-catalog'),
  outDir: path.join(outputRoot, 'scaled'),
};

type Site = (typeof sites)[keyof typeof sites];

/** A fixture catalog whose codes are sent over HTTP, for tests of what only such catalogs have. */
export async function loadHttpCatalog(dir: string): Promise<HttpCatalog> {
  const catalog = await loadCatalog(dir);
  if (!overHttp(catalog)) throw new Error(`${dir} declares no envelope`);
  return catalog;
}

/** The locales a site was built for, and where each one's error index is. */
export function builtLocales(site: Site, catalogLocales: string[]): {locale: string; routeBase: string}[] {
  const [source, ...others] = catalogLocales;
  return [
    {locale: source!, routeBase: '/errors'},
    ...others.filter((l) => existsSync(path.join(site.outDir, l, 'errors'))).map((locale) => ({locale, routeBase: `/${locale}/errors`})),
  ];
}

export function docusaurusBuild(siteDir: string, outDir: string, extraArgs: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', siteDir, '--out-dir', outDir, ...extraArgs],
    {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, ...env, FORCE_COLOR: '0'},
    },
  );
}

/** A site as a team has one before adopting the plugin: the classic preset and a home page, nothing else. */
export async function writeExistingSite(siteDir: string, trailingSlash?: boolean): Promise<void> {
  await fs.rm(siteDir, {recursive: true, force: true});
  await fs.mkdir(path.join(siteDir, 'src/pages'), {recursive: true});
  await fs.writeFile(
    path.join(siteDir, 'docusaurus.config.ts'),
    `import type {Config} from '@docusaurus/types';

const config: Config = {
  title: 'My Site',
  url: 'https://my.example.com',
  baseUrl: '/',
  future: {v4: true},${trailingSlash === undefined ? '' : `\n  trailingSlash: ${trailingSlash},`}
  presets: [['classic', {docs: false, blog: false}]],
};

export default config;
`,
  );
  await fs.writeFile(path.join(siteDir, 'src/pages/index.tsx'), 'export default function Home() {\n  return <p>Home</p>;\n}\n');
}
