import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeSyntheticCatalog} from '../bench/synthetic';
import {loadCatalog, translationCoverage} from '../plugins/docusaurus-plugin-error-catalog/src/model';

async function tree(dir: string): Promise<Record<string, string>> {
  const files = (await fs.readdir(dir, {recursive: true, withFileTypes: true})).filter((e) => e.isFile());
  return Object.fromEntries(
    await Promise.all(
      files.map(async (f) => [
        path.relative(dir, path.join(f.parentPath, f.name)),
        await fs.readFile(path.join(f.parentPath, f.name), 'utf8'),
      ]),
    ),
  );
}

describe('the synthetic catalog generator', () => {
  it('is deterministic: the same seed gives the same catalog', async () => {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'synthetic-'));
    await writeSyntheticCatalog(path.join(base, 'a'), {codes: 300, seed: 7, perCategory: 100});
    await writeSyntheticCatalog(path.join(base, 'b'), {codes: 300, seed: 7, perCategory: 100});
    await writeSyntheticCatalog(path.join(base, 'c'), {codes: 300, seed: 8, perCategory: 100});
    const a = await tree(path.join(base, 'a'));
    expect(await tree(path.join(base, 'b'))).toEqual(a);
    expect(await tree(path.join(base, 'c'))).not.toEqual(a);
  });

  it('makes a valid catalog of N codes in every locale', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'synthetic-')), 'catalog');
    await writeSyntheticCatalog(dir, {codes: 250, seed: 1, perCategory: 100});
    const catalog = await loadCatalog(dir);
    expect(catalog.codes).toHaveLength(250);
    expect(catalog.categories).toHaveLength(3);
    expect(translationCoverage(catalog).every((c) => c.translated === c.total)).toBe(true);
  });
});
