import {promises as fs} from 'node:fs';
import path from 'node:path';
import {expect} from 'vitest';
import {formatDiagnostic, readCatalog, type Diagnostic} from '../model';

export const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
export const repoRoot = path.resolve(__dirname, '../../../..');
export const demoCatalog = path.join(repoRoot, 'catalog');
export const synaxisCatalog = path.join(repoRoot, 'examples/synaxis/catalog');
/** A gateway in its own envelope, which sends the seconds to wait in the body. */
export const gatewayCatalog = path.join(repoRoot, 'tests/fixtures/gateway-site/catalog');

/** Writes a catalog of one category, `errors`, whose `codes:` list is `codes` (YAML, starting with a line break). */
export async function writeOneCategoryCatalog(catalogDir: string, root: string, codes: string): Promise<string> {
  await fs.mkdir(path.join(catalogDir, 'categories'), {recursive: true});
  await fs.writeFile(path.join(catalogDir, 'catalog.yaml'), root);
  await fs.writeFile(path.join(catalogDir, 'categories/errors.yaml'), `category: {id: errors, title: Errors}\ncodes:${codes}`);
  return catalogDir;
}

/** The errors among diagnostics as `check` prints them, each file named without its directory. */
export const errorLines = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((d) => d.severity === 'error')
    .map(formatDiagnostic)
    .map((d) => d.replace(/^.*[/\\]/, ''));

/** The errors of a one-category catalog (see `writeOneCategoryCatalog`) that must fail to load. */
export async function refusedCatalogErrors(catalogDir: string, root: string, codes: string): Promise<string[]> {
  const {catalog, diagnostics} = await readCatalog(await writeOneCategoryCatalog(catalogDir, root, `\n${codes}`));
  expect(catalog).toBeUndefined();
  return errorLines(diagnostics);
}
