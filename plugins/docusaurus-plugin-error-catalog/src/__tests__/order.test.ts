/** Pages list codes, categories and guides in the authors' order, unless the catalog asks for code order. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readCatalog} from '../model';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'order-'));
});
afterAll(async () => {
  await fs.rm(dir, {recursive: true, force: true});
});

const code = (value: string) => `  - {code: ${value}, title: T ${value}, message: M ${value}}\n`;

/** Three category files and two guides, none written in code or file-name order. */
async function writeCatalog(name: string, root: string): Promise<string> {
  const catalogDir = path.join(dir, name);
  await fs.mkdir(path.join(catalogDir, 'categories'), {recursive: true});
  await fs.mkdir(path.join(catalogDir, 'guides'), {recursive: true});
  await fs.writeFile(path.join(catalogDir, 'catalog.yaml'), `product: {name: Order}\n${root}`);
  const category = (id: string, extra: string, codes: string[]) =>
    fs.writeFile(
      path.join(catalogDir, `categories/${id}.yaml`),
      `category: {id: ${id}, title: ${id}${extra}}\ncodes:\n${codes.map(code).join('')}`,
    );
  await category('alpha', '', ['30', 'b', '10']);
  await category('beta', ', position: 1', ['20']);
  await category('gamma', '', ['a']);
  const guide = (slug: string, extra: string) =>
    fs.writeFile(path.join(catalogDir, `guides/${slug}.md`), `---\ntitle: ${slug}\nsummary: S\nsymptoms: [s]\n${extra}---\n\nBody.\n`);
  await guide('first-by-name', '');
  await guide('second-by-name', 'position: 1\n');
  return catalogDir;
}

async function order(name: string, root: string) {
  const {catalog, diagnostics} = await readCatalog(await writeCatalog(name, root));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return {
    categories: catalog!.categories.map((c) => `${c.id}: ${c.codes.map((e) => e.codeText).join(' ')}`),
    codes: catalog!.codes.map((e) => e.codeText),
    guides: catalog!.guides.map((g) => g.slug),
  };
}

describe('the order of codes, categories and guides', () => {
  it('is the authors’: codes as written, categories and guides by position, then by file name', async () => {
    expect(await order('written', '')).toEqual({
      categories: ['beta: 20', 'alpha: 30 b 10', 'gamma: a'],
      codes: ['20', '30', 'b', '10', 'a'],
      guides: ['second-by-name', 'first-by-name'],
    });
  });

  it('is by code with `order: code`: numbers ascending, then strings, and categories by their first code', async () => {
    expect(await order('by-code', 'order: code\n')).toEqual({
      categories: ['alpha: 10 30 b', 'beta: 20', 'gamma: a'],
      codes: ['10', '20', '30', 'a', 'b'],
      guides: ['second-by-name', 'first-by-name'],
    });
  });
});
