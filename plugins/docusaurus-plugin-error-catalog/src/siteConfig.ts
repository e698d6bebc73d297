/** The Docusaurus config of a site, read with Docusaurus's own loader, so TypeScript configs work too. */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {DocusaurusConfig} from '@docusaurus/types';

/** Docusaurus's config file names, in the order it tries them. */
const configFiles = [
  'docusaurus.config.ts',
  'docusaurus.config.mts',
  'docusaurus.config.js',
  'docusaurus.config.mjs',
  'docusaurus.config.cjs',
];

/** The site's config, or undefined where `siteDir` has no Docusaurus config file. */
export async function readSiteConfig(siteDir: string): Promise<DocusaurusConfig | undefined> {
  const dir = path.resolve(siteDir);
  if (!configFiles.some((file) => existsSync(path.join(dir, file)))) return undefined;
  const {loadSiteConfig} = (await import('@docusaurus/core/lib/server/config.js')) as {
    loadSiteConfig: (options: {siteDir: string}) => Promise<{siteConfig: DocusaurusConfig}>;
  };
  return (await loadSiteConfig({siteDir: dir})).siteConfig;
}
