/** Headers declared for every response, for a status and for a code: what each code's response carries. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, formatDiagnostic, readCatalog, translationCoverage} from '../model';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'headers-'));
});
afterAll(() => fs.rm(dir, {recursive: true, force: true}));

async function catalogWith(name: string, headers: string, locale: string) {
  const catalogDir = path.join(dir, name);
  await fs.mkdir(path.join(catalogDir, 'categories'), {recursive: true});
  await fs.mkdir(path.join(catalogDir, 'locales'), {recursive: true});
  await fs.writeFile(
    path.join(catalogDir, 'catalog.yaml'),
    `product: {name: Headers}
envelope: {format: nested}
locales: [en, de]
${headers}`,
  );
  await fs.writeFile(
    path.join(catalogDir, 'categories/limits.yaml'),
    `category: {id: limits, title: Limits}
codes:
  - {code: quota_exceeded, title: Quota exceeded, status: 429, message: Quota exceeded}
  - code: burst_limited
    title: Burst limited
    status: 429
    message: Too many requests at once
    headers:
      - {name: retry-after, description: Seconds until a slot frees, example: 1}
  - {code: bad_input, title: Bad input, status: 400, message: Bad input}
`,
  );
  await fs.writeFile(path.join(catalogDir, 'locales/de.yaml'), `locale: de\n${locale}`);
  return readCatalog(catalogDir);
}

const declared = `headers:
  - {name: X-Request-Id, description: The request's id, example: req_1}
statuses:
  "400": {title: Bad Request}
  "429":
    title: Too Many Requests
    headers:
      - {name: Retry-After, description: Seconds until the quota resets, example: 3600}
`;

describe('response headers', () => {
  it('are the catalog’s, then the status’s, then the code’s own, a later one of the same name replacing the earlier', async () => {
    const {catalog, diagnostics} = await catalogWith('layers', declared, 'headers: {X-Request-Id: Die Kennung der Anfrage}\n');
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const headers = (code: string) =>
      catalog!.codes.find((c) => c.code === code)!.responseHeaders.map((h) => `${h.scope} ${h.name}: ${h.example}`);
    expect(headers('quota_exceeded')).toEqual(['catalog X-Request-Id: req_1', 'status Retry-After: 3600']);
    expect(headers('burst_limited')).toEqual(['catalog X-Request-Id: req_1', 'code retry-after: 1']);
    expect(headers('bad_input')).toEqual(['catalog X-Request-Id: req_1']);

    const md = await createMarkdownRenderer();
    const page = buildContent(catalog!, {routeBase: '/errors', locale: 'de', siteUrl: 'https://x.example'}, md).codes.find(
      (c) => c.code === 'quota_exceeded',
    )!;
    expect(page.headers.map((h) => [h.name, h.descriptionHtml])).toEqual([
      ['X-Request-Id', {value: 'Die Kennung der Anfrage'}],
      ['Retry-After', {value: 'Seconds until the quota resets', fallback: true}],
    ]);
    expect(page.examples[0]!.headers).toEqual([
      ['Content-Type', 'application/json'],
      ['Content-Language', 'de'],
      ['X-Request-Id', 'req_1'],
      ['Retry-After', '3600'],
    ]);
    // Counted once where declared: the catalog's header is translated, the status's is not.
    const missing = translationCoverage(catalog!)[0]!.missing.filter((m) => m.field.startsWith('headers.'));
    expect(missing).toEqual([
      {kind: 'status', key: '429', field: 'headers.Retry-After'},
      {kind: 'code', key: 'burst_limited', field: 'headers.retry-after'},
    ]);
  });

  it('are refused where a list names one twice, or a translation names one nobody declares', async () => {
    const {catalog, diagnostics} = await catalogWith(
      'refused',
      declared.replace('statuses:', '  - {name: x-request-id, description: Again, example: req_2}\nstatuses:'),
      'headers: {X-Trace: Spur}\nstatuses:\n  "400": {headers: {Retry-After: Sekunden}}\n',
    );
    expect(catalog).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d).replace(/^.*[/\\]/, ''))).toEqual([
      'catalog.yaml:6:12 error headers[1].name: header x-request-id is listed twice',
      'de.yaml:2:11 error headers.X-Trace: catalog.yaml has no header X-Trace',
      'de.yaml:4:21 error statuses.400.headers.Retry-After: status 400 has no header Retry-After',
    ]);
  });
});
