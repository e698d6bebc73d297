import type {Config} from '@docusaurus/types';

// The benchmark site: the plugin alone, on the catalog named by BENCH_CATALOG.
const config: Config = {
  title: 'Benchmark',
  url: 'https://bench.example.com',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  future: {v4: true},
  i18n: {defaultLocale: 'en', locales: ['en', 'es', 'fr', 'de', 'ja', 'zh']},
  presets: [['classic', {docs: false, blog: false}]],
  plugins: [['docusaurus-plugin-error-catalog', {path: process.env.BENCH_CATALOG ?? '../.output/catalog'}]],
  themeConfig: {navbar: {title: 'Benchmark', items: [{type: 'search', position: 'right'}]}},
};

export default config;
