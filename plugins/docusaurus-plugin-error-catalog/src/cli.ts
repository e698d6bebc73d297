/** `error-catalog check [dir]` validates a catalog; `error-catalog schema --out-dir <dir>` writes JSON Schemas. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {catalogJsonSchemas, formatDiagnostic, loadCatalog, readCatalog} from './model';
import {formatMismatch, verifySite} from './verify';

const usage = `Usage:
  error-catalog check [catalog-dir]        Validate a catalog (default: ./catalog); exits 1 on errors
  error-catalog verify [catalog-dir] --build <dir> [--route-base /errors]
                                           Check a built site against the catalog; exits 1 on any mismatch
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
    `${dir}: ${catalog.codes.length} codes in ${catalog.categories.length} categor${catalog.categories.length === 1 ? 'y' : 'ies'}, ` +
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

async function verify(dir: string, buildDir: string, routeBase: string): Promise<number> {
  const catalog = await loadCatalog(dir);
  const mismatches = await verifySite(catalog, buildDir, routeBase);
  for (const m of mismatches) console.log(formatMismatch(m));
  console.log(
    mismatches.length === 0
      ? `${buildDir}: ${catalog.codes.length} code pages and every table match ${dir}`
      : `\n${buildDir}: ${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'} with ${dir}`,
  );
  return mismatches.length === 0 ? 0 : 1;
}

/** `--name value` flags after the positional arguments. */
function flags(args: string[]): {positional: string[]; named: Map<string, string>} {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--') && args[i + 1] !== undefined) named.set(arg.slice(2), args[++i]!);
    else positional.push(arg);
  }
  return {positional, named};
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const {positional, named} = flags(rest);
  if (command === 'check' && positional.length <= 1 && named.size === 0) return check(positional[0] ?? 'catalog');
  if (command === 'verify' && positional.length <= 1 && named.has('build')) {
    return verify(positional[0] ?? 'catalog', named.get('build')!, named.get('route-base') ?? '/errors');
  }
  if (command === 'schema' && named.has('out-dir') && positional.length === 0) return writeSchemas(named.get('out-dir')!);
  console.error(usage);
  return 2;
}
