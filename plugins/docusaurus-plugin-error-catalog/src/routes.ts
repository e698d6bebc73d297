/**
 * One route per page, nested under the route base: the other pages by section,
 * code pages by slug prefix. React Router tries routes one by one, so a flat
 * list of 10,000 code routes made matching the main cost of rendering every
 * page. Each page has its own data module, except code pages, whose data
 * travels as files (codePageData.ts).
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import type {ErrorCatalogContent} from './model';
import type {PaginationData} from './pageData';

type Actions = Pick<PluginContentLoadedActions, 'createData' | 'addRoute'>;

/** Data-module file names are derived from URL paths, so they are stable and unique. */
function dataFileName(permalink: string): string {
  return `${permalink.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9_-]+/g, '_') || 'root'}.js`;
}

/**
 * Page data as a JavaScript module holding one string literal. The bundler keeps
 * a JSON module as a tree of every value (about 70 times its size in memory, so
 * 10,000 pages took gigabytes); a string literal stays a string, and JSON.parse
 * is also the fastest way for a browser to read it.
 */
export const dataModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;

/** A page route; every page component but the code page's receives its data as the `page` prop. */
export interface PageRoute {
  route: {path: string; component: string; exact: boolean};
  data: unknown;
}

const page = (path: string, component: string, data: unknown): PageRoute => ({route: {path, component, exact: true}, data});

/** The URL of one page of a paginated list. */
const currentPage = (pagination: PaginationData) => pagination.permalinks[pagination.page - 1]!;

export function buildRouteConfigs(content: ErrorCatalogContent): PageRoute[] {
  return [
    page(content.index.permalink, '@theme/ErrorIndexPage', content.index),
    ...content.codes.map((data) => page(data.permalink, '@theme/ErrorCodePage', data)),
    ...content.categories.map((data) => page(currentPage(data.pagination), '@theme/ErrorCategoryPage', data)),
    page(content.translations.permalink, '@theme/ErrorTranslationStatusPage', content.translations),
    ...content.statuses.map((data) => page(currentPage(data.pagination), '@theme/ErrorStatusPage', data)),
    page(content.guidesIndex.permalink, '@theme/ErrorGuidesPage', content.guidesIndex),
    ...content.guides.map((data) => page(data.permalink, '@theme/ErrorGuidePage', data)),
    ...content.prosePages.map((data) => page(data.permalink, '@theme/ErrorProsePage', data)),
    ...(content.statusReference
      ? [page(content.statusReference.permalink, '@theme/ErrorStatusReferencePage', content.statusReference)]
      : []),
    page(content.retries.permalink, '@theme/ErrorRetriesPage', content.retries),
    ...content.quickReference.map((data) => page(currentPage(data.pagination), '@theme/ErrorQuickReferencePage', data)),
    ...(content.clientHandling ? [page(content.clientHandling.permalink, '@theme/ErrorClientHandlingPage', content.clientHandling)] : []),
    ...(content.tagsIndex ? [page(content.tagsIndex.permalink, '@theme/ErrorTagsPage', content.tagsIndex)] : []),
    ...content.tags.map((data) => page(currentPage(data.pagination), '@theme/ErrorTagPage', data)),
  ];
}

/** Routes by key, in the order of each key's first route. */
function groupBy(routes: RouteConfig[], keyOf: (route: RouteConfig) => string): Map<string, RouteConfig[]> {
  const groups = new Map<string, RouteConfig[]>();
  for (const route of routes) {
    const key = keyOf(route);
    const group = groups.get(key);
    if (group) group.push(route);
    else groups.set(key, [route]);
  }
  return groups;
}

/** Routes that render their matching child. */
const groupComponent = '@theme/ErrorCatalogRoutes';

/**
 * The last child of a group: the not-found page, for a URL the group's other routes do not name. It is a group of its
 * own, tried after its siblings (a leaf would be sorted before them), and a route, so Docusaurus loads the page before
 * it hydrates what a static host serves for an unknown URL (404.html).
 */
export const notFoundRoute = (path: string): RouteConfig => ({
  path,
  exact: false,
  component: groupComponent,
  priority: -1,
  routes: [{path, exact: false, component: '@theme/NotFound'}],
});

/** The page static hosts serve for an unknown URL under the route base; Cloudflare Pages and others look for it there. */
export const unknownCodeFile = '404.html';

/**
 * The path of the unknown-code page, or the code whose page or alias already has that file (with `trailingSlash:
 * false`, code 404's page is `404.html`).
 */
export function unknownCodePage(
  content: Pick<ErrorCatalogContent, 'index' | 'codes' | 'redirects'>,
  trailingSlash: boolean | undefined,
): {path: string} | {takenBy: string} {
  const base = content.index.permalink;
  const fileOf = (segment: string) => (trailingSlash === false ? `${segment}.html` : segment);
  const taken = new Map<string, string>([
    ...content.codes.map((c): [string, string] => [c.permalink.slice(base.length + 1), String(c.code)]),
    ...content.redirects.map((r): [string, string] => [r.from, r.to.slice(base.length + 1)]),
  ]);
  for (const [segment, code] of taken) {
    if (fileOf(segment) === unknownCodeFile || segment === unknownCodeFile) return {takenBy: code};
  }
  return {path: `${base}/${unknownCodeFile}`};
}

/**
 * The pages other than codes grouped by their first segment below the base (categories, status, guides, tags), so a
 * code's URL passes one route per section before the code groups, not one per list page and guide: at 10,000 codes
 * that was some 370 routes, tried three times for every page rendered.
 */
export function groupSectionRoutes(routes: RouteConfig[], base: string): RouteConfig[] {
  const sections = groupBy(routes, (route) => route.path.slice(base.length + 1).split('/')[0]!);
  return [...sections].flatMap(([section, group]): RouteConfig[] =>
    section === '' || group.length === 1
      ? group
      : // Docusaurus sorts sibling groups by priority, then by path, where `/errors/:slug(c[^/]*)` comes before
        // `/errors/categories`: without the priority, a code group would take every category page.
        [
          {
            path: `${base}/${section}`,
            exact: false,
            component: groupComponent,
            routes: [...group, notFoundRoute(`${base}/${section}`)],
            priority: sectionPriority,
          },
        ],
  );
}

/** Section groups are tried before code groups, whatever the codes are called. */
const sectionPriority = 1;

/** At most this many sibling routes before code routes are grouped by a longer slug prefix. */
export const maxSiblingRoutes = 32;

/**
 * Code routes grouped by slug prefix: a group of codes whose slugs start with
 * "10" becomes a route `<base>/:slug(10[^/]*)` holding them, split again while
 * it has too many. Matching a URL then tries a few dozen routes per level.
 */
export function groupCodeRoutes(routes: RouteConfig[], base: string, prefix = ''): RouteConfig[] {
  if (routes.length <= maxSiblingRoutes) return routes;
  const groups = groupBy(routes, (route) => route.path.slice(base.length + 1).charAt(prefix.length));
  return [...groups].flatMap(([next, group]): RouteConfig[] =>
    next === '' || group.length === 1
      ? group
      : [
          {
            path: `${base}/:slug(${prefix}${next}[^/]*)`,
            exact: false,
            component: groupComponent,
            routes: [...groupCodeRoutes(group, base, prefix + next), notFoundRoute(`${base}/:slug(${prefix}${next}[^/]*)`)],
          },
        ],
  );
}

/** Every route under the base: sections, then codes, then the not-found page for any other URL. */
export function routeTree(base: string, sectionRoutes: RouteConfig[], codeRoutes: RouteConfig[], unknownCodePath?: string): RouteConfig {
  return {
    path: base,
    exact: false,
    component: groupComponent,
    routes: [
      // Before the code groups, one of which may take `404.html` as a slug.
      ...(unknownCodePath ? [{path: unknownCodePath, exact: true, component: '@theme/NotFound', priority: sectionPriority + 1}] : []),
      ...groupSectionRoutes(sectionRoutes, base),
      ...groupCodeRoutes(codeRoutes, base),
      notFoundRoute(base),
    ],
  };
}

/**
 * The paths where only the not-found page answers (a code group's pattern, a section without a page of its own).
 * Docusaurus renders every route's path, so the build has a file for each: a page at a URL that is no page.
 */
export function strayNotFoundPaths(tree: RouteConfig, unknownCodePath?: string): string[] {
  const leaves = (route: RouteConfig): RouteConfig[] => (route.routes ? route.routes.flatMap(leaves) : [route]);
  const all = leaves(tree);
  const pages = new Set(all.filter((r) => r.component !== '@theme/NotFound').map((r) => r.path));
  const stray = all.filter((r) => r.component === '@theme/NotFound' && r.path !== unknownCodePath && !pages.has(r.path));
  return [...new Set(stray.map((r) => r.path))];
}

/**
 * Adds every route and writes the data modules; returns the directory of the matcher's. The modules are written in
 * one go: in `docusaurus start`, the bundler compiles once for a batch of files that change within a few milliseconds,
 * and once more for each file changed later.
 */
export async function createRoutes(
  content: ErrorCatalogContent,
  actions: Actions,
  unknownCodePath?: string,
): Promise<{lookupDir: string; strayPaths: string[]}> {
  const codePaths = new Set(content.codes.map((c) => c.permalink));
  const pageRoutes = buildRouteConfigs(content);
  const {manifest, keyShards, codeShards, guideShards, vocabShards, postingShards} = content.lookupShards;
  const shardFiles = (prefix: string, shards: unknown[]) => shards.map((shard, n): [string, unknown] => [`${prefix}-${n}.js`, shard]);
  const lookupFiles = new Map<string, unknown>([
    ['manifest.js', manifest],
    ['names.js', content.names],
    ...shardFiles('keys', keyShards),
    ...shardFiles('codes', codeShards),
    ...shardFiles('guides', guideShards),
    ...shardFiles('vocab', vocabShards),
    ...shardFiles('postings', postingShards),
  ]);
  const [routes, lookupModules] = await Promise.all([
    Promise.all(
      pageRoutes
        .filter(({route}) => !codePaths.has(route.path))
        .map(async ({route, data}) => {
          const module = await actions.createData(dataFileName(route.path), dataModule(data));
          return {...route, modules: {page: module}};
        }),
    ),
    Promise.all([...lookupFiles].map(([name, data]) => actions.createData(`lookup/${name}`, dataModule(data)))),
  ]);
  const base = content.index.permalink;
  const codeRoutes = pageRoutes.filter(({route}) => codePaths.has(route.path)).map(({route}) => route);
  const tree = routeTree(base, routes, codeRoutes, unknownCodePath);
  actions.addRoute(tree);
  const lookupDir = path.dirname(lookupModules[0]!);
  await Promise.all([
    // Pages gone since the last run (a removed code, a smaller catalog) leave their data modules behind: 80,000 left
    // by a big catalog made each edit in `docusaurus start` take seconds longer to show.
    removeFilesExcept(path.dirname(routes[0]!.modules.page), new Set(routes.map((r) => path.basename(r.modules.page)))),
    // The browser imports shards by number, so the bundler takes every file there: a larger catalog's leftovers must go.
    removeFilesExcept(lookupDir, new Set(lookupFiles.keys())),
  ]);
  return {lookupDir, strayPaths: strayNotFoundPaths(tree, unknownCodePath)};
}

/** Deletes the data modules (.js) directly in `dir` that this run did not write; Docusaurus keeps its __plugin.json there. */
async function removeFilesExcept(dir: string, written: Set<string>): Promise<void> {
  const entries = await fs.readdir(dir, {withFileTypes: true}).catch(() => []);
  const stale = entries.filter((e) => e.isFile() && e.name.endsWith('.js') && !written.has(e.name));
  await Promise.all(stale.map((e) => fs.rm(path.join(dir, e.name))));
}
