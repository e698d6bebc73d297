import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {aliasSegments, formatDiagnostic, loadCatalog, readCatalog, updatedLock} from '../model';
import {fixture} from './helpers';

/** A copy of the minimal fixture (which has a lock) with one edit to a category file. */
async function edited(from: string, to: string) {
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-')), 'minimal');
  await fs.cp(fixture('minimal'), dir, {recursive: true});
  const file = path.join(dir, 'categories/client.yaml');
  const text = await fs.readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
  await fs.writeFile(file, text.replace(from, to));
  return {dir, read: () => readCatalog(dir)};
}

describe('aliases', () => {
  it('cover the name and the code in both cases with - or _, plus declared former URLs', async () => {
    const catalog = await loadCatalog(fixture('minimal'));
    expect(aliasSegments(catalog.codes[2]!)).toEqual(['SLOW-DOWN', 'SLOW_DOWN', 'slow-down', 'slow_down']);
    expect(
      aliasSegments({codeText: 'invalid_api_key', name: 'INVALID_API_KEY', slug: 'invalid-api-key', aliases: ['bad_key'], namesakes: []}),
    ).toEqual(['INVALID-API-KEY', 'INVALID_API_KEY', 'bad_key', 'invalid_api_key']);
  });

  it('may not lead to another code’s page', async () => {
    const {read} = await edited('    name: MISSING\n', '    name: MISSING\n    aliases: ["100"]\n');
    const {diagnostics} = await read();
    expect(diagnostics.map(formatDiagnostic)).toContain(
      'minimal/categories/client.yaml:26:14 error codes[1].aliases: URLs /100 of code 101 would also lead to code 100',
    );
  });
});

describe('the URL lock', () => {
  it('fails when a published code is deleted, pointing at the lock entry', async () => {
    const {read} = await edited('  - code: 101\n', '  - code: 103\n');
    const messages = (await read()).diagnostics.map(formatDiagnostic);
    expect(messages).toContain(
      'minimal/urls.lock.json:14:5 error codes.101: code 101 (MISSING) was published at /101; deleting it breaks that link: restore it and mark it lifecycle.removed',
    );
  });

  it('fails when a retired code is reused', async () => {
    const {read} = await edited('      removed: {since: "2.0", reason: Merged into the new limiter.}\n      replaced_by: 102\n', '');
    expect((await read()).diagnostics.map((d) => d.message)).toContain(
      'code 104 was retired in 2.0 (urls.lock.json); a retired code is never reused: give this error a new code',
    );
  });

  it('fails when a renamed code drops a published URL, until the URL is kept as an alias', async () => {
    const renamed = await edited('    name: MISSING\n', '    name: GONE\n');
    expect((await renamed.read()).diagnostics.map((d) => d.message)).toContain(
      'URL /MISSING was published for code 101; keep it working: add "MISSING" to aliases',
    );
    const kept = await edited(
      '    name: MISSING\n',
      '    name: GONE\n    aliases: [MISSING, MISSING_, missing, missing-, missing_, MISSING-]\n',
    );
    expect((await kept.read()).diagnostics.filter((d) => d.message.includes('was published'))).toEqual([]);
  });

  it('asks for `error-catalog lock` when a new code is not recorded, and the update keeps every old entry', async () => {
    const {dir, read} = await edited('  - code: 104\n', '  - code: 104\n');
    await fs.appendFile(
      path.join(dir, 'categories/client.yaml'),
      '  - {code: 105, name: NEW_ONE, title: New, status: 400, message: New, description: New., expose_details: true, retryable: false, causes: [A.], resolution: [B.], lifecycle: {since: "2.0"}}\n',
    );
    const before = await read();
    expect(before.diagnostics.map((d) => d.message)).toContain(
      'code 105 is not recorded in urls.lock.json; run `error-catalog lock` and commit urls.lock.json',
    );
    const updating = await readCatalog(dir, {updatingLock: true});
    const lock = updatedLock(updating.catalog!, updating.lock);
    expect(Object.keys(lock.codes)).toEqual(['100', '101', '102', '104', '105']);
    expect(lock.codes['104']!.removed).toBe('2.0');
    expect(lock.codes['105']!.urls[0]).toBe('105');
  });
});
