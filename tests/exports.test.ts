import {spawnSync} from 'node:child_process';
import {existsSync, promises as fs} from 'node:fs';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {Validator} from '@seriousme/openapi-schema-validator';
import {describe, expect, it} from 'vitest';
import {
  buildContent,
  catalogExport,
  catalogJsonSchemas,
  codeMarkdown,
  createMarkdownRenderer,
  envelopeBodySchema,
  loadCatalog,
  openApiExport,
  typescriptExport,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import type {CatalogExport} from '../plugins/docusaurus-plugin-error-catalog/src/runtime';
import {createServer} from '../examples/server/server';
import {loadHttpCatalog, root, sites} from './sites';

const {outDir} = sites.demo;
const readJson = async <T>(file: string) => JSON.parse(await fs.readFile(path.join(outDir, file), 'utf8')) as T;

describe('build outputs', () => {
  it('publish /errors/catalog.json: every code with status, name, category, messages in all locales, lifecycle and page URL', async () => {
    const published = await readJson<CatalogExport>('errors/catalog.json');
    expect(published).toEqual(catalogExport(await loadCatalog(sites.demo.catalog), await createMarkdownRenderer()));
    expect(published.codes).toHaveLength(81);
    const notFound = published.codes.find((c) => c.code === 4000)!;
    expect(notFound).toMatchObject({name: 'NOT_FOUND', status: 404, category: 'resource', lifecycle: {since: '1.0.0'}});
    expect(notFound.message).toEqual({
      en: 'Resource not found',
      es: 'Recurso no encontrado',
      fr: 'Ressource non trouvée',
      de: 'Ressource nicht gefunden',
      ja: 'リソースが見つかりません',
      zh: '未找到资源',
    });
    expect(notFound.documentation_url).toBe('https://docs.llm-copilot-agent.dev/errors/4000');
  });

  it('publish the catalog’s JSON Schemas', async () => {
    for (const [kind, schema] of Object.entries(catalogJsonSchemas()))
      expect(await readJson(`errors/schema/${kind}.schema.json`)).toEqual(schema);
  });

  it('publish a Markdown twin of every code page, per locale, and an llms.txt index of them', async () => {
    const catalog = await loadCatalog(sites.demo.catalog);
    const md = await createMarkdownRenderer();
    const pages = buildContent(catalog, {routeBase: '/errors', locale: 'en', siteUrl: 'https://docs.llm-copilot-agent.dev'}, md).codes;
    for (const [i, entry] of catalog.codes.entries()) {
      expect(await fs.readFile(path.join(outDir, `errors/${entry.slug}.md`), 'utf8')).toBe(
        codeMarkdown(catalog, entry, 'en', pages[i]!, md),
      );
    }
    // The twin says what the page says: retry guidance, the snippets, every envelope's example, the guides.
    const rateLimited = await fs.readFile(path.join(outDir, 'errors/5000.md'), 'utf8');
    expect(rateLimited.match(/^## .+$/gm)).toEqual([
      '## Message',
      '## What it means',
      '## Possible causes',
      '## Resolution',
      '## Retry guidance',
      '## Handle it in code',
      '## Example response',
      '## Localized messages',
      '## Troubleshooting guides',
      '## Related codes',
    ]);
    expect(rateLimited).toMatch(/^Retryable: wait the seconds in the `Retry-After` header \(for example \d+\), then retry\.$/m);
    expect(rateLimited.match(/^### .+$/gm)).toEqual([
      '### TypeScript',
      '### Python',
      '### curl',
      '### nested, production',
      '### problem, production',
    ]);
    expect(rateLimited).toContain('[Requests are rejected with 429 Too Many Requests](/errors/guides/rate-limited)');
    expect(await fs.readFile(path.join(outDir, 'ja/errors/4000.md'), 'utf8')).toMatch(/^# 4000 NOT_FOUND: リソースが見つかりません\n/);
    const llms = await fs.readFile(path.join(outDir, 'llms.txt'), 'utf8');
    expect(llms).toMatch(/^# LLM-CoPilot-Agent API error reference\n/);
    expect(llms).toContain(
      '- [2002 EXPIRED_TOKEN](https://docs.llm-copilot-agent.dev/errors/2002.md): Authentication token expired (HTTP 401)',
    );
    expect(llms.match(/^- \[/gm)).toHaveLength(81);
    expect(await fs.readFile(path.join(outDir, 'ja/llms.txt'), 'utf8')).toContain('(https://docs.llm-copilot-agent.dev/ja/errors/4000.md)');
  });
});

describe('error-catalog export typescript', () => {
  const tsc = (dir: string) =>
    spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        ...['errors.ts', 'use.ts'],
      ],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );

  async function project(use: string): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ts-export-'));
    await fs.writeFile(path.join(dir, 'errors.ts'), typescriptExport(await loadCatalog(sites.demo.catalog)));
    await fs.writeFile(path.join(dir, 'use.ts'), use);
    return dir;
  }

  it('compiles, with the code union, the code → status/name map and typed message parameters', async () => {
    const dir = await project(`import {errorCodes, errorCodeByName, type ErrorCode, type ErrorParams} from './errors.js';
const code: ErrorCode = 2002;
const status: 401 = errorCodes[code].status;
const params: ErrorParams[5000] = {retry_after: 30};
const byName: 4000 = errorCodeByName.NOT_FOUND;
export {status, params, byName};
`);
    const result = tsc(dir);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails tsc on a code the catalog does not have, and on wrong parameters', async () => {
    const dir = await project(`import type {ErrorCode, ErrorParams} from './errors.js';
const code: ErrorCode = 2999;
const params: ErrorParams[5000] = {retry_after: '30'};
export {code, params};
`);
    const result = tsc(dir);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(`use.ts(2,7): error TS2322: Type '2999' is not assignable to type 'ErrorCode'.`);
    expect(result.stdout).toContain(`use.ts(3,36): error TS2322: Type 'string' is not assignable to type 'number'.`);
  });
});

describe('error-catalog export openapi', () => {
  it.each([
    ['demo', sites.demo.catalog],
    ['Synaxis', sites.synaxis.catalog],
  ])('validates as OpenAPI 3.1 (%s)', async (_name, dir) => {
    const spec = openApiExport(await loadHttpCatalog(dir));
    const result = await new Validator().validate(spec as Parameters<Validator['validate']>[0]);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(Object.keys((spec.components as {responses: object}).responses)).toContain(dir === sites.demo.catalog ? 'Error429' : 'Error502');
  });
});

/** The example server on a free loopback port, serving the built demo's catalog export; closed after `use`. */
async function withServer(use: (origin: string, catalog: CatalogExport) => Promise<void>): Promise<void> {
  const catalog = await readJson<CatalogExport>('errors/catalog.json');
  const server = createServer(catalog, 'production').listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, catalog);
  } finally {
    server.close();
  }
}

describe('the example server', () => {
  it('returns, for every demo code in every locale, a valid body whose documentation_url opens the page documenting it', () =>
    withServer(async (origin, catalog) => {
      const schema = envelopeBodySchema(catalog.envelope!.formats[0]!);
      for (const code of catalog.codes) {
        const page = new URL(code.documentation_url!).pathname;
        expect(existsSync(path.join(outDir, `${page.slice(1)}.html`)), page).toBe(true);
        // The page's own example values, so the message can be compared with what the page shows.
        const query = new URLSearchParams(Object.keys(code.params).map((name) => [name, '3600'])).toString();
        for (const locale of catalog.locales) {
          const response = await fetch(`${origin}/demo/errors/${code.code}?${query}`, {
            headers: {'Accept-Language': locale},
          });
          const body = (await response.json()) as {error: {code: string; message: string; documentation_url: string}};
          expect(response.status).toBe(code.status);
          expect(schema.safeParse(body).error).toBeUndefined();
          expect(body.error.documentation_url).toBe(code.documentation_url);
          const localized = locale === catalog.locales[0] ? page : `/${locale}${page}`;
          const $ = load(await fs.readFile(path.join(outDir, `${localized.slice(1)}.html`), 'utf8'));
          expect($('[data-error-code]').attr('data-error-code')).toBe(String(code.code));
          expect($('[data-field="name"]').first().text()).toBe(body.error.code);
          const shown = code.params.retry_after ? $('q').first().text() : $('[data-field="message"]').first().text().trim();
          expect(body.error.message, `${code.code} ${locale}`).toBe(shown);
        }
      }
    }));

  it('answers malformed URLs and bad values with a 400 in the catalog envelope, and keeps serving', () =>
    withServer(async (origin, catalog) => {
      const schema = envelopeBodySchema(catalog.envelope!.formats[0]!);
      for (const request of [
        '/demo/errors/%E0%A4%A',
        '/demo/errors/%',
        '/demo/errors/5000?retry_after=soon',
        '/demo/errors/5000?retry_after=30&constructor=1',
        '/demo/errors/5000?__proto__=1',
        '/demo/errors/constructor',
        '/demo/errors/9999',
      ]) {
        const response = await fetch(`${origin}${request}`);
        expect(response.status, request).toBe(400);
        expect(schema.safeParse(await response.json()).error, request).toBeUndefined();
      }
      expect((await fetch(`${origin}/demo/errors/5000?retry_after=30`)).status).toBe(429);
    }));
});
