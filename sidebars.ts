import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guides: [
    'reading-error-pages',
    'finding-an-error',
    'authoring-the-catalog',
    'emitting-documentation-urls',
    'serving-errors-from-the-catalog',
    'seed-discrepancies',
    'benchmarks',
  ],
};

export default sidebars;
