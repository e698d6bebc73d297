/** The `error-catalog` command: init, import, check, verify, lock, export, schema and explain. */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {
  buildContent,
  CatalogError,
  catalogExport,
  catalogJsonSchemas,
  codeLabel,
  createMarkdownRenderer,
  formatCoverage,
  formatDiagnostic,
  loadCatalog,
  lockFileName,
  openApiExport,
  overHttp,
  readCatalog,
  translationCoverage,
  typescriptExport,
  updatedLock,
  type Catalog,
  type Diagnostic,
  type UrlLock,
} from './model';
import {importToDirectory} from './importReference';
import {explain, guideOf, reasonLabels} from './match';
import {pluginLabels} from './model/pluginLabels';
import {initCatalog} from './init';
import {checkFlowsDrawable, siteDrawsMermaid} from './mermaid';
import {Refusal} from './refusal';
import {readSiteConfig} from './siteConfig';
import {formatMismatch, verifySite} from './verify';

const usage = `Usage:
  error-catalog init [site-dir] [--catalog catalog] [--route-base-path errors]
                                           Write a starter catalog into a Docusaurus site and print the config lines
  error-catalog import <reference.md> --out <dir>
                                           Turn a hand-written Markdown error reference into a catalog draft and a report
  error-catalog check [catalog-dir]        Validate a catalog (default: ./catalog); exits 1 on errors
  error-catalog verify [catalog-dir] --build <dir> [--route-base-path errors]
                                           Check a built site against the catalog; exits 1 on any mismatch
  error-catalog lock [catalog-dir]         Record every code URL in urls.lock.json (never drops an entry)
  error-catalog export <json|typescript|openapi> [catalog-dir] [--out <file>]
                                           The catalog as JSON (what the runtime helper reads), a TypeScript
                                           module of codes and message parameters, or OpenAPI 3.1 components
  error-catalog schema --out-dir <dir>     Write catalog, category, locale and guide .schema.json files
  error-catalog explain <text> [catalog-dir] [--locale xx] [--route-base-path errors] [--format text|json]
                                           Find the code a pasted message, JSON body, log line or link names,
                                           ranked as the site's paste box ranks it, with each page's URL`;

/**
 * Guides with a recovery flow need Mermaid in the site. Where the catalog sits in a Docusaurus site, its config says
 * whether it loads Mermaid; elsewhere, check says what the site will need.
 */
async function mermaidDiagnostics(dir: string, catalog: Catalog): Promise<Diagnostic[]> {
  // Loading the site's config costs a second or more: only a flow needs it.
  if (!catalog.guides.some((guide) => guide.flow)) return [];
  const site = await readSiteConfig(path.dirname(path.resolve(dir)));
  try {
    checkFlowsDrawable(catalog, site !== undefined && siteDrawsMermaid(site));
    return [];
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    // Outside a site, the flows are fine as they are: the site that builds them must load Mermaid.
    return site ? error.diagnostics : error.diagnostics.map((d) => ({...d, severity: 'warning' as const}));
  }
}

async function check(dir: string): Promise<number> {
  const read = await readCatalog(dir);
  const diagnostics = [...read.diagnostics, ...(read.catalog ? await mermaidDiagnostics(dir, read.catalog) : [])];
  const catalog = diagnostics.some((d) => d.severity === 'error') ? undefined : read.catalog;
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (!catalog) {
    console.log(`\n${dir}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    return 1;
  }
  const coverage = translationCoverage(catalog);
  if (coverage.length > 0)
    console.log(
      `Translations (missing fields fall back to ${catalog.locales[0]}):\n${coverage.map((c) => `  ${formatCoverage(c)}`).join('\n')}`,
    );
  console.log(
    `${dir}: ${catalog.codes.length} code${catalog.codes.length === 1 ? '' : 's'} in ${catalog.categories.length} categor${catalog.categories.length === 1 ? 'y' : 'ies'}` +
      (catalog.transport
        ? `, ${catalog.statuses.length} ${catalog.transport.label} status${catalog.statuses.length === 1 ? '' : 'es'}`
        : '') +
      ': OK' +
      (warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''),
  );
  return 0;
}

async function writeSchemas(outDir: string): Promise<number> {
  const schemas = catalogJsonSchemas();
  await fs.mkdir(outDir, {recursive: true});
  for (const [kind, schema] of Object.entries(schemas)) {
    await fs.writeFile(path.join(outDir, `${kind}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  return 0;
}

/** Verifies every catalog locale found in the build: the source language at the root, the others under /<locale>/. */
async function verify(dir: string, buildDir: string, routeBasePath: string): Promise<number> {
  const catalog = await loadCatalog(dir);
  // The root holds the default locale (or the one locale of a `--locale xx` build): its <html lang> says which.
  const rootIndex = await fs.readFile(path.join(buildDir, `${routeBasePath}.html`), 'utf8').catch(() => '');
  const rootLocale = /<html[^>]*\blang="?([A-Za-z-]+)/.exec(rootIndex)?.[1] ?? catalog.locales[0]!;
  const targets = [{locale: rootLocale, routeBase: `/${routeBasePath}`}];
  for (const locale of catalog.locales) {
    if (existsSync(path.join(buildDir, locale, routeBasePath))) targets.push({locale, routeBase: `/${locale}/${routeBasePath}`});
  }
  let count = 0;
  for (const target of targets) {
    const mismatches = await verifySite(catalog, buildDir, target);
    for (const m of mismatches) console.log(formatMismatch(m));
    count += mismatches.length;
  }
  const checked = targets.map((t) => t.locale).join(', ');
  console.log(
    count === 0
      ? `${buildDir}: ${catalog.codes.length} code pages and every table match ${dir} in ${checked}`
      : `\n${buildDir}: ${count} mismatch${count === 1 ? '' : 'es'} with ${dir} (checked ${checked})`,
  );
  return count === 0 ? 0 : 1;
}

async function lock(dir: string): Promise<number> {
  const {catalog, lock: previous, diagnostics} = await readCatalog(dir, {updatingLock: true});
  for (const d of diagnostics.filter((x) => x.severity === 'error')) console.log(formatDiagnostic(d));
  if (!catalog) {
    console.log(`\n${dir}: fix the errors above before recording URLs`);
    return 1;
  }
  const next = updatedLock(catalog, previous);
  const count = (l: UrlLock | undefined) => Object.values(l?.codes ?? {}).reduce((n, c) => n + c.urls.length, 0);
  await fs.writeFile(path.join(dir, lockFileName), `${JSON.stringify(next, null, 2)}\n`);
  console.log(
    `${path.join(dir, lockFileName)}: ${Object.keys(next.codes).length} codes, ${count(next)} URLs (${count(next) - count(previous)} new)`,
  );
  return 0;
}

const exporters = {
  json: async (catalog: Catalog) => `${JSON.stringify(catalogExport(catalog, await createMarkdownRenderer()), null, 2)}\n`,
  typescript: async (catalog: Catalog) => typescriptExport(catalog),
  openapi: async (catalog: Catalog) => {
    if (!overHttp(catalog)) throw new Refusal('the catalog declares no envelope: its codes are not sent over HTTP, so it has no OpenAPI');
    return `${JSON.stringify(openApiExport(catalog), null, 2)}\n`;
  },
};

async function exportCatalog(format: keyof typeof exporters, dir: string, out: string | undefined): Promise<number> {
  const text = await exporters[format](await loadCatalog(dir));
  if (out) await fs.writeFile(out, text);
  else process.stdout.write(text);
  return 0;
}

/** `{name}` placeholders of a label filled in. */
const fill = (label: string, values: Record<string, string>) => label.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The paste box's answer on the command line: the ranked codes with their URLs and reasons, or where to look instead. */
async function explainText(text: string, dir: string, named: Map<string, string>): Promise<number> {
  const catalog = await loadCatalog(dir);
  const site = await readSiteConfig(path.dirname(path.resolve(dir)));
  const locale = named.get('locale') ?? site?.i18n.defaultLocale ?? catalog.locales[0]!;
  const localePrefix = site && locale !== site.i18n.defaultLocale ? `${locale}/` : '';
  const baseUrl = `${(site?.baseUrl ?? '/').replace(/\/+$/, '')}/${localePrefix}`;
  // Outside a site, the catalog's documentation URL says where the pages are.
  const origin =
    site?.url ?? (catalog.documentationUrl && new URL(catalog.documentationUrl.replace(/\{(code|slug)\}(\.html)?$/, 'x')).origin);
  if (!origin) {
    process.stderr.write(
      `${dir} is in no Docusaurus site and its catalog.yaml has no documentation_url: nothing says where the pages are.\n`,
    );
    return 2;
  }
  const content = buildContent(
    catalog,
    {routeBase: `${baseUrl}${named.get('route-base-path') ?? 'errors'}`, locale, siteUrl: origin},
    await createMarkdownRenderer(),
  );
  const result = await explain(text, {origin, ...content.lookupShards});
  if (named.get('format') === 'json') {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.matches.length > 0 ? 0 : 1;
  }
  const labels = pluginLabels(locale);
  const languages = new Intl.DisplayNames([locale], {type: 'language'});
  const language = (code: string) => languages.of(code) ?? code;
  const lines = result.matches
    .slice(0, 8)
    .flatMap((m, i) => [
      `${i + 1}. ${codeLabel({codeText: String(m.code), name: m.name})}${m.status === undefined ? '' : ` (${m.status})`} ${m.title}`,
      `   ${m.url}`,
      `   ${[...reasonLabels(m.reason, language).map(({id, values}) => fill(labels[id]!, values)), guideOf(m.reason)?.title]
        .filter(Boolean)
        .join(' · ')}`,
    ]);
  if (result.matches[0]?.reason.kind === 'words') lines.unshift(labels['errorCatalog.search.closest']!, '');
  else if (result.ambiguous) lines.unshift(labels['errorCatalog.search.ambiguous']!, '');
  if (result.help) {
    const {statuses, categories, nearest} = result.help;
    lines.push(
      labels['errorCatalog.search.none']!,
      ...statuses.map((s) => `  HTTP ${s.status} ${s.title}: ${origin}${s.permalink}`),
      ...categories.map((c) => `  ${c.title}: ${origin}${c.permalink}`),
      ...nearest.map(
        ({code, word}) =>
          `  ${code.code} ${code.name}: ${origin}${code.permalink} (${fill(labels['errorCatalog.search.help.spelling']!, {word})})`,
      ),
      `  ${origin}${content.index.permalink}`,
    );
  }
  console.log(lines.join('\n'));
  return result.matches.length > 0 ? 0 : 1;
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
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(`error-catalog ${argv[0]}: ${error.message}`);
      return 1;
    }
    if (!(error instanceof CatalogError)) throw error;
    for (const d of error.diagnostics) console.error(formatDiagnostic(d));
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const {positional, named} = flags(rest);
  if (command === 'check' && positional.length <= 1 && named.size === 0) return check(positional[0] ?? 'catalog');
  if (command === 'verify' && positional.length <= 1 && named.has('build')) {
    return verify(positional[0] ?? 'catalog', named.get('build')!, named.get('route-base-path') ?? 'errors');
  }
  if (command === 'export' && positional[0]! in exporters && positional.length <= 2 && [...named.keys()].every((k) => k === 'out')) {
    return exportCatalog(positional[0] as keyof typeof exporters, positional[1] ?? 'catalog', named.get('out'));
  }
  if (command === 'lock' && positional.length <= 1 && named.size === 0) return lock(positional[0] ?? 'catalog');
  const explainFlags = ['locale', 'route-base-path', 'format'];
  if (
    command === 'explain' &&
    positional.length >= 1 &&
    positional.length <= 2 &&
    [...named.keys()].every((k) => explainFlags.includes(k))
  ) {
    return explainText(positional[0]!, positional[1] ?? 'catalog', named);
  }
  if (command === 'schema' && named.has('out-dir') && positional.length === 0) return writeSchemas(named.get('out-dir')!);
  if (command === 'import' && positional.length === 1 && named.has('out') && named.size === 1) {
    const {report} = await importToDirectory(positional[0]!, named.get('out')!);
    console.log(report);
    return 0;
  }
  if (command === 'init' && positional.length <= 1 && [...named.keys()].every((k) => k === 'catalog' || k === 'route-base-path')) {
    const siteDir = positional[0] ?? '.';
    const {written, instructions} = await initCatalog({
      siteDir,
      catalog: named.get('catalog') ?? 'catalog',
      routeBasePath: named.get('route-base-path') ?? 'errors',
    });
    console.log(`Wrote ${written.map((f) => path.join(siteDir, f)).join(', ')}\n\n${instructions}`);
    return 0;
  }
  console.error(usage);
  return 2;
}
