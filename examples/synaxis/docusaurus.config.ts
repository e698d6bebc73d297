import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// A second catalog with string codes and the OpenAI-style envelope, built by the tests.
const config: Config = {
  title: 'Synaxis',
  url: 'https://synaxis.example.dev',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  future: {v4: true},
  markdown: {mermaid: true},
  themes: ['@docusaurus/theme-mermaid'],
  presets: [['classic', {docs: false, blog: false} satisfies Preset.Options]],
  plugins: [['docusaurus-plugin-error-catalog', {path: 'catalog'}]],
  themeConfig: {
    prism: {additionalLanguages: ['bash', 'http']},
    navbar: {title: 'Synaxis', items: [{to: '/errors', label: 'Error reference', position: 'left'}]},
  },
};

export default config;
