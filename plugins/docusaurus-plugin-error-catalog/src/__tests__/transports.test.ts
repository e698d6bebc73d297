/** A catalog's transport (HTTP, gRPC, a process exit code) sets what a code's status is, and how pages name it. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {catalogExport, createMarkdownRenderer, readCatalog, type Catalog} from '../model';
import {buildContent} from '../model/content';
import {errorLines, refusedCatalogErrors, writeOneCategoryCatalog} from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'transports-'));
});
afterAll(async () => {
  await fs.rm(dir, {recursive: true, force: true});
});

const errors = (name: string, root: string, codes: string) => refusedCatalogErrors(path.join(dir, name), root, codes);

async function loaded(name: string, root: string, codes: string): Promise<Catalog> {
  const {catalog, diagnostics} = await readCatalog(await writeOneCategoryCatalog(path.join(dir, name), root, `\n${codes}`));
  expect(errorLines(diagnostics)).toEqual([]);
  return catalog!;
}

const exitCodes = `product: {name: Tool}
transport: exit_code
statuses:
  "0": {title: Success}
  "2": {title: Usage}
  "65": {title: DATAERR, meaning: The input data was incorrect.}
`;
const exitCodeEntries = `  - code: W0001
    title: Unused import
    message: Unused import
    status: 0
  - code: E0002
    title: Unknown flag
    message: Unknown flag
    status: 2
`;

describe('a gRPC catalog', () => {
  it('refuses statuses outside 0 to 16, OK as an error, and every HTTP fact, each at its field', async () => {
    expect(
      await errors(
        'grpc-misfits',
        `product: {name: Rpc}
transport: grpc
headers:
  - {name: X-Request-Id, description: The request, example: r-1}
statuses:
  "0": {title: OK}
  "14": {title: UNAVAILABLE}
  "404": {title: Not Found}
`,
        `  - code: BACKEND_UNAVAILABLE
    title: Backend unavailable
    message: Backend unavailable
    status: 14
  - code: NOTHING_WRONG
    title: Nothing wrong
    message: Nothing wrong
    status: 0
  - code: NOT_THERE
    title: Not there
    message: Not there
    status: 404
    example:
      details: {id: 3}
  - code: NO_STATUS
    title: No status
    message: No status
`,
      ),
    ).toEqual([
      'catalog.yaml:4:3 error headers: applies only to codes sent over HTTP: catalog.yaml has no envelope',
      'catalog.yaml:8:10 error statuses.404: must be a gRPC status code from 0 to 16',
      "errors.yaml:10:13 error codes[1].status: status 0 is not an error: an error code's gRPC status is 1 to 16, as 0 is OK",
      'errors.yaml:14:13 error codes[2].status: must be a gRPC status code from 0 to 16',
      'errors.yaml:16:7 error codes[2].example: applies only to codes sent over HTTP: catalog.yaml has no envelope',
      'errors.yaml:17:5 error codes[3]: field "status" is required: catalog.yaml declares transport grpc, so every code has a gRPC status code',
    ]);
  });

  it('refuses an envelope, which describes HTTP responses, and http without one', async () => {
    const code = `  - code: bad_input
    title: Bad input
    message: Bad input
    status: 400
`;
    expect(
      await errors(
        'grpc-envelope',
        `product: {name: Rpc}\ntransport: grpc\nenvelope: {format: nested}\nstatuses:\n  "400": {title: Bad Request}\n`,
        code,
      ),
    ).toEqual([
      'catalog.yaml:2:12 error transport: must be http, or be left out: the envelope describes HTTP responses',
      'catalog.yaml:5:10 error statuses.400: must be a gRPC status code from 0 to 16',
      'errors.yaml:6:13 error codes[0].status: must be a gRPC status code from 0 to 16',
    ]);
    expect(await errors('http-bare', `product: {name: Api}\ntransport: http\nstatuses:\n  "400": {title: Bad Request}\n`, code)).toEqual([
      'catalog.yaml:2:12 error transport: http needs an envelope: declare the body of error responses under envelope',
    ]);
  });
});

describe('an exit-code catalog', () => {
  it('takes 0 to 255, 0 included, and refuses what is outside', async () => {
    await loaded('exit-codes', exitCodes, exitCodeEntries);
    expect(
      await errors(
        'exit-misfits',
        `${exitCodes}  "256": {title: Too big}\n`,
        `${exitCodeEntries}  - code: E0003\n    title: Big\n    message: Big\n    status: 300\n`,
      ),
    ).toEqual([
      'catalog.yaml:7:10 error statuses.256: must be a process exit code from 0 to 255',
      'errors.yaml:14:13 error codes[2].status: must be a process exit code from 0 to 255',
    ]);
  });

  it('gets status pages and an exit-code reference, and no HTTP guide; its export names the transport', async () => {
    const catalog = await loaded('exit-pages', exitCodes, exitCodeEntries);
    const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
    expect(content.transport).toBe('exit_code');
    expect(content.guidesIndex.generated).toEqual([
      {id: 'statuses', permalink: '/errors/guides/exit-codes'},
      {id: 'retries', permalink: '/errors/guides/retries'},
      {id: 'quick-reference', permalink: '/errors/guides/quick-reference'},
    ]);
    expect(content.statusReference?.permalink).toBe('/errors/guides/exit-codes');
    expect(content.statusReference?.statuses.map((s) => [s.status, s.title, s.count])).toEqual([
      [0, 'Success', 1],
      [2, 'Usage', 1],
      [65, 'DATAERR', 0],
    ]);
    expect(content.statuses.map((s) => s.permalink)).toEqual(['/errors/status/0', '/errors/status/2', '/errors/status/65']);
    expect(content.clientHandling).toBeUndefined();
    const code = content.codes.find((c) => c.code === 'E0002')!;
    expect(code.status).toEqual({code: 2, title: 'Usage', permalink: '/errors/status/2'});
    expect(code.examples).toEqual([]);
    expect(code.snippets).toEqual([]);
    expect(catalogExport(catalog, await createMarkdownRenderer())).toMatchObject({
      transport: 'exit_code',
      statuses: [{status: 0}, {status: 2}, {status: 65}],
    });
  });
});

describe('a guide or prose page', () => {
  it('may not take the URL of any transport’s status reference', async () => {
    const catalogDir = await writeOneCategoryCatalog(
      path.join(dir, 'reserved'),
      `product: {name: Api}\nenvelope: {format: nested}\nstatuses:\n  "400": {title: Bad Request}\n`,
      `\n  - code: bad_input\n    title: Bad input\n    message: Bad input\n    status: 400\n`,
    );
    await fs.mkdir(path.join(catalogDir, 'guides'));
    await fs.writeFile(
      path.join(catalogDir, 'guides/exit-codes.md'),
      '---\ntitle: Exit codes\nsummary: What the exit codes mean.\nsymptoms: [exit status 2]\ncodes: [bad_input]\n---\nText.\n',
    );
    const {diagnostics} = await readCatalog(catalogDir);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      'guides/exit-codes.md would take the URL of the generated exit-codes guide; rename the file',
    ]);
  });
});
