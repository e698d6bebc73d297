/** A code retryable only under a condition: stated with its condition, and never retried blindly by generated clients. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildContent, clientModule, createMarkdownRenderer, loadCatalog, readCatalog, type HttpCatalog} from '../model';
import {errorLines, writeOneCategoryCatalog} from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'retry-condition-'));
});
afterAll(async () => {
  await fs.rm(dir, {recursive: true, force: true});
});

const root = `product: {name: Store}
envelope: {format: nested}
statuses:
  "409": {title: Conflict}
  "503": {title: Service Unavailable}
`;

const writeCatalog = (name: string, codes: string) => writeOneCategoryCatalog(path.join(dir, name), root, codes);

describe('a code retryable under a condition', () => {
  it('is stated with its condition and left out of what generated clients retry', async () => {
    const catalog = (await loadCatalog(
      await writeCatalog(
        'stated',
        `
  - code: version_conflict
    title: Version conflict
    status: 409
    message: The resource changed since it was read
    retryable: conditional
    retry_condition: after reading the resource again and applying the change to it
  - code: unavailable
    title: Unavailable
    status: 503
    message: Try again later
    retryable: true
`,
      ),
    )) as HttpCatalog;
    const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
    const page = content.codes.find((c) => c.code === 'version_conflict')!;
    expect(page.retryable).toBe('conditional');
    expect(page.retry).toEqual({
      kind: 'conditional',
      conditionHtml: {value: 'after reading the resource again and applying the change to it'},
    });
    expect(content.retries.retryable.map((r) => r.code)).toEqual(['unavailable']);
    expect(content.retries.conditional.map((r) => [r.code, r.conditionHtml.value])).toEqual([
      ['version_conflict', 'after reading the resource again and applying the change to it'],
    ]);
    expect(content.retries.nonRetryable).toEqual([]);
    expect(clientModule(catalog, 'ts')).toContain('export const retryableCodes = new Set<string | number>(["unavailable"]);');
    expect(clientModule(catalog, 'python')).toContain('RETRYABLE_CODES = {"unavailable"}');
    for (const snippet of page.snippets) {
      expect(snippet.code, snippet.language).toContain(
        'Retryable only when: after reading the resource again and applying the change to it',
      );
      expect(snippet.code, snippet.language).not.toMatch(/retryDelayMs|retry_delay_seconds|sleep/);
    }
  });

  it('needs its condition, and a condition needs it', async () => {
    const {catalog, diagnostics} = await readCatalog(
      await writeCatalog(
        'refused',
        `
  - code: version_conflict
    title: Version conflict
    status: 409
    message: The resource changed since it was read
    retryable: conditional
  - code: unavailable
    title: Unavailable
    status: 503
    message: Try again later
    retryable: true
    retry_condition: later
`,
      ),
    );
    expect(catalog).toBeUndefined();
    expect(errorLines(diagnostics)).toEqual([
      'errors.yaml:7:16 error codes[0].retryable: conditional needs retry_condition: when a retry can succeed',
      'errors.yaml:13:22 error codes[1].retry_condition: applies only with retryable: conditional',
    ]);
  });
});
