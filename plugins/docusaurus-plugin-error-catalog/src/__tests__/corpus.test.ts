/**
 * The corpus of broken and hostile catalogs: each case under __fixtures__/corpus is a set of files laid over the
 * minimal catalog, with expected.json listing every error `check` must report (file, line, field and the gist of the
 * message) and the warnings it must give. Nothing else may be an error.
 */
import {promises as fs, readdirSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readCatalog, sourceLimits, type Diagnostic} from '../model';
import {fixture} from './helpers';

interface Expected {
  file: string;
  /** null where the line depends on the parser (an alias or a nesting limit found mid-file). */
  line: number | null;
  /** null where the field is not the point. */
  field: string | null;
  gist: string;
}

interface Case {
  why: string;
  remove?: string[];
  errors: Expected[];
  warnings?: Expected[];
}

const corpus = fixture('corpus');

/** The minimal catalog with the case's files laid over it, in a directory named `catalog`. */
async function catalogOf(name: string, spec: Case): Promise<string> {
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), `corpus-${name}-`)), 'catalog');
  await fs.cp(fixture('minimal'), dir, {recursive: true});
  // Without the lock, a case's new codes are not "unrecorded" errors; the lock has tests of its own.
  for (const rel of ['urls.lock.json', ...(spec.remove ?? [])]) await fs.rm(path.join(dir, rel), {recursive: true, force: true});
  const caseDir = path.join(corpus, name);
  for (const entry of await fs.readdir(caseDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const rel = path.relative(caseDir, path.join(entry.parentPath, entry.name));
    if (rel === 'expected.json') continue;
    // A directory holding only .gitkeep stands where the base has a file of that name.
    if (entry.name === '.gitkeep') {
      const target = path.join(dir, path.dirname(rel));
      await fs.rm(target, {recursive: true, force: true});
      await fs.mkdir(target, {recursive: true});
      continue;
    }
    await fs.mkdir(path.dirname(path.join(dir, rel)), {recursive: true});
    await fs.copyFile(path.join(caseDir, rel), path.join(dir, rel));
  }
  return dir;
}

const matches = (d: Diagnostic, e: Expected) =>
  d.file === path.join('catalog', e.file) &&
  (e.line === null || d.line === e.line) &&
  (e.field === null || d.field === e.field) &&
  d.message.includes(e.gist);

describe('the corpus of broken and hostile catalogs', () => {
  const cases = readdirSync(corpus, {withFileTypes: true})
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

  it('has a case for every kind of breakage the format must survive', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s', async (name) => {
    const spec = JSON.parse(await fs.readFile(path.join(corpus, name, 'expected.json'), 'utf8')) as Case;
    const {catalog, diagnostics} = await readCatalog(await catalogOf(name, spec));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const shown = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.field}: ${d.message}`);
    for (const e of spec.errors)
      expect(
        errors.some((d) => matches(d, e)),
        `${spec.why}\nexpected ${JSON.stringify(e)} in\n${shown.join('\n')}`,
      ).toBe(true);
    // Every error is listed: none is a follow-on of another, none is left unexplained.
    expect(errors.length, shown.join('\n')).toBe(spec.errors.length);
    for (const w of spec.warnings ?? []) {
      expect(
        diagnostics.some((d) => d.severity === 'warning' && matches(d, w)),
        `${JSON.stringify(w)} in\n${shown.join('\n')}`,
      ).toBe(true);
    }
    expect(catalog === undefined).toBe(spec.errors.length > 0);
    for (const d of errors) {
      expect(d.message, 'plain words, not a bare zod or ICU code').not.toMatch(
        /^Invalid input|^Invalid option|\b[A-Z]+(_[A-Z]+){2,}\b(?!:)/,
      );
      expect(d.line, d.message).toBeGreaterThan(0);
    }
  });

  it(`refuses a file over ${sourceLimits.fileBytes / 1024 / 1024} MB at once, naming the limit`, async () => {
    const dir = await catalogOf('bom', {why: '', errors: []});
    const big = Buffer.alloc(sourceLimits.fileBytes + 1, 'a');
    await fs.writeFile(path.join(dir, 'categories', 'huge.yaml'), big);
    const {diagnostics} = await readCatalog(dir);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'catalog/categories/huge.yaml:1 file is 33,554,433 bytes, over the limit of 32 MB per file; split it',
    ]);
  });
});
