import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeSyntheticCatalog} from '../bench/synthetic';
import {guideCodes, loadCatalog, readCatalog, translationCoverage} from '../plugins/docusaurus-plugin-error-catalog/src/model';

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
    const c = await tree(path.join(base, 'c'));
    const guides = (files: Record<string, string>) => Object.entries(files).filter(([file]) => file.startsWith('guides/'));
    expect(guides(a)).toHaveLength(6);
    expect(await tree(path.join(base, 'b'))).toEqual(a);
    expect(c).not.toEqual(a);
    expect(guides(c)).not.toEqual(guides(a));
  });

  it('makes a valid catalog of N codes in every locale', async () => {
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'synthetic-')), 'catalog');
    await writeSyntheticCatalog(dir, {codes: 250, seed: 1, perCategory: 100});
    const catalog = await loadCatalog(dir);
    expect(catalog.codes).toHaveLength(250);
    expect(catalog.categories).toHaveLength(3);
    expect(translationCoverage(catalog).every((c) => c.translated === c.total)).toBe(true);
  });

  it('writes about one valid symptom guide per 50 codes, some with a flow', async () => {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'synthetic-'));
    await writeSyntheticCatalog(path.join(base, 'large'), {codes: 500, seed: 3, perCategory: 100});
    await writeSyntheticCatalog(path.join(base, 'small'), {codes: 10, seed: 3});
    const large = await readCatalog(path.join(base, 'large'));
    const small = await readCatalog(path.join(base, 'small'));
    // The checks behind these: known codes, free slugs, flows that reach an end, valid error bodies.
    expect([...large.diagnostics, ...small.diagnostics].filter((d) => d.severity === 'error')).toEqual([]);
    expect(small.catalog!.guides).toHaveLength(1);
    const {guides} = large.catalog!;
    expect(guides).toHaveLength(10);
    for (const guide of guides) {
      expect(guide.codes.length).toBeGreaterThanOrEqual(3);
      expect(guide.codes.length).toBeLessThanOrEqual(8);
      expect(guide.symptoms.length).toBeGreaterThanOrEqual(2);
      expect(guide.symptoms.length).toBeLessThanOrEqual(4);
      expect(guide.body).toContain(`\`${guide.codes[0]}\``);
      if (guide.flow) {
        expect(Object.keys(guide.flow.steps).length).toBeGreaterThanOrEqual(6);
        expect(Object.keys(guide.flow.steps).length).toBeLessThanOrEqual(10);
        expect(guideCodes(guide).every((c) => guide.codes.map(String).includes(c))).toBe(true);
      }
    }
    const flows = guides.filter((g) => g.flow).length;
    expect(flows).toBeGreaterThan(0);
    expect(flows).toBeLessThan(guides.length);
  });
});
