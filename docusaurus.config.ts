import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as ErrorCatalogOptions} from 'docusaurus-plugin-error-catalog';

const config: Config = {
  title: 'LLM-CoPilot-Agent API',
  tagline: 'Error reference generated from the error catalog',
  url: 'https://docs.llm-copilot-agent.dev',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  future: {v4: true},
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    [
      'classic',
      {
        docs: {routeBasePath: 'docs', sidebarPath: './sidebars.ts'},
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],
  plugins: [['docusaurus-plugin-error-catalog', {path: 'catalog', routeBasePath: 'errors'} satisfies ErrorCatalogOptions]],
  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'LLM-CoPilot-Agent',
      items: [
        {to: '/errors', label: 'Error codes', position: 'left'},
        {type: 'docSidebar', sidebarId: 'guides', label: 'Guides', position: 'left'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Generated from catalog/ by docusaurus-plugin-error-catalog.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
