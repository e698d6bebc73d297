/** Reads a catalog directory, validates it against the schema, then cross-checks it. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {CatalogError, compareDiagnostics, type Diagnostic, type FieldPath} from './diagnostics';
import {codeSlug} from './paths';
import {catalogFileSchema, categoryFileSchema, type CatalogFile, type CategoryFile} from './schema';
import {diagnosticAt, parseSource, type SourceFile} from './source';
import type {Catalog, Category, CodeEntry, HttpStatusEntry} from './types';
import {compareCodes, validateCatalog} from './validate';

export const catalogFileName = 'catalog.yaml';
export const categoriesDirName = 'categories';

type ZodIssue = z.core.$ZodIssue;

function issueDiagnostics(source: SourceFile, issue: ZodIssue, base: FieldPath = []): Diagnostic[] {
  const at = [...base, ...(issue.path as (string | number)[])];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => diagnosticAt(source, at, `unknown field "${key}"`, {key}));
  }
  if (issue.code === 'invalid_union') {
    // Report the branch whose type matched (a string code failing its pattern), not "invalid input".
    const matched = issue.errors.find((branch) => branch.every((i) => i.code !== 'invalid_type'));
    if (matched) return matched.flatMap((i) => issueDiagnostics(source, i, at));
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return [diagnosticAt(source, at, `required field is missing (expected ${issue.expected})`)];
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && /received object$/.test(issue.message)) {
    return [diagnosticAt(source, at, `${issue.message} (an unquoted line containing ": " is read as a mapping; quote it)`)];
  }
  return [diagnosticAt(source, at, issue.message)];
}

async function readSource(dir: string, rel: string): Promise<{source?: SourceFile; diagnostics: Diagnostic[]}> {
  const display = path.join(path.basename(dir), rel);
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, rel), 'utf8');
  } catch {
    return {diagnostics: [{severity: 'error', file: display, line: 1, column: 1, field: '', message: 'file is missing'}]};
  }
  return parseSource(display, text);
}

function parseWith<T>(source: SourceFile, schema: z.ZodType<T>): {data?: T; diagnostics: Diagnostic[]} {
  const result = schema.safeParse(source.doc.toJS());
  if (result.success) return {data: result.data, diagnostics: []};
  return {diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(source, issue))};
}

async function listCategoryFiles(dir: string): Promise<string[]> {
  try {
    const names = await fs.readdir(path.join(dir, categoriesDirName));
    return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(categoriesDirName, n));
  } catch {
    return [];
  }
}

export interface CatalogReadResult {
  /** Present when the catalog has no errors. */
  catalog?: Catalog;
  /** Every error and warning, sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Reads and validates a catalog, collecting every problem instead of stopping at the first. */
export async function readCatalog(dir: string): Promise<CatalogReadResult> {
  const absDir = path.resolve(dir);
  const diagnostics: Diagnostic[] = [];

  const root = await readSource(absDir, catalogFileName);
  diagnostics.push(...root.diagnostics);
  let rootData: CatalogFile | undefined;
  if (root.source && root.diagnostics.every((d) => d.severity !== 'error')) {
    const parsed = parseWith(root.source, catalogFileSchema);
    diagnostics.push(...parsed.diagnostics);
    rootData = parsed.data;
  }

  const categoryFiles = await listCategoryFiles(absDir);
  if (categoryFiles.length === 0) {
    diagnostics.push({
      severity: 'error',
      file: path.join(path.basename(absDir), categoriesDirName),
      line: 1,
      column: 1,
      field: '',
      message: `no category files: add at least one ${categoriesDirName}/<category>.yaml`,
    });
  }
  const categories: {source: SourceFile; data: CategoryFile}[] = [];
  let allCategoriesValid = true;
  for (const rel of categoryFiles) {
    const read = await readSource(absDir, rel);
    diagnostics.push(...read.diagnostics);
    if (!read.source || read.diagnostics.some((d) => d.severity === 'error')) {
      allCategoriesValid = false;
      continue;
    }
    const parsed = parseWith(read.source, categoryFileSchema);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.data) categories.push({source: read.source, data: parsed.data});
    else allCategoriesValid = false;
  }

  if (rootData && root.source) {
    const catalog = assemble(absDir, root.source, rootData, categories);
    diagnostics.push(...validateCatalog(catalog, {complete: allCategoriesValid}));
    diagnostics.sort(compareDiagnostics);
    return diagnostics.some((d) => d.severity === 'error') ? {diagnostics} : {catalog, diagnostics};
  }
  diagnostics.sort(compareDiagnostics);
  return {diagnostics};
}

/** Like `readCatalog`, but throws a `CatalogError` listing every error. */
export async function loadCatalog(dir: string): Promise<Catalog> {
  const {catalog, diagnostics} = await readCatalog(dir);
  if (!catalog) throw new CatalogError(diagnostics);
  return catalog;
}

function assemble(
  dir: string,
  rootSource: SourceFile,
  root: CatalogFile,
  files: {source: SourceFile; data: CategoryFile}[],
): Catalog {
  const categories: Category[] = files.map(({source, data}) => ({
    ...data.category,
    ref: {source, path: ['category']},
    codes: data.codes.map(
      (entry, i): CodeEntry => ({
        ...entry,
        codeText: String(entry.code),
        slug: codeSlug(entry.code),
        categoryId: data.category.id,
        ref: {source, path: ['codes', i]},
      }),
    ),
  }));
  for (const category of categories) category.codes.sort(compareCodes);
  const statuses: HttpStatusEntry[] = Object.entries(root.statuses)
    .map(([status, info]) => ({...info, status: Number(status), ref: {source: rootSource, path: ['statuses', status]}}))
    .sort((a, b) => a.status - b.status);
  return {
    dir,
    product: root.product,
    documentationUrl: root.documentation_url,
    envelope: root.envelope,
    statuses,
    categories,
    codes: categories.flatMap((c) => c.codes).sort(compareCodes),
    ref: {source: rootSource, path: []},
  };
}
