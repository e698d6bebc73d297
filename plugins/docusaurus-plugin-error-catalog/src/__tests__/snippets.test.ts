import {spawnSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import ts from 'typescript';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  buildContent,
  clientModule,
  codeSnippet,
  createMarkdownRenderer,
  envelopeBodySchema,
  loadCatalog,
  snippetPhrases,
  wireCode,
  type Catalog,
  type ErrorCatalogContent,
} from '../model';
import {demoCatalog, gatewayCatalog, synaxisCatalog} from './helpers';

interface Built {
  catalog: Catalog;
  content: ErrorCatalogContent;
}

const catalogs: Record<string, Built> = {};

beforeAll(async () => {
  const md = await createMarkdownRenderer();
  for (const [name, dir] of [
    ['demo', demoCatalog],
    ['synaxis', synaxisCatalog],
    ['gateway', gatewayCatalog],
  ] as const) {
    const catalog = await loadCatalog(dir);
    catalogs[name] = {catalog, content: buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, md)};
  }
});

describe.each(['demo', 'synaxis'])('the %s catalog’s examples', (name) => {
  it('render every code in every declared envelope, each body valid JSON that validates against its envelope', () => {
    const {catalog, content} = catalogs[name]!;
    const {formats} = catalog.envelope;
    for (const page of content.codes) {
      expect([...new Set(page.examples.map((e) => e.format.id))]).toEqual(formats.map((f) => f.id));
      for (const example of page.examples) {
        const body = JSON.parse(example.body) as Record<string, unknown>;
        const result = envelopeBodySchema(formats.find((f) => f.id === example.format.id)!).safeParse(body);
        expect(result.success, `${page.code} ${example.format.id} ${example.mode}: ${result.error?.message}`).toBe(true);
        const contentType = example.headers.find(([n]) => n === 'Content-Type')![1];
        expect(contentType).toBe(example.format.id === 'problem' ? 'application/problem+json' : 'application/json');
        // RFC 9457: `type` is the code's page.
        if (example.format.id === 'problem') expect(body.type).toBe(page.documentationUrl);
      }
    }
  });
});

it('the demo shows every code in RFC 9457 problem+json as well as its own envelope', () => {
  const page = catalogs.demo!.content.codes.find((c) => c.code === 2002)!;
  expect(page.examples.map((e) => `${e.format.id} ${e.mode}`)).toEqual([
    'nested production',
    'nested development',
    'problem production',
    'problem development',
  ]);
});

/** Type-checks files in memory against the DOM and ES2022 libraries, strictly. */
function typeErrors(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    noUnusedLocals: true,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const inMemory = (file: string) => files[path.basename(file)];
  host.readFile = (file) => inMemory(file) ?? read(file);
  host.fileExists = (file) => inMemory(file) !== undefined || exists(file);
  host.getSourceFile = (file, language) => {
    const text = inMemory(file) ?? read(file);
    return text === undefined ? undefined : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram(
    Object.keys(files).map((f) => path.resolve(f)),
    options,
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** The comments of snippets in each language the plugin has words for. */
const everyLanguage = ['en', 'es', 'fr', 'de', 'ja', 'zh'].map(snippetPhrases);

it('writes the comments of a code’s snippets in the page’s language, around the fix in that language', () => {
  const {catalog} = catalogs.demo!;
  const entry = catalog.codes.find((e) => e.code === 5000)!;
  const ja = codeSnippet(catalog, entry, 'ts', {fix: '時間をおいて再送してください。'}, snippetPhrases('ja'));
  expect(ja).toContain('// `response` は任意の API 呼び出しの Response、`attempt` は 1 から数えた試行回数です。');
  expect(ja).toContain('// 再試行可能：Retry-After の秒数だけ待ってから、同じリクエストを再送します。');
  const de = codeSnippet(
    catalog,
    catalog.codes.find((e) => e.code === 1001)!,
    'bash',
    {fix: 'Feld korrigieren.'},
    snippetPhrases('de-AT'),
  );
  expect(de).toContain('  # So nicht wiederholbar. Feld korrigieren.');
  // A language the plugin has no words for gets English.
  expect(codeSnippet(catalog, entry, 'python', {fix: 'x'}, snippetPhrases('pt-BR'))).toContain(
    '# Retryable: wait the seconds in Retry-After',
  );
});

describe.each(['demo', 'synaxis', 'gateway'])('the %s catalog’s client code', (name) => {
  it('type-checks: the TypeScript module and the snippet of every code', () => {
    const {catalog} = catalogs[name]!;
    const files: Record<string, string> = {'api-errors.ts': clientModule(catalog, 'ts')};
    for (const entry of catalog.codes) {
      for (const phrases of everyLanguage) {
        // A snippet starts from the response of an API call and the attempt number.
        files[`snippet-${entry.slug}-${phrases.locale}.ts`] =
          `declare const response: Response;\ndeclare const attempt: number;\n${codeSnippet(catalog, entry, 'ts', {fix: 'Fix it.\n*/ }', condition: 'It changed.\n*/ }'}, phrases)}export {};\n`;
      }
    }
    expect(typeErrors(files)).toEqual([]);
    // The compiler takes seconds on a busy 2-core machine.
  }, 60_000);

  it('parses: the Python module and snippets, and the shell ones', () => {
    const {catalog} = catalogs[name]!;
    const snippets = (language: 'python' | 'bash') =>
      catalog.codes.flatMap((e) =>
        everyLanguage.map((phrases) =>
          codeSnippet(catalog, e, language, {fix: 'Fix it.\n\' """ $(x)', condition: 'Later.\n\' """ $(x)'}, phrases),
        ),
      );
    const python = [clientModule(catalog, 'python'), ...snippets('python')];
    const check = spawnSync('python3', ['-c', 'import ast, json, sys\nfor source in json.load(sys.stdin): ast.parse(source)'], {
      input: JSON.stringify(python),
      encoding: 'utf8',
    });
    expect(check.status, check.stderr).toBe(0);
    // One bash for all scripts, each as a function body: one process, however many codes.
    const scripts = [clientModule(catalog, 'bash'), ...snippets('bash')];
    const bash = spawnSync('bash', ['-n'], {
      input: scripts.map((script, i) => `script_${i}() {\n${script}\n}\n`).join(''),
      encoding: 'utf8',
    });
    expect(bash.status, bash.stderr).toBe(0);
  });
});

describe.each(['demo', 'synaxis'])('the %s catalog’s TypeScript client, run against a stub server', (name) => {
  let server: http.Server;
  let base: string;
  let dir: string;
  /** Path → the response the stub sends; `/sequence` answers from a queue. */
  const responses = new Map<string, {status: number; headers: [string, string][]; body: string}>();
  const queue: {status: number; headers: [string, string][]; body: string}[] = [];
  let client: {
    readApiError: (r: Response) => Promise<{code: string | number; status: number} | undefined>;
    retryDelayMs: (r: Response, attempt: number) => number;
    fetchWithRetry: (input: string) => Promise<Response>;
  };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const reply = req.url === '/sequence' ? queue.shift() : responses.get(req.url ?? '');
      if (!reply) return void res.writeHead(404).end();
      res.writeHead(reply.status, Object.fromEntries(reply.headers)).end(reply.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'client-'));
    const js = ts.transpileModule(clientModule(catalogs[name]!.catalog, 'ts'), {
      compilerOptions: {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext},
    }).outputText;
    await fs.writeFile(path.join(dir, 'api-errors.mjs'), js);
    client = await import(pathToFileURL(path.join(dir, 'api-errors.mjs')).href);
  });
  afterAll(async () => {
    server.close();
    await fs.rm(dir, {recursive: true, force: true});
  });

  it('reads the code of every example response, in every envelope and mode, and waits what Retry-After says', async () => {
    const {catalog, content} = catalogs[name]!;
    for (const page of content.codes) {
      const entry = catalog.codes.find((e) => e.code === page.code)!;
      for (const example of page.examples) {
        const status = Number(example.statusLine.split(' ')[1]);
        const url = `/${page.code}/${example.format.id}/${example.mode}`;
        responses.set(url, {status, headers: example.headers, body: example.body});
        const response = await fetch(base + url);
        const error = await client.readApiError(response.clone());
        expect(error, url).toMatchObject({code: wireCode(catalog, entry), status});
        const retryAfter = example.headers.find(([n]) => n === 'Retry-After');
        if (retryAfter) expect(client.retryDelayMs(response, 1)).toBe(Number(retryAfter[1]) * 1000);
      }
    }
  });

  it('retries a retryable error and returns a non-retryable one at once', async () => {
    const {catalog, content} = catalogs[name]!;
    const retryable = catalog.codes.find((e) => e.retryable && e.headers.some((h) => h.name === 'Retry-After'))!;
    const fatal = catalog.codes.find((e) => !e.retryable)!;
    const example = (code: string | number) => content.codes.find((c) => c.code === code)!.examples[0]!;
    const reply = (code: string | number) => {
      const e = example(code);
      const headers = e.headers.map(([n, v]): [string, string] => [n, n === 'Retry-After' ? '0' : v]);
      return {status: Number(e.statusLine.split(' ')[1]), headers, body: e.body};
    };
    queue.push(reply(retryable.code), {status: 200, headers: [['Content-Type', 'application/json']], body: '{}'});
    expect((await client.fetchWithRetry(`${base}/sequence`)).status).toBe(200);
    expect(queue).toHaveLength(0);
    queue.push(reply(fatal.code), {status: 200, headers: [], body: '{}'});
    expect((await client.fetchWithRetry(`${base}/sequence`)).status).toBe(fatal.status);
    expect(queue).toHaveLength(1);
    queue.length = 0;
  });
});
