/** Several codes may share a name, as SQLSTATE's 22004 and 39004 share null_value_not_allowed; the name then leads to none alone. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {publishedSegments} from '../model/aliases';
import {readCatalog, typescriptExport} from '../model';
import {errorLines, writeOneCategoryCatalog} from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'shared-names-'));
});
afterAll(async () => {
  await fs.rm(dir, {recursive: true, force: true});
});

const codes = `
  - {code: "22004", name: null_value_not_allowed, title: Null value, message: Null value not allowed}
  - {code: "39004", name: null_value_not_allowed, title: Null from a routine, message: A routine returned null}
  - {code: "42P01", name: undefined_table, title: Undefined table, message: No such table}
`;

async function read(name: string, root: string, guide?: string) {
  const catalogDir = await writeOneCategoryCatalog(path.join(dir, name), root, codes);
  if (guide) {
    await fs.mkdir(path.join(catalogDir, 'guides'));
    await fs.writeFile(path.join(catalogDir, 'guides/nulls.md'), guide);
  }
  return readCatalog(catalogDir);
}

describe('a name several codes share', () => {
  it('is each code’s name, listed on each as the other’s, and the URL of neither', async () => {
    const {catalog, diagnostics} = await read('shared', 'product: {name: Db}\n');
    expect(errorLines(diagnostics)).toEqual([]);
    const [first, second, third] = catalog!.codes;
    expect([first!.namesakes, second!.namesakes, third!.namesakes]).toEqual([['39004'], ['22004'], []]);
    expect(publishedSegments(first!)).toEqual(['22004']);
    expect(publishedSegments(third!)).toContain('undefined_table');
    expect(typescriptExport(catalog!)).toContain('export type ErrorName = "null_value_not_allowed" | "undefined_table";');
  });

  it('is refused where the envelope sends the name as the code, and in a reference that would not say which code', async () => {
    const {diagnostics} = await read(
      'refused',
      'product: {name: Db}\nenvelope: {format: nested, code_value: name}\n',
      '---\ntitle: Nulls\nsummary: S.\nsymptoms: [x]\n---\n\nSee :error[null_value_not_allowed] and :error[undefined_table].\n',
    );
    // The codes have no status, which this envelope requires: those errors are not this test's.
    const about = diagnostics.filter((d) => d.severity === 'error' && (d.field.endsWith('name') || d.field === 'body'));
    expect(about.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.field}: ${d.message}`)).toEqual([
      'errors.yaml:4:27 codes[1].name: name null_value_not_allowed is also the name of code 22004 at refused/categories/errors.yaml:3:5: ' +
        'the envelope sends the name as the code, so a client could not tell them apart',
      'nulls.md:7:5 body: :error[null_value_not_allowed] is the name of codes 22004, 39004: write the code you mean',
    ]);
  });
});
