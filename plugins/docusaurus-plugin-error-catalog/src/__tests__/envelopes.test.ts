/**
 * Every envelope, built-in or described by the catalog, end to end: the runtime's body is the page's example, fits
 * the envelope's schema and the OpenAPI export, and the client modules and the paste box read its code back.
 */
import {spawnSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {Ajv2020} from 'ajv/dist/2020';
import ts from 'typescript';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {explain} from '../match';
import {
  buildContent,
  catalogExport,
  clientModule,
  codePath,
  createMarkdownRenderer,
  envelopeBodySchema,
  exampleValues,
  fieldPath,
  formatDiagnostic,
  loadCatalog,
  openApiExport,
  readCatalog,
  valueAt,
  wireCode,
  type Catalog,
} from '../model';
import {createErrorResponder} from '../runtime';
import {errorLines, writeOneCategoryCatalog} from './helpers';

const stringCodes = `
  - code: invalid_api_key
    name: INVALID_API_KEY
    title: Invalid API key
    status: 401
    type: authentication_error
    message: "Invalid API key for provider {provider}"
    params:
      provider: {type: string, description: The provider, example: groq}
    example:
      details: {provider: groq, key_prefix: sk-12}
  - code: model_not_found
    name: MODEL_NOT_FOUND
    title: Model not found
    status: 404
    type: invalid_request_error
    message: "The model {model} does not exist"
    params:
      model: {type: string, description: The model asked for, example: gpt-9}
    resolution: [Ask for a model the API lists.]
    example:
      param: model
  - code: rate_limited
    name: RATE_LIMITED
    title: Rate limited
    status: 429
    type: rate_limit_error
    message: Too many requests
    retryable: true
    headers:
      - {name: Retry-After, description: Seconds to wait, example: 30}
    example:
      details: {limit: 60, window: 1m}
`;

/** The same errors where the code is the HTTP status, as APIs that have one error per status send them. */
const statusCodes = `
  - code: 401
    title: Unauthorized
    status: 401
    message: Invalid API key
  - code: 404
    title: Not Found
    status: 404
    message: "No route for {path}"
    params:
      path: {type: string, description: The path asked for, example: /v1/models/gpt-9}
  - code: 429
    title: Too Many Requests
    status: 429
    message: Too many requests
    retryable: true
`;

const envelopes: Record<string, {envelope: string; codes: string}> = {
  nested: {envelope: 'format: nested', codes: stringCodes},
  openai: {envelope: 'format: openai', codes: stringCodes},
  camel: {envelope: 'format: camel', codes: stringCodes},
  problem: {envelope: 'format: problem', codes: stringCodes},
  'nested, with names on the wire': {envelope: 'format: nested\n  code_value: name', codes: stringCodes},
  'the status in code, the catalog code in type, free details': {
    envelope: `fields:
    - {path: error.code, from: status}
    - {path: error.type, from: code}
    - {path: error.message, from: message}
    - {path: error.details, from: details}
  alternatives: [problem]`,
    codes: stringCodes,
  },
  'type, message, code and details at the top': {
    envelope: `fields:
    - {path: object, const: error}
    - {path: type, from: type}
    - {path: message, from: message}
    - {path: code, from: code}
    - {path: details, from: details}
    - {path: x-request-id, from: request_id, prefix: "req:"}`,
    codes: stringCodes,
  },
  'the HTTP status as the code': {
    envelope: `fields:
    - {path: status, from: code}
    - {path: error, from: title}
    - {path: message, from: message}
  content_type: application/vnd.api+json`,
    codes: statusCodes,
  },
};

const catalogYaml = (envelope: string) => `product: {name: Gateway}
documentation_url: https://gateway.example.net/errors/{slug}
envelope:
  ${envelope}
statuses:
  "401": {title: Unauthorized}
  "404": {title: Not Found}
  "429": {title: Too Many Requests}
`;

let dir: string;
const md = createMarkdownRenderer();

const writeCatalog = (name: string, root: string, codes: string) =>
  writeOneCategoryCatalog(path.join(dir, name.replace(/[^a-z]+/g, '-')), root, codes);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'envelopes-'));
});
afterAll(() => fs.rm(dir, {recursive: true, force: true}));

/** The TypeScript client module, compiled and loaded. */
async function tsClient(catalog: Catalog, name: string) {
  const js = ts.transpileModule(clientModule(catalog, 'ts'), {
    compilerOptions: {module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022},
  }).outputText;
  const file = path.join(dir, `${name.replace(/[^a-z]+/g, '-')}.mjs`);
  await fs.writeFile(file, js);
  return (await import(pathToFileURL(file).href)) as {
    readApiError: (response: Response) => Promise<{status: number; code: unknown; message: unknown} | undefined>;
  };
}

/** What the Python client module's read_api_error returns for each body, with a stand-in for `requests`. */
function pythonReads(catalog: Catalog, responses: {status: number; body: unknown}[]): unknown[] {
  const script = `
import json, sys, types
sys.modules["requests"] = types.SimpleNamespace(Response=object, request=None)
module = types.ModuleType("api_errors")
sys.modules["api_errors"] = module
data = json.load(sys.stdin)
exec(data["source"], module.__dict__)

class Response:
    def __init__(self, status, body):
        self.ok, self.status_code, self.body = status < 400, status, body
    def json(self):
        return self.body

out = []
for r in data["responses"]:
    error = module.read_api_error(Response(r["status"], r["body"]))
    out.append(None if error is None else {"status": error.status, "code": error.code, "message": error.message})
print(json.dumps(out))
`;
  const run = spawnSync('python3', ['-c', script], {
    input: JSON.stringify({source: clientModule(catalog, 'python'), responses}),
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown[];
}

describe.each(Object.keys(envelopes))('the %s envelope, end to end', (name) => {
  it('the runtime sends the page’s example, valid by its schema and the OpenAPI export, and every reader finds the code', async () => {
    const {envelope, codes} = envelopes[name]!;
    const catalogDir = await writeCatalog(name, catalogYaml(envelope), codes);
    const {catalog, diagnostics} = await readCatalog(catalogDir);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const renderer = await md;
    const content = buildContent(catalog!, {routeBase: '/errors', siteUrl: 'https://gateway.example.net'}, renderer);
    const lookup = {origin: 'https://gateway.example.net', ...content.lookupShards};
    const responder = createErrorResponder(catalogExport(catalog!, renderer), {mode: 'production'});
    const format = catalog!.envelope.formats[0]!;
    const ajv = new Ajv2020({strict: false, validateFormats: false});
    const openApi = ajv.compile((openApiExport(catalog!).components as {schemas: {ErrorResponse: object}}).schemas.ErrorResponse);
    const client = await tsClient(catalog!, name);
    const sent: {status: number; body: unknown}[] = [];

    for (const entry of catalog!.codes) {
      const page = content.codes.find((c) => c.code === entry.code)!;
      const response = responder.respond(entry.code, exampleValues(entry), {
        requestId: catalog!.envelope.requestIdExample,
        ...(entry.example.details ? {details: entry.example.details} : {}),
        ...(entry.example.param ? {param: entry.example.param} : {}),
      });
      const where = `${name}: ${entry.codeText}`;
      expect(response.status, where).toBe(entry.status);
      expect(response.headers['Content-Type'], where).toBe(format.contentType);
      expect(response.body, where).toEqual(JSON.parse(page.examples[0]!.body));
      expect(envelopeBodySchema(format).safeParse(response.body).error, where).toBeUndefined();
      expect(openApi(response.body), `${where}: ${ajv.errorsText(openApi.errors)}`).toBe(true);

      const code = wireCode(catalog!, entry);
      expect(valueAt(response.body, codePath(format)), where).toBe(code);
      const detailsPath = fieldPath(format, 'details');
      if (detailsPath && entry.example.details) expect(valueAt(response.body, detailsPath), where).toEqual(entry.example.details);

      const read = await client.readApiError(new Response(JSON.stringify(response.body), {status: response.status}));
      expect(read, where).toMatchObject({status: entry.status, code, message: valueAt(response.body, fieldPath(format, 'message')!)});
      sent.push({status: response.status, body: response.body});

      expect((await explain(JSON.stringify(response.body), lookup)).matches[0]?.code, where).toBe(entry.code);
    }
    expect(pythonReads(catalog!, sent)).toEqual(
      catalog!.codes.map((entry, i) => ({
        status: entry.status,
        code: wireCode(catalog!, entry),
        message: valueAt(sent[i]!.body, fieldPath(format, 'message')!),
      })),
    );
  });
});

describe('an envelope the catalog describes', () => {
  const refusals = async (name: string, envelope: string, codes = stringCodes, guide?: string) => {
    const catalogDir = await writeCatalog(name, catalogYaml(envelope), codes);
    if (guide !== undefined) {
      await fs.mkdir(path.join(catalogDir, 'guides'));
      await fs.writeFile(path.join(catalogDir, 'guides/reading.md'), guide);
    }
    const {catalog, diagnostics} = await readCatalog(catalogDir);
    expect(catalog).toBeUndefined();
    return errorLines(diagnostics);
  };

  it('is refused where a field is malformed, with every problem at its field', async () => {
    expect(
      await refusals(
        'malformed',
        `fields:
    - {path: error.code, from: code}
    - {path: error.message, from: message}
    - {path: error.kind, const: x, or: y}
    - {path: "error code", from: code}
  code_value: name`,
      ),
    ).toEqual([
      'catalog.yaml:7:40 error envelope.fields[2].or: applies only to a field with from',
      'catalog.yaml:8:14 error envelope.fields[3].path: must be field names joined by dots, such as error.code',
      'catalog.yaml:9:15 error envelope.code_value: applies only with format; in fields, write from: name',
    ]);
  });

  it('is refused where two fields collide or a client could not find the code and message', async () => {
    expect(
      await refusals(
        'colliding',
        `fields:
    - {path: error, const: x}
    - {path: error.detail, from: status}
    - {path: status, from: status}
    - {path: status, from: title}`,
        stringCodes,
        // A guide's example body waits for a sound envelope: the collision is reported, not crashed on.
        '---\ntitle: Reading errors\nsummary: What a body says.\nsymptoms: [An error]\n---\n\n```json\n{"error": "x", "status": 401}\n```\n',
      ),
    ).toEqual([
      'catalog.yaml:5:5 error envelope.fields: needs a field from code (or from name): the code a client reads',
      'catalog.yaml:5:5 error envelope.fields: needs a field from message',
      'catalog.yaml:6:14 error envelope.fields[1].path: error holds a value (field 1), so it has no field error.detail',
      'catalog.yaml:8:14 error envelope.fields[3].path: status is already field 3',
    ]);
  });

  it('needs on every code the facts its fields always carry', async () => {
    expect(
      await refusals(
        'always-carried',
        `fields:
    - {path: code, from: name}
    - {path: type, from: type}
    - {path: message, from: message}`,
        statusCodes,
      ),
    ).toEqual(
      [3, 7, 13].flatMap((line, i) =>
        ['name', 'type'].map(
          (field) =>
            `errors.yaml:${line}:5 error codes[${i}]: field "${field}" is required: the envelope's field ${field === 'name' ? 'code' : 'type'} carries it`,
        ),
      ),
    );
  });

  it('is read from a body in the catalog’s own format first, then in the alternatives', async () => {
    const {catalog} = await readCatalog(
      await writeCatalog(
        'both',
        catalogYaml(envelopes['the status in code, the catalog code in type, free details']!.envelope),
        stringCodes,
      ),
    );
    expect(catalog!.envelope.formats.map((f) => f.id)).toEqual(['custom', 'problem']);
    expect(catalog!.envelope.identifier).toBe('code');
  });
});
