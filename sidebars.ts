import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guides: ['reading-error-pages', 'authoring-the-catalog', 'emitting-documentation-urls', 'seed-discrepancies'],
};

export default sidebars;
