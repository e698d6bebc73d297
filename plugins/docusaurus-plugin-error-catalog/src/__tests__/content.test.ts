import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {buildContent, createMarkdownRenderer, exampleBody, loadCatalog, resolveEnvelope, type Catalog, type EnvelopePreset} from '../model';
import {matchPath} from 'react-router';
import {sortRoutes} from '@docusaurus/core/lib/server/plugins/routeConfig';
import {
  buildRouteConfigs,
  createRoutes,
  groupCodeRoutes,
  groupSectionRoutes,
  maxSiblingRoutes,
  notFoundRoute,
  routeTree,
  unknownCodePage,
} from '../routes';
import {demoCatalog, fixture, synaxisCatalog} from './helpers';

async function minimalContent() {
  const catalog = await loadCatalog(fixture('minimal'));
  return {
    catalog,
    content: buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer()),
  };
}

describe('buildContent', () => {
  it('renders Markdown on the server and drops raw HTML from catalog fields', async () => {
    const {content} = await minimalContent();
    const missing = content.codes.find((c) => c.code === 101)!;
    // The <script> tags are dropped; only their inert text remains.
    expect(missing.descriptionHtml).toEqual({value: '<p>The thing is gone. alert(1)</p>'});
    const slow = content.codes.find((c) => c.code === 102)!;
    expect(slow.resolutionHtml).toEqual({value: ['Wait <code>Retry-After</code> seconds.']});
    expect(content.categories[0]!.category.descriptionHtml).toEqual({value: '<p>Errors caused by the <strong>request</strong>.</p>'});
  });

  it('fills example messages with ICU, plural forms included', async () => {
    const {content} = await minimalContent();
    expect(content.codes.find((c) => c.code === 100)!.exampleMessage).toEqual({value: 'Field email is invalid'});
    expect(content.codes.find((c) => c.code === 102)!.exampleMessage).toEqual({value: 'Retry in 30 seconds'});
  });

  it('shows sanitized codes twice: production without details, development with them', async () => {
    const {content} = await minimalContent();
    const examples = content.codes.find((c) => c.code === 101)!.examples;
    expect(examples.map((e) => e.mode)).toEqual(['production', 'development']);
    expect(JSON.parse(examples[0]!.body)).toEqual({
      error: {
        code: 101,
        message: 'Not found',
        documentation_url: 'https://docs.example.com/errors/101',
        request_id: 'req-550e8400-e29b-41d4-a716-446655440000',
      },
    });
    expect(JSON.parse(examples[1]!.body).error.details).toEqual({id: 'abc'});
    expect(examples[0]!.statusLine).toBe('HTTP/1.1 404 Not Found');
  });

  it('links a removed code to its replacement', async () => {
    const {content} = await minimalContent();
    const old = content.codes.find((c) => c.code === 104)!;
    expect(old.lifecycle).toMatchObject({state: 'removed', removed: {since: '2.0'}, replacedBy: {code: 102, permalink: '/errors/102'}});
  });

  it('registers one route per page, each with its own data module (snapshot)', async () => {
    const {content} = await minimalContent();
    const data = new Map<string, unknown>();
    const routes: RouteConfig[] = [];
    const actions = {
      createData: async (name: string, module: string) => {
        // A data module is one JSON string literal handed to JSON.parse.
        data.set(name, JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\);\n$/s.exec(module)![1]!) as string));
        return `@generated/${name}`;
      },
      addRoute: (route: RouteConfig) => routes.push(route),
    } as unknown as PluginContentLoadedActions;
    const {lookupDir, strayPaths} = await createRoutes(content, actions);
    expect(lookupDir).toBe('@generated/lookup');
    // The status section has no page at its own path (one category is no group; the codes are too few for groups).
    expect(strayPaths).toEqual(['/errors/status']);
    expect([...data.keys()].filter((name) => name.startsWith('lookup/')).sort()).toEqual([
      'lookup/codes-0.js',
      'lookup/guides-0.js',
      'lookup/keys-0.js',
      'lookup/manifest.js',
      'lookup/names.js',
      'lookup/postings-0.js',
      'lookup/vocab-0.js',
    ]);
    expect(routes).toHaveLength(1);
    // Every page is a leaf of the tree: sections and slug-prefix groups only hold them, and each group ends in the
    // not-found page.
    const leaves = (rs: RouteConfig[]): RouteConfig[] => rs.flatMap((r) => (r.routes ? leaves(r.routes) : [r]));
    const notFound = (r: RouteConfig) => r.component === '@theme/NotFound';
    expect(leaves(routes).filter(notFound)).toHaveLength(1 + routes[0]!.routes!.filter((r) => r.routes && !r.routes.some(notFound)).length);
    expect(
      leaves(routes)
        .filter((r) => !notFound(r))
        .map((r) => r.path)
        .sort(),
    ).toEqual(
      buildRouteConfigs(content)
        .map((r) => r.route.path)
        .sort(),
    );
    expect(routes).toMatchSnapshot();
    // Code pages have no data module (codePageData.ts).
    const codeRoutes = leaves(routes).filter((r) => r.component === '@theme/ErrorCodePage');
    expect(codeRoutes).toHaveLength(content.codes.length);
    expect(codeRoutes.filter((r) => r.modules)).toEqual([]);
    expect([...data.keys()].filter((name) => name.startsWith('errors_1'))).toEqual([]);
    expect(data.get('errors.js')).toMatchSnapshot();
  });

  it("removes a larger catalog's leftover matcher shards and page data, which would otherwise be shipped and watched", async () => {
    const {content} = await minimalContent();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'generated-'));
    await fs.mkdir(path.join(dir, 'lookup'));
    await fs.writeFile(path.join(dir, 'lookup', 'keys-99.js'), 'export default {};');
    await fs.writeFile(path.join(dir, 'errors_tags_gone.js'), 'export default {};');
    await fs.writeFile(path.join(dir, '__plugin.json'), '{}');
    const actions = {
      createData: async (name: string, module: string) => {
        await fs.writeFile(path.join(dir, name), module);
        return path.join(dir, name);
      },
      addRoute: () => {},
    } as unknown as PluginContentLoadedActions;
    const {lookupDir} = await createRoutes(content, actions);
    expect(lookupDir).toBe(path.join(dir, 'lookup'));
    expect((await fs.readdir(lookupDir)).sort()).toEqual([
      'codes-0.js',
      'guides-0.js',
      'keys-0.js',
      'manifest.js',
      'names.js',
      'postings-0.js',
      'vocab-0.js',
    ]);
    const pageData = await fs.readdir(dir);
    expect(pageData).toContain('errors.js');
    expect(pageData).not.toContain('errors_tags_gone.js');
    expect(pageData).toContain('__plugin.json');
  });

  it('groups code routes by slug prefix and the other pages by section, so a URL is matched in a few dozen tries and reaches its own page', () => {
    const base = '/errors';
    const page = (path: string): RouteConfig => ({path: `${base}${path}`, component: '@theme/ErrorCategoryPage', exact: true});
    // Hundreds of list pages and guides, as a big catalog has, ahead of the codes.
    const sections: RouteConfig[] = [
      page(''),
      page('/translations'),
      ...Array.from({length: 100}, (_, i) => [page(`/categories/area-${i}`), page(`/categories/area-${i}/page/2`)]).flat(),
      ...Array.from({length: 50}, (_, i) => page(`/status/${400 + i}`)),
      page('/guides'),
      ...Array.from({length: 200}, (_, i) => page(`/guides/guide-${i}`)),
    ];
    const codes: RouteConfig[] = Array.from({length: 3000}, (_, i) => ({
      path: `${base}/${i % 2 ? 10000 + i : `code-${i}`}`,
      component: '@theme/ErrorCodePage',
      exact: true,
    }));
    const leaves = [...sections, ...codes];
    const tree = [...groupSectionRoutes(sections, base), ...groupCodeRoutes(codes, base), notFoundRoute(base)];
    const resolve = (pathname: string, routes: RouteConfig[], tries = 0): {route?: RouteConfig; tries: number} => {
      for (const [i, route] of routes.entries()) {
        if (!matchPath(pathname, {path: route.path, exact: route.exact})) continue;
        return route.routes ? resolve(pathname, route.routes, tries + i + 1) : {route, tries: tries + i + 1};
      }
      return {tries};
    };
    const widest = (routes: RouteConfig[]): number => Math.max(routes.length, ...routes.map((r) => (r.routes ? widest(r.routes) : 0)));
    expect(widest(groupCodeRoutes(codes, base))).toBeLessThanOrEqual(maxSiblingRoutes + 36);
    for (const leaf of leaves) {
      const {route, tries} = resolve(leaf.path, tree);
      expect(route, leaf.path).toBe(leaf);
      expect(tries).toBeLessThan(codes.includes(leaf) ? 80 : 210);
    }
    // A URL that names no page reaches the not-found page of the deepest group it enters.
    expect(resolve(`${base}/10001/extra`, tree).route?.component).toBe('@theme/NotFound');
    expect(resolve(`${base}/99999`, tree).route?.component).toBe('@theme/NotFound');
  });
});

describe('routes for any set of codes', () => {
  const base = '/errors';
  const leaf = (path: string, component: string): RouteConfig => ({path: `${base}${path}`, component, exact: true});
  const sections = [
    leaf('', '@theme/ErrorIndexPage'),
    leaf('/translations', '@theme/ErrorTranslationStatusPage'),
    leaf('/categories/client', '@theme/ErrorCategoryPage'),
    leaf('/categories/client/page/2', '@theme/ErrorCategoryPage'),
    leaf('/categories/server', '@theme/ErrorCategoryPage'),
    leaf('/status/400', '@theme/ErrorStatusPage'),
    leaf('/status/500', '@theme/ErrorStatusPage'),
    leaf('/guides', '@theme/ErrorGuidesPage'),
    leaf('/guides/retries', '@theme/ErrorRetriesPage'),
    leaf('/tags', '@theme/ErrorTagsPage'),
    leaf('/tags/groq', '@theme/ErrorTagPage'),
  ];
  // Codes starting with every letter and digit, and codes that prefix each section's segment.
  const initials = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
  const prefixes = ['c', 'cat', 'categoriesx', 's', 'statu', 'statusx', 'g', 'guide', 'guidesx', 't', 'tag', 'tagsx', 'translation'];
  const codeSet = (count: number) =>
    Array.from({length: count}, (_, i) => (i < prefixes.length ? prefixes[i]! : `${initials[i % initials.length]}${i}-code`));

  it.each([1, 32, 33, 2000])('lets every page of %i string codes reach its own route once Docusaurus sorts them', (count) => {
    const codes = codeSet(count).map((slug) => leaf(`/${slug}`, '@theme/ErrorCodePage'));
    const tree = sortRoutes([routeTree(base, sections, codes, `${base}/404.html`)], '/');
    const resolve = (pathname: string, routes: RouteConfig[]): RouteConfig | undefined => {
      for (const route of routes) {
        if (matchPath(pathname, {path: route.path, exact: route.exact})) return route.routes ? resolve(pathname, route.routes) : route;
      }
      return undefined;
    };
    for (const page of [...sections, ...codes]) expect(resolve(page.path, tree), page.path).toBe(page);
    for (const unknown of ['/errors/zz-unknown', '/errors/c-unknown', '/errors/categories/none', '/errors/status/999/x']) {
      expect(resolve(unknown, tree)?.component, unknown).toBe('@theme/NotFound');
    }
    expect(resolve('/errors/404.html', tree)).toMatchObject({path: '/errors/404.html', exact: true, component: '@theme/NotFound'});
  });

  it.each([
    {trailingSlash: false, codes: ['404'], takenBy: '404'},
    {trailingSlash: undefined, codes: ['404'], path: '/errors/404.html'},
    {trailingSlash: true, codes: ['404.html'], takenBy: '404.html'},
    {trailingSlash: false, codes: ['E404'], aliases: ['404'], takenBy: 'E404'},
  ])('writes the unknown-code page as 404.html unless a code or alias has that file ($trailingSlash, $codes)', (c) => {
    const content = {
      index: {permalink: base},
      codes: c.codes.map((code) => ({code, permalink: `${base}/${code}`})),
      redirects: (c.aliases ?? []).map((from) => ({from, to: `${base}/${c.codes[0]}`, title: ''})),
    } as unknown as Parameters<typeof unknownCodePage>[0];
    expect(unknownCodePage(content, c.trailingSlash)).toEqual(c.takenBy ? {takenBy: c.takenBy} : {path: c.path});
  });
});

describe('envelopes', () => {
  const body = async (format: EnvelopePreset) => {
    const catalog = await loadCatalog(fixture('minimal'));
    const envelope = resolveEnvelope({format, request_id_example: catalog.envelope.requestIdExample, alternatives: []});
    const withFormat: Catalog = {...catalog, envelope};
    const entry = catalog.codes.find((c) => c.code === 100)!;
    return exampleBody({catalog: withFormat, entry, mode: 'production', suggestion: 'Send a value.'});
  };

  it('splits long category and status lists into numbered pages that together list every code once', async () => {
    const catalog = await loadCatalog(demoCatalog);
    const content = buildContent(
      catalog,
      {routeBase: '/errors', siteUrl: 'https://docs.example.com', codesPerPage: 10},
      await createMarkdownRenderer(),
    );
    expect(content.index.listsCodes).toBe(false);
    expect(content.index.categories.every((c) => c.codes.length === 0)).toBe(true);
    for (const category of catalog.categories) {
      const pages = content.categories.filter((p) => p.category.id === category.id);
      expect(pages.length).toBe(Math.ceil(category.codes.length / 10));
      expect(pages.flatMap((p) => p.codes.map((c) => c.code))).toEqual(category.codes.map((c) => c.code));
      expect(pages.map((p) => p.pagination.page)).toEqual(pages.map((_, i) => i + 1));
      expect(pages[0]!.pagination.permalinks).toEqual(
        pages.map((_, i) => (i === 0 ? `/errors/categories/${category.id}` : `/errors/categories/${category.id}/page/${i + 1}`)),
      );
      const position = (code: number) => category.codes.findIndex((c) => c.code === code) + 1;
      for (const p of pages) {
        const {from, to, total} = p.pagination;
        expect([from, to, total]).toEqual([
          position(p.codes[0]!.code as number),
          position(p.codes.at(-1)!.code as number),
          category.codes.length,
        ]);
      }
    }
    for (const status of new Set(catalog.codes.map((c) => c.status))) {
      const pages = content.statuses.filter((p) => p.status === status);
      expect(pages.flatMap((p) => p.codes.map((c) => c.code))).toEqual(catalog.codes.filter((c) => c.status === status).map((c) => c.code));
    }
    const paths = buildRouteConfigs(content).map((r) => r.route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('renders each supported wire format with the entry’s code and status', async () => {
    expect(await body('nested')).toEqual({
      error: {
        code: 100,
        message: 'Field email is invalid',
        field_errors: [{field: 'email', message: 'must be an email address', constraint: 'format'}],
        documentation_url: 'https://docs.example.com/errors/100',
        request_id: 'req-550e8400-e29b-41d4-a716-446655440000',
      },
    });
    expect(await body('openai')).toEqual({error: {message: 'Field email is invalid', param: null, code: 100}});
    expect(await body('camel')).toEqual({
      error: {
        code: 100,
        message: 'Field email is invalid',
        category: 'client',
        statusCode: 400,
        correlationId: 'req-550e8400-e29b-41d4-a716-446655440000',
        suggestion: 'Send a value.',
      },
    });
    expect(await body('problem')).toMatchObject({
      type: 'https://docs.example.com/errors/100',
      title: 'Bad input',
      status: 400,
      detail: 'Field email is invalid',
    });
  });

  it('uses the OpenAI envelope, type and param for the Synaxis catalog', async () => {
    const catalog = await loadCatalog(synaxisCatalog);
    const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
    const page = content.codes.find((c) => c.code === 'invalid_value')!;
    expect(page.permalink).toBe('/errors/invalid-value');
    expect(page.documentationUrl).toBe('https://synaxis.example.dev/errors/invalid-value');
    expect(JSON.parse(page.examples[0]!.body)).toEqual({
      error: {message: page.message.value, type: 'invalid_request_error', param: 'temperature', code: 'invalid_value'},
    });
  });
});
