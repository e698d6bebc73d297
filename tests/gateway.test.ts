/** A catalog in its API's own envelope: the site shows, reads and generates exactly that body. */
import {spawnSync} from 'node:child_process';
import {existsSync, promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {load} from 'cheerio';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {explain} from '../plugins/docusaurus-plugin-error-catalog/src/match';
import {
  catalogExport,
  checkGuideExamples,
  clientModule,
  createMarkdownRenderer,
  openApiExport,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {createErrorResponder} from '../plugins/docusaurus-plugin-error-catalog/src/runtime';
import type {LookupExport} from '../plugins/docusaurus-plugin-error-catalog/src/pageData';
import {loadHttpCatalog, sites} from './sites';

const {outDir, catalog: catalogDir} = sites.gateway;

const pageOf = async (slug: string) => {
  const file = path.join(outDir, 'errors', slug);
  return load(await fs.readFile(existsSync(`${file}.html`) ? `${file}.html` : path.join(file, 'index.html'), 'utf8'));
};

/** A code page's example bodies, by format. */
async function examples(slug: string): Promise<Record<string, unknown>> {
  const $ = await pageOf(slug);
  return Object.fromEntries(
    $('[data-example-format]')
      .toArray()
      .map((example) => [$(example).attr('data-example-format'), JSON.parse($(example).find('pre').eq(1).text())]),
  );
}

describe('the site of a catalog that describes its own envelope', () => {
  it('shows each code’s body as the API sends it: the status in code, the code in type, the details, and problem+json', async () => {
    expect(await examples('rate-limit-error')).toEqual({
      custom: {
        error: {
          code: 429,
          type: 'rate_limit_error',
          message: 'Rate limit of 60 requests per minute exceeded',
          details: {limit: 60, remaining: 0, reset_seconds: 20},
        },
      },
      problem: {
        type: 'about:blank',
        title: 'Rate limit exceeded',
        status: 429,
        detail: 'Rate limit of 60 requests per minute exceeded',
        instance: 'urn:request:req-550e8400-e29b-41d4-a716-446655440000',
        code: 'rate_limit_error',
        details: {limit: 60, remaining: 0, reset_seconds: 20},
      },
    });
    const $ = await pageOf('rate-limit-error');
    // The snippets' tabs, then one tab per format.
    expect(
      $('[role="tab"]')
        .toArray()
        .map((tab) => $(tab).text()),
    ).toEqual(['TypeScript', 'Python', 'curl', 'JSON (default)', 'RFC 9457 problem+json']);
  });

  it('finds every code in the paste box from its example body, in either format', async () => {
    const catalog = await loadHttpCatalog(catalogDir);
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as LookupExport;
    for (const entry of catalog.codes) {
      for (const [format, body] of Object.entries(await examples(entry.slug))) {
        const {matches} = await explain(JSON.stringify(body), lookup);
        expect(matches[0]?.code, `${entry.codeText} ${format}`).toBe(entry.code);
      }
    }
  });

  it('shows a code’s other message as written, and the paste box finds the code from it as the runtime sends it', async () => {
    const $ = await pageOf('authentication-error');
    expect($('[data-field="message"]').text()).toBe('Invalid API key provided');
    // No placeholder in the main message: there is no filled-in copy of it.
    expect($('main').text()).not.toContain('As a client receives it');
    const variant = $('[data-field="message-variant"]');
    expect(variant.attr('data-variant')).toBe('for_provider');
    expect(variant.text()).toBe("Invalid API key for provider '{provider}'");
    const md = await fs.readFile(path.join(outDir, 'errors/authentication-error.md'), 'utf8');
    expect(md).toContain("- `for_provider`:\n\n  ```\n  Invalid API key for provider '{provider}'\n  ```");
    const exported = catalogExport(await loadHttpCatalog(catalogDir), await createMarkdownRenderer());
    const response = createErrorResponder(exported, {mode: 'development'}).respond(
      'authentication_error',
      {provider: 'mistral'},
      {variant: 'for_provider'},
    );
    expect(response.body).toEqual({error: {code: 401, type: 'authentication_error', message: "Invalid API key for provider 'mistral'"}});
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as LookupExport;
    const pasted = (response.body.error as {message: string}).message;
    expect((await explain(pasted, lookup)).matches[0]?.code).toBe('authentication_error');
  });

  it('publishes the catalog’s prose pages beside the guides, in the authors’ order, on every page’s navigation', async () => {
    const overview = await pageOf('guides/overview');
    expect(overview('article h1').text()).toBe('Overview');
    expect(overview('article p').first().text()).toBe('How the gateway reports an error, and what each field of its body means.');
    expect(overview('[data-document-body] table tr').length).toBe(5);
    // Inline code naming a code links to its page; a code block is the theme's, with its language.
    expect(overview('[data-document-body] a[href="/errors/rate-limit-error"]').text()).toBe('rate_limit_error');
    expect(overview('[data-document-body] pre.language-json').length).toBe(1);
    const support = await pageOf('guides/support');
    expect(support('article h1').text()).toBe('Support');
    // No summary stated, none shown.
    expect(support('article h1 + p').length).toBe(0);
    const navigation = (await pageOf('rate-limit-error'))('[data-nav-guides] a')
      .toArray()
      .map((a) => (overview(a).attr('href') ?? '').replace(/\/$/, ''));
    expect(navigation.slice(0, 3)).toEqual(['/errors/guides', '/errors/guides/overview', '/errors/guides/support']);
    const guides = await pageOf('guides');
    expect(
      guides('#about + ul a')
        .toArray()
        .map((a) => guides(a).text()),
    ).toEqual(['Overview', 'Support']);
    expect(await fs.readFile(path.join(outDir, 'errors/guides/support.md'), 'utf8')).toBe(
      '# Support\n\nWrite to support with the `X-Request-Id` of the failed response and the time you sent the request.\n',
    );
    const llms = await fs.readFile(path.join(outDir, 'llms.txt'), 'utf8');
    expect(llms).toContain('## About\n\n- [Overview](https://gateway.example.net/errors/guides/overview.md)\n- [Support](');
  });

  it('sends the catalog’s headers with every code, and the 429 status’s Retry-After with its codes', async () => {
    const catalog = await loadHttpCatalog(catalogDir);
    for (const entry of catalog.codes) {
      const $ = await pageOf(entry.slug);
      const head = $('[data-example-format="custom"] pre').first().text();
      expect(head, entry.codeText).toContain('X-Request-Id: req_8f2c1a');
      expect(head.includes('Retry-After: 20'), entry.codeText).toBe(entry.status === 429);
      expect($('table[data-table="headers"] tr td:first-child').text(), entry.codeText).toContain('X-Request-Id');
    }
    expect((await pageOf('rate-limit-error'))('[data-retryable="true"]').text()).toContain('Retry-After');
    const status = await pageOf('status/429');
    expect(status('#headers').text()).toContain('Response headers');
    expect(status('table[data-table="headers"] td:first-child').text().trim()).toBe('Retry-After');
    expect((await pageOf('status/400'))('#headers').length).toBe(0);
    const responder = createErrorResponder(catalogExport(catalog, await createMarkdownRenderer()), {mode: 'production'});
    expect(responder.respond('rate_limit_error', {limit: 60}, {retryAfter: 20}).headers['Retry-After']).toBe('20');
    const responses = (openApiExport(catalog).components as {responses: Record<string, {headers?: object}>}).responses;
    expect(Object.keys(responses.Error429!.headers!)).toEqual(['X-Request-Id', 'Retry-After']);
    expect(Object.keys(responses.Error400!.headers!)).toEqual(['X-Request-Id']);
  });

  it('generates a client that reads the code from `type` and retries by it', async () => {
    const $ = await pageOf('guides/client-handling');
    const text = $('main').text();
    expect(text).toContain('at(body, "error", "code") !== undefined &&\n    at(body, "error", "type") !== undefined &&');
    expect(text).toContain('code: at(body, "error", "type"),');
    expect(text).toContain('new Set<string | number>(["rate_limit_error", "overloaded_error"])');
    const twin = await fs.readFile(path.join(outDir, 'errors/rate-limit-error.md'), 'utf8');
    expect(twin).toContain(`if [ "$(jq -r '.error.type' body.json)" = "rate_limit_error" ]; then`);
  });

  it('has a guide that names no code: no codes section, and its example body checked against the envelope', async () => {
    const $ = await pageOf('guides/reading-errors');
    expect($('main h1').text()).toBe('Reading a gateway error');
    expect($('#codes').length).toBe(0);
    expect($('table[data-table="guide-codes"]').length).toBe(0);
    const catalog = await loadHttpCatalog(catalogDir);
    const guide = {...catalog.guides[0]!, bodyLine: 1};
    const problems = (json: string) =>
      checkGuideExamples([{...guide, body: `\`\`\`json\n${json}\n\`\`\`\n`}], catalog).map((d) => d.message);
    expect(problems('{"error": {"code": 429, "type": "rate_limit_error", "message": "x"}}')).toEqual([]);
    expect(problems('{"error": {"code": 429, "type": "nope", "message": "x"}}')).toEqual([
      'json code block shows code nope, which is not in the catalog',
    ]);
    expect(problems('{"error": {"code": "429", "type": "rate_limit_error", "message": "x"}}')).toEqual([
      'json code block is an error body but matches no envelope of the catalog (custom, problem): error.code: Invalid input: expected number, received string',
    ]);
  });

  it('waits the seconds the body states where the envelope says the details carry them', async () => {
    const retryBox = (await pageOf('overloaded-error'))('[data-retryable="true"]').text();
    expect(retryBox).toContain('Wait the number of seconds in the error.details.retry_after field of the response body (5 in the example)');
    const retries = (await pageOf('guides/retries'))('[data-retries] tr[data-code="overloaded_error"]').text();
    expect(retries).toContain('error.details.retry_after in the body (e.g. 5 s)');
    expect((await pageOf('guides/client-handling'))('main ul').first().text()).toContain(
      'Where a response has no Retry-After header, it waits the seconds in the error.details.retry_after field of the body.',
    );
    const twin = await fs.readFile(path.join(outDir, 'errors/overloaded-error.md'), 'utf8');
    expect(twin).toContain('Retryable: wait the seconds in the `error.details.retry_after` field of the body (for example 5), then retry.');
    expect(twin).toContain(`sleep "$(jq -r '.error.details.retry_after' body.json)"`);

    // The client modules read the wait from the body the runtime sends.
    const catalog = await loadHttpCatalog(catalogDir);
    const sent = createErrorResponder(catalogExport(catalog, await createMarkdownRenderer()), {mode: 'production'}).respond(
      'overloaded_error',
      {},
      {details: {retry_after: 5}},
    );
    const js = ts.transpileModule(clientModule(catalog, 'ts'), {
      compilerOptions: {module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022},
    });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gateway-client-'));
    await fs.writeFile(path.join(dir, 'api-errors.mjs'), js.outputText);
    const client = (await import(pathToFileURL(path.join(dir, 'api-errors.mjs')).href)) as {
      readApiError: (r: Response) => Promise<unknown>;
      retryDelayMs: (r: Response, attempt: number, error?: unknown) => number;
    };
    const response = new Response(JSON.stringify(sent.body), {status: sent.status});
    const error = await client.readApiError(response.clone());
    expect(error).toMatchObject({code: 'overloaded_error', retryAfter: 5});
    expect(client.retryDelayMs(response, 1, error)).toBe(5000);
    await fs.rm(dir, {recursive: true, force: true});

    const python = spawnSync(
      'python3',
      [
        '-c',
        `import json, sys, types
sys.modules["requests"] = types.SimpleNamespace(Response=object, request=None)
module = types.ModuleType("api_errors")
data = json.load(sys.stdin)
exec(data["source"], module.__dict__)
class Response:
    ok, status_code, headers = False, data["status"], {}
    def json(self):
        return data["body"]
error = module.read_api_error(Response())
print(json.dumps([error.code, module.retry_delay_seconds(Response(), 1, error)]))`,
      ],
      {input: JSON.stringify({source: clientModule(catalog, 'python'), status: sent.status, body: sent.body}), encoding: 'utf8'},
    );
    expect(python.stderr).toBe('');
    expect(JSON.parse(python.stdout)).toEqual(['overloaded_error', 5]);
  });
});
