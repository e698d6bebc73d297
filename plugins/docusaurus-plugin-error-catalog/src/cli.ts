/** `error-catalog check [dir]` validates a catalog; `error-catalog schema --out-dir <dir>` writes JSON Schemas. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {catalogJsonSchemas, formatDiagnostic, readCatalog} from './model';

const usage = `Usage:
  error-catalog check [catalog-dir]        Validate a catalog (default: ./catalog); exits 1 on errors
  error-catalog schema --out-dir <dir>     Write catalog.schema.json and category.schema.json`;

async function check(dir: string): Promise<number> {
  const {catalog, diagnostics} = await readCatalog(dir);
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (!catalog) {
    console.log(`\n${dir}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    return 1;
  }
  console.log(
    `${dir}: ${catalog.codes.length} codes in ${catalog.categories.length} categories, ` +
      `${catalog.statuses.length} HTTP statuses: OK` +
      (warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''),
  );
  return 0;
}

async function writeSchemas(outDir: string): Promise<number> {
  const schemas = catalogJsonSchemas();
  await fs.mkdir(outDir, {recursive: true});
  await fs.writeFile(path.join(outDir, 'catalog.schema.json'), `${JSON.stringify(schemas.catalog, null, 2)}\n`);
  await fs.writeFile(path.join(outDir, 'category.schema.json'), `${JSON.stringify(schemas.category, null, 2)}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'check' && rest.length <= 1) return check(rest[0] ?? 'catalog');
  if (command === 'schema' && rest[0] === '--out-dir' && rest[1]) return writeSchemas(rest[1]);
  console.error(usage);
  return 2;
}
