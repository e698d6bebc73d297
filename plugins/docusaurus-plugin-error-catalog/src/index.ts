import {promises as fs} from 'node:fs';
import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  buildContent,
  CatalogError,
  createMarkdownRenderer,
  forgetMessages,
  diagnosticAt,
  formatDiagnostic,
  readSettledCatalog,
  SourceCache,
  type Catalog,
  type ErrorCatalogContent,
  type MarkdownRenderer,
  themeLabels,
} from './model';
import type {PluginOptions} from './options';
import {codeColorsCss} from './codeColors';
import {codePageDataModule, codePageFiles, emitCodePageFiles, type CodePageFiles} from './codePageData';
import type {ErrorCatalogGlobalData} from './pageData';
import {checkFlowsDrawable, siteDrawsMermaid} from './mermaid';
import {outputFiles} from './outputs';
import {stated} from './model/stated';
import {pageLinker} from './pageLinks';
import {createRoutes, unknownCodeFile, unknownCodePage} from './routes';
import {indexSearch} from './search';

export const pluginName = 'docusaurus-plugin-error-catalog';

/**
 * The public URL of the route base must be where documentation_url points, or every emitted link breaks; a `.html`
 * suffix needs the site to write each page as `<slug>.html`, which it does with `trailingSlash: false`.
 */
function checkDocumentationUrl(catalog: Catalog, siteUrl: string, publicRouteBase: string, trailingSlash: boolean | undefined): void {
  if (catalog.documentationUrl === undefined) return;
  const expected = `${siteUrl.replace(/\/+$/, '')}${publicRouteBase}/`;
  const prefix = catalog.documentationUrl.replace(/\{(code|slug)\}(\.html)?$/, '');
  const problems = [
    ...(prefix === expected
      ? []
      : [`points at ${prefix}…, but this site publishes the error pages at ${expected}… (site url + baseUrl + routeBasePath)`]),
    ...(catalog.documentationUrl.endsWith('.html') && trailingSlash !== false
      ? [
          'ends in .html, but this site writes each page as <slug>/index.html: set trailingSlash: false in docusaurus.config so it writes <slug>.html',
        ]
      : []),
  ];
  if (problems.length > 0)
    throw new CatalogError(problems.map((problem) => diagnosticAt(catalog.ref.source, ['documentation_url'], problem)));
}

const joinBase = (baseUrl: string, routeBasePath: string) => `${baseUrl.replace(/\/+$/, '')}/${routeBasePath}`;

export default function pluginErrorCatalog(context: LoadContext, options: PluginOptions): Plugin<ErrorCatalogContent> {
  const catalogDir = path.resolve(context.siteDir, options.path);
  // context.baseUrl carries the locale prefix (/ja/); the published documentation_url does not.
  const routeBase = joinBase(context.baseUrl, options.routeBasePath);
  const locale = context.i18n.currentLocale;
  const drawsMermaid = siteDrawsMermaid(context.siteConfig);
  const pageLinks = pageLinker(options, context.siteDir);
  let lookupDir: string | undefined;
  // Route paths that Docusaurus renders although no page is there; postBuild removes their files.
  let strayPaths: string[] = [];
  let codeColorsFile: string | undefined;
  let codePages: {files: CodePageFiles; browserModule: string; serverModule: string} | undefined;
  // What postBuild needs to publish the files beside the pages; `docusaurus start` never builds them.
  let loaded: {catalog: Catalog; md: MarkdownRenderer; siteUrl: string; content: ErrorCatalogContent} | undefined;
  // Kept across the reloads of `docusaurus start`, which reads the whole catalog again after each edit.
  const sources = new SourceCache();
  let markdown: Promise<MarkdownRenderer> | undefined;
  // One load at a time: a save that the watcher reports twice starts two, and the second finds nothing changed.
  let previousLoad: Promise<unknown> = Promise.resolve();

  async function load(): Promise<ErrorCatalogContent> {
    const {catalog, diagnostics} = await readSettledCatalog(catalogDir, sources);
    for (const d of diagnostics.filter((x) => x.severity === 'warning')) logger.warn(formatDiagnostic(d));
    if (!catalog) throw new CatalogError(diagnostics);
    if (loaded && sources.unchanged) return loaded.content;
    // The API emits one URL per code: the default locale's, whichever locale is being built.
    const published = context.i18n.localeConfigs[context.i18n.defaultLocale]!;
    checkDocumentationUrl(catalog, published.url, joinBase(published.baseUrl, options.routeBasePath), context.siteConfig.trailingSlash);
    checkFlowsDrawable(catalog, drawsMermaid);
    if (!catalog.locales.includes(locale)) {
      logger.warn(
        `The error catalog has no ${locale} translations (its locales: ${catalog.locales.join(', ')}); pages show ${catalog.locales[0]}.`,
      );
    }
    const md = await (markdown ??= createMarkdownRenderer());
    const siteUrl = context.i18n.localeConfigs[locale]?.url ?? context.siteConfig.url;
    const {codesPerPage} = options;
    const content = buildContent(catalog, {routeBase, locale, siteUrl, codesPerPage, pageLinks}, md);
    loaded = {catalog, md, siteUrl, content};
    // Only `docusaurus start` reloads the catalog; a build frees the memory for bundling and rendering.
    if (process.env.NODE_ENV === 'production') forgetMessages();
    return content;
  }

  return {
    name: pluginName,

    getThemePath() {
      return path.resolve(__dirname, './theme');
    },

    getTypeScriptThemePath() {
      return path.resolve(__dirname, '../src/theme');
    },

    getPathsToWatch() {
      return [`${catalogDir}/**/*.{yaml,yml,md,json}`];
    },

    getDefaultCodeTranslationMessages() {
      return themeLabels(locale);
    },

    loadContent() {
      const current = previousLoad.then(load);
      // After a failed load there is nothing to reuse: the next load of the same files must fail the same way.
      previousLoad = current.catch(() => void (loaded = undefined));
      return current;
    },

    async contentLoaded({content, actions}) {
      const files = codePageFiles(content.codes, context.baseUrl);
      const unknownCode = unknownCodePage(content, context.siteConfig.trailingSlash);
      if ('takenBy' in unknownCode) {
        logger.warn(
          `No ${unknownCodeFile} for unknown codes under ${routeBase}: the page of code ${unknownCode.takenBy} has that file. Hosts serve the site's /404.html instead.`,
        );
      }
      // Written together with the routes' modules, so the bundler compiles once for them all.
      const [routes, browserModule, serverModule] = await Promise.all([
        createRoutes(content, actions, 'path' in unknownCode ? unknownCode.path : undefined),
        actions.createData('code-pages/browser.js', codePageDataModule(files)),
        actions.createData('code-pages/server.js', codePageDataModule(files, context.outDir)),
      ]);
      lookupDir = routes.lookupDir;
      strayPaths = routes.strayPaths;
      codePages = {files, browserModule, serverModule};
      // theme-classic has filled in its defaults by now: a site without Prism themes gets Docusaurus's.
      const {prism} = context.siteConfig.themeConfig as {prism: Parameters<typeof codeColorsCss>[0]};
      codeColorsFile = await actions.createData('code-colors.module.css', codeColorsCss(prism));
      actions.setGlobalData({
        routeBase,
        sourceLocale: content.bundles[0]!.sourceLocale,
        nav: content.nav,
        ...stated('transport', content.transport),
        ...('path' in unknownCode ? {unknownCodePath: unknownCode.path} : {}),
      } satisfies ErrorCatalogGlobalData);
    },

    configureWebpack(_config, isServer) {
      const side = isServer ? 'server' : 'client';
      return {
        resolve: {
          alias: {
            // The matcher and the not-found page import its data on demand, so no other page ships it.
            '@error-catalog/lookup': lookupDir!,
            '@error-catalog/code-colors.module.css': codeColorsFile!,
            '@error-catalog/code-pages': isServer ? codePages!.serverModule : codePages!.browserModule,
            '@error-catalog/code-page-data': path.resolve(__dirname, `theme/ErrorCodePage/data.${side}.js`),
            '@error-catalog/mermaid': drawsMermaid ? '@theme/Mermaid' : path.resolve(__dirname, 'theme/ErrorCatalog/MermaidUnavailable.js'),
          },
        },
        // Only the browser build emits the code pages' data; static rendering, which runs after it, reads it there.
        ...(!isServer && {plugins: [emitCodePageFiles(() => codePages!.files)]}),
      };
    },

    async postBuild({outDir, content}) {
      const {catalog, md, siteUrl} = loaded!;
      const files = outputFiles(catalog, content, md, {
        routeBasePath: options.routeBasePath,
        siteUrl,
        baseUrl: context.baseUrl,
        trailingSlash: context.siteConfig.trailingSlash,
      });
      const write = async (batch: typeof files) => {
        const dirs = new Set(batch.map((file) => path.dirname(path.join(outDir, file.path))));
        await Promise.all([...dirs].map((dir) => fs.mkdir(dir, {recursive: true})));
        // Tens of thousands of small files at 10,000 codes: a few writes in flight at a time, not one.
        const queue = [...batch];
        const writer = async () => {
          for (let file = queue.pop(); file; file = queue.pop()) await fs.writeFile(path.join(outDir, file.path), file.content);
        };
        await Promise.all(Array.from({length: 16}, writer));
      };
      // The alias redirects are HTML pages, several per code: Pagefind would read and parse each one only to skip it.
      const redirects = files.filter((file) => file.path.endsWith('.html'));
      const data = files.filter((file) => !file.path.endsWith('.html'));
      const index = async () => {
        const start = performance.now();
        const {pages} = await indexSearch({
          outDir,
          // The default locale builds at the root, beside the other locales' directories.
          otherLocaleDirs: context.i18n.locales.filter((l) => l !== locale),
          afterRead: () => write(redirects),
        });
        logger.info(`[${locale}] Search index: ${pages} pages in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      };
      // Hosts answer those URLs with their 404 page (the unknown-code page), not with a "not found" page and status 200.
      await Promise.all(
        strayPaths.map((p) => removeRenderedPage(outDir, p.slice(context.baseUrl.length - 1), context.siteConfig.trailingSlash)),
      );
      // The indexer runs in its own process: the other files are written meanwhile.
      await Promise.all([options.search ? index() : write(redirects), write(data)]);
    },
  };
}

/** Deletes the file Docusaurus rendered for a route path (relative to the base URL), and the directories it made for it. */
async function removeRenderedPage(outDir: string, routePath: string, trailingSlash: boolean | undefined): Promise<void> {
  const file = path.join(outDir, trailingSlash === false ? `${routePath}.html` : path.join(routePath, 'index.html'));
  await fs.rm(file, {force: true});
  // A pattern such as `:slug(1[^/]*)` holds a slash: its file sits in a directory of its own.
  for (let dir = path.dirname(file); dir.length > outDir.length; dir = path.dirname(dir)) {
    if ((await fs.readdir(dir).catch(() => ['?'])).length > 0) break;
    await fs.rmdir(dir);
  }
}

export {validateOptions} from './options';
export {default as getSwizzleConfig} from './swizzleConfig';
export type {EditUrlFunction, EditUrlParams, Options, PluginOptions} from './options';
export type * from './pageData';
