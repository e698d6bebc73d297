import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  buildContent,
  CatalogError,
  createMarkdownRenderer,
  diagnosticAt,
  formatDiagnostic,
  readCatalog,
  type Catalog,
  type ErrorCatalogContent,
} from './model';
import type {PluginOptions} from './options';
import {createRoutes} from './routes';

export const pluginName = 'docusaurus-plugin-error-catalog';

/** The public URL of the route base must be where documentation_url points, or every emitted link breaks. */
function checkDocumentationUrl(catalog: Catalog, siteUrl: string, routeBase: string): void {
  const expected = `${siteUrl.replace(/\/+$/, '')}${routeBase}/`;
  const prefix = catalog.documentationUrl.replace(/\{(code|slug)\}$/, '');
  if (prefix !== expected) {
    throw new CatalogError([
      diagnosticAt(
        catalog.ref.source,
        ['documentation_url'],
        `points at ${prefix}…, but this site publishes the error pages at ${expected}… (site url + baseUrl + routeBasePath)`,
      ),
    ]);
  }
}

export default function pluginErrorCatalog(context: LoadContext, options: PluginOptions): Plugin<ErrorCatalogContent> {
  const catalogDir = path.resolve(context.siteDir, options.path);
  const routeBase = `${context.baseUrl.replace(/\/+$/, '')}/${options.routeBasePath}`;
  let lookupModule: string | undefined;

  return {
    name: pluginName,

    getThemePath() {
      return path.resolve(__dirname, './theme');
    },

    getTypeScriptThemePath() {
      return path.resolve(__dirname, '../src/theme');
    },

    getPathsToWatch() {
      return [`${catalogDir}/**/*.{yaml,yml,md}`];
    },

    async loadContent() {
      const {catalog, diagnostics} = await readCatalog(catalogDir);
      for (const d of diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
      if (!catalog) throw new CatalogError(diagnostics);
      checkDocumentationUrl(catalog, context.siteConfig.url, routeBase);
      return buildContent(catalog, routeBase, await createMarkdownRenderer());
    },

    async contentLoaded({content, actions}) {
      lookupModule = await createRoutes(content, actions);
      actions.setGlobalData({routeBase});
    },

    configureWebpack() {
      // The not-found page imports the code list on demand, so no other page ships it.
      return {resolve: {alias: {'@error-catalog/lookup': lookupModule!}}};
    },
  };
}

export {validateOptions} from './options';
export type {Options, PluginOptions} from './options';
export type * from './pageData';
