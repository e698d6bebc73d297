import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as ErrorCatalogOptions} from 'docusaurus-plugin-error-catalog';
import remarkErrorCodes from 'docusaurus-plugin-error-catalog/remark';
import {themes} from 'prism-react-renderer';

const config: Config = {
  title: 'LLM-CoPilot-Agent API',
  tagline: 'Error reference generated from the error catalog',
  url: 'https://docs.llm-copilot-agent.dev',
  favicon: 'img/favicon.svg',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {mermaid: true, hooks: {onBrokenMarkdownLinks: 'throw'}},
  // The plugin draws recovery flows with Mermaid.
  themes: ['@docusaurus/theme-mermaid'],
  future: {v4: true},
  // Build one locale for quick work: npm run build -- --locale ja
  i18n: {defaultLocale: 'en', locales: ['en', 'es', 'fr', 'de', 'ja', 'zh']},
  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // `2002`, `EXPIRED_TOKEN` and :error[2002] in the guides link to the code's page.
          remarkPlugins: [[remarkErrorCodes, {catalog: 'catalog', routeBasePath: 'errors'}]],
        },
        blog: false,
        // The debug plugin rewrites a dump of all plugin content on every edit in `npm start`: slow with a big catalog.
        debug: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [['docusaurus-plugin-error-catalog', {path: 'catalog', routeBasePath: 'errors'} satisfies ErrorCatalogOptions]],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // The error pages' code samples take their colours from these themes too.
    prism: {theme: themes.vsLight, darkTheme: themes.palenight, additionalLanguages: ['bash', 'http']},
    navbar: {
      title: 'LLM-CoPilot-Agent',
      // The API's error reference is the product; the plugin's own documentation sits apart, on the right.
      items: [
        {to: '/errors', label: 'Errors', position: 'left', activeBaseRegex: '^/([a-z]{2}/)?errors'},
        {type: 'docSidebar', sidebarId: 'guides', label: 'About this site', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Error reference',
          items: [
            {label: 'All error codes', to: '/errors'},
            {label: 'Troubleshooting guides', to: '/errors/guides'},
            {label: 'HTTP statuses', to: '/errors/guides/http-statuses'},
          ],
        },
        {
          title: 'About this site',
          items: [
            {label: 'Reading an error page', to: '/docs/reading-error-pages'},
            {label: 'Translation status', to: '/errors/translations'},
          ],
        },
      ],
      copyright: 'Generated from catalog/ by docusaurus-plugin-error-catalog.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
