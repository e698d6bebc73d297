import type {Config} from '@docusaurus/types';

/**
 * The benchmark site, in one of three modes (BENCH_MODE):
 * - catalog: the error-catalog plugin on the catalog in BENCH_CATALOG;
 * - mdx: the same content as one generated MDX doc per code, in BENCH_DOCS and BENCH_I18N;
 * - empty: neither, the baseline the MDX site is measured against;
 * - empty-mermaid: neither, with the Mermaid theme the plugin's guide pages need and
 *   one page drawing a diagram (src/mermaid-page), so Mermaid is bundled as in the
 *   plugin's site: the plugin's baseline, so a fixed theme cost is not counted per page.
 */
const mode = process.env.BENCH_MODE ?? 'catalog';
const locales = ['en', 'es', 'fr', 'de', 'ja', 'zh'];

const config: Config = {
  title: 'Benchmark',
  url: process.env.BENCH_URL ?? 'https://bench.example.com',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  future: {v4: true},
  i18n: {
    defaultLocale: 'en',
    locales,
    ...(mode === 'mdx' ? {path: process.env.BENCH_I18N} : {}),
    // Explicit base URLs keep /ja/ even when a locale is built on its own (`--locale ja`), one process per locale.
    localeConfigs: Object.fromEntries(locales.map((l) => [l, {baseUrl: l === 'en' ? '/' : `/${l}/`}])),
  },
  presets: [
    [
      'classic',
      {
        docs: mode === 'mdx' ? {path: process.env.BENCH_DOCS, routeBasePath: 'errors', sidebarPath: false} : false,
        blog: false,
        ...(mode === 'empty-mermaid' ? {pages: {path: 'src/mermaid-page'}} : {}),
        // As the README advises for big catalogs: the debug plugin dumps all content on every edit in `docusaurus start`.
        debug: false,
      },
    ],
  ],
  plugins: mode === 'catalog' ? [['docusaurus-plugin-error-catalog', {path: process.env.BENCH_CATALOG ?? '../.output/catalog'}]] : [],
  // The plugin's guide pages draw recovery flows with Mermaid.
  themes: mode === 'catalog' || mode === 'empty-mermaid' ? ['@docusaurus/theme-mermaid'] : [],
  markdown: {mermaid: mode === 'catalog' || mode === 'empty-mermaid'},
  themeConfig: {navbar: {title: 'Benchmark', items: mode === 'catalog' ? [{type: 'search', position: 'right'}] : []}},
};

export default config;
