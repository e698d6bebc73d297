/** Reads a catalog directory, validates it against the schema, then cross-checks it. */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {CatalogError, compareDiagnostics, type Diagnostic} from './diagnostics';
import {resolveEnvelope} from './envelopeFormat';
import {transport} from './transports';
import {responseHeaders} from './headers';
import {codeSlug, maxIdentifierLength} from './paths';
import {validateTranslations} from './i18n';
import {checkLock, lockFileName, lockSchema, type UrlLock} from './lock';
import {errorReferences} from './markdown';
import {
  ambiguousReferences,
  checkGuideExamples,
  guideHash,
  guidesDirName,
  splitFrontMatter,
  validateGuides,
  validateGuideTranslations,
  type GuideTranslation,
  type MarkdownFile,
} from './guides';
import {pagesDirName, validateProsePages, validateProsePageTranslations, type ProsePageTranslation} from './prosePages';
import {
  catalogFileSchema,
  categoryFileSchema,
  codeEntrySchema,
  guideFrontMatterSchema,
  guideTranslationSchema,
  localeFileSchema,
  prosePageFrontMatterSchema,
  prosePageTranslationSchema,
  type CatalogFile,
  type CategoryFile,
} from './schema';
import {issueDiagnostics} from './schemaIssues';
import {decodeSource, diagnosticAt, parseSource, type CatalogSources, type SourceCache, type SourceFile} from './source';
import {overHttp, type Catalog, type Category, type CodeEntry, type StatusEntry, type Translation} from './types';
import {compareCodes, validateCatalog, type Declared} from './validate';
import {stated} from './stated';

export const catalogFileName = 'catalog.yaml';
export const categoriesDirName = 'categories';
export const localesDirName = 'locales';

const yamlFile = /\.ya?ml$/;

/** A read without a SourceCache: every file parsed, nothing remembered. */
const uncached: CatalogSources = {parse: parseSource, found: () => undefined};

/** A guide's file name is its URL segment, so it holds only characters a URL carries as they are. */
const guideSlug = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A guide or prose page file's front matter, checked against `schema`, and its body; or why it can't be read. */
async function readGuideFile<T>(
  dir: string,
  rel: string,
  sources: CatalogSources,
  schema: z.ZodType<T>,
): Promise<{
  guide?: T & Omit<MarkdownFile, 'slug'>;
  text?: string;
  diagnostics: Diagnostic[];
}> {
  const {display, text, diagnostics} = await readText(dir, rel, sources);
  if (text === undefined) return {diagnostics};
  const parts = splitFrontMatter(text);
  if (!parts) {
    const message = 'a guide or page starts with YAML front matter between two --- lines (title, summary, …)';
    return {diagnostics: [...diagnostics, {severity: 'error', file: display, line: 1, column: 1, field: '', message}]};
  }
  const parsed = sources.parse(display, parts.yaml);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return {diagnostics};
  const front = parseWith(parsed.source, schema);
  diagnostics.push(...front.diagnostics);
  if (!front.data) return {diagnostics};
  const guide = {
    ...front.data,
    body: parts.body,
    bodyLine: parts.bodyLine,
    ref: {source: parsed.source, path: []},
    references: await errorReferences(parts.body),
  };
  return {guide, text, diagnostics};
}

/** The Markdown files of `subdir` whose front matter passed `schema`; their cross-checks run once every code is known. */
async function readMarkdownFiles<T>(
  dir: string,
  subdir: string,
  schema: z.ZodType<T>,
  sources: CatalogSources,
): Promise<{files: (T & MarkdownFile & {hash: string})[]; diagnostics: Diagnostic[]}> {
  const files: (T & MarkdownFile & {hash: string})[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const rel of await listFiles(dir, subdir, /\.md$/)) {
    const slug = path.basename(rel, '.md');
    if (!guideSlug.test(slug) || slug.length > maxIdentifierLength) {
      const message = `the file name is the page's URL, /guides/${slug}: use at most ${maxIdentifierLength} letters, digits, - and _`;
      diagnostics.push({severity: 'error', file: path.join(path.basename(dir), rel), line: 1, column: 1, field: '', message});
      continue;
    }
    const read = await readGuideFile(dir, rel, sources, schema);
    diagnostics.push(...read.diagnostics);
    if (read.guide) files.push({...read.guide, slug, hash: guideHash(read.text!)});
  }
  return {files, diagnostics};
}

/**
 * `locales/<locale>/guides/<slug>.md` and `locales/<locale>/pages/<slug>.md`: translations of the guides and the prose
 * pages, checked against them once all are read.
 */
async function readDocumentTranslations(
  dir: string,
  root: CatalogFile | undefined,
  sources: CatalogSources,
): Promise<{guides: GuideTranslation[]; pages: ProsePageTranslation[]; diagnostics: Diagnostic[]}> {
  const guides: GuideTranslation[] = [];
  const pages: ProsePageTranslation[] = [];
  const diagnostics: Diagnostic[] = [];
  const entries = await fs.readdir(path.join(dir, localesDirName), {withFileTypes: true}).catch(() => []);
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const locale = entry.name;
    const localeDir = path.join(localesDirName, locale);
    const problem = (rel: string, message: string) =>
      diagnostics.push({severity: 'error', file: path.join(path.basename(dir), rel), line: 1, column: 1, field: '', message});
    if (root && (locale === root.locales[0] || !root.locales.includes(locale))) {
      problem(
        localeDir,
        locale === root.locales[0]
          ? `${locale} is the source language of the catalog; its guides and pages live in ${guidesDirName}/ and ${pagesDirName}/`
          : `locale ${locale} is not listed in catalog.yaml locales (${root.locales.join(', ')})`,
      );
      continue;
    }
    for (const other of await fs.readdir(path.join(dir, localeDir))) {
      if (other !== guidesDirName && other !== pagesDirName)
        problem(path.join(localeDir, other), `a locale directory holds only ${guidesDirName}/ and ${pagesDirName}/`);
    }
    const read = async <T>(subdir: string, schema: z.ZodType<T>, into: (T & MarkdownFile & {locale: string})[]) => {
      for (const rel of await listFiles(dir, path.join(localeDir, subdir), /\.md$/)) {
        const file = await readGuideFile(dir, rel, sources, schema);
        diagnostics.push(...file.diagnostics);
        if (file.guide) into.push({...file.guide, locale, slug: path.basename(rel, '.md')});
      }
    };
    await read(guidesDirName, guideTranslationSchema, guides);
    await read(pagesDirName, prosePageTranslationSchema, pages);
  }
  return {guides, pages, diagnostics};
}

/** A catalog file's text, or why it can't be read as text. */
async function readText(
  dir: string,
  rel: string,
  sources: CatalogSources,
): Promise<{display: string; text?: string; diagnostics: Diagnostic[]}> {
  const display = path.join(path.basename(dir), rel);
  const problem = (message: string): Diagnostic[] => [{severity: 'error', file: display, line: 1, column: 1, field: '', message}];
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.join(dir, rel));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      display,
      diagnostics: problem(
        code === 'EISDIR' ? 'is a directory; a file was expected here' : code === 'ENOENT' ? 'file is missing' : `can't be read (${code})`,
      ),
    };
  }
  const {text, diagnostics} = decodeSource(display, bytes);
  if (text !== undefined) sources.found(display, text);
  return {display, text, diagnostics};
}

async function readSource(dir: string, rel: string, sources: CatalogSources): Promise<{source?: SourceFile; diagnostics: Diagnostic[]}> {
  const {display, text, diagnostics} = await readText(dir, rel, sources);
  return text === undefined ? {diagnostics} : sources.parse(display, text);
}

/** Schema results by source: a source that a `SourceCache` hands out again is not validated again. */
const validated = new WeakMap<SourceFile, Map<z.ZodType, {data?: unknown; diagnostics: Diagnostic[]}>>();

function parseWith<T>(source: SourceFile, schema: z.ZodType<T>): {data?: T; diagnostics: Diagnostic[]} {
  let results = validated.get(source);
  if (!results) validated.set(source, (results = new Map()));
  let parsed = results.get(schema) as {data?: T; diagnostics: Diagnostic[]} | undefined;
  if (!parsed) {
    const result = schema.safeParse(source.data);
    parsed = result.success
      ? {data: result.data, diagnostics: []}
      : {diagnostics: result.error.issues.flatMap((issue) => issueDiagnostics(source, issue))};
    results.set(schema, parsed);
  }
  return parsed;
}

async function listFiles(dir: string, subdir: string, extension: RegExp): Promise<string[]> {
  try {
    const names = await fs.readdir(path.join(dir, subdir));
    return names
      .filter((n) => extension.test(n))
      .sort()
      .map((n) => path.join(subdir, n));
  } catch {
    return [];
  }
}

/** Locale files are checked against the catalog's `locales` once catalog.yaml is known to be valid. */
async function readTranslations(
  dir: string,
  root: CatalogFile | undefined,
  sources: CatalogSources,
): Promise<{translations: Translation[]; diagnostics: Diagnostic[]}> {
  const translations: Translation[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const rel of await listFiles(dir, localesDirName, yamlFile)) {
    const read = await readSource(dir, rel, sources);
    diagnostics.push(...read.diagnostics);
    if (!read.source || read.diagnostics.some((d) => d.severity === 'error')) continue;
    const parsed = parseWith(read.source, localeFileSchema);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.data) continue;
    const {locale} = parsed.data;
    const problem =
      path.basename(rel).replace(/\.ya?ml$/, '') !== locale
        ? `the file for locale ${locale} must be named ${locale}.yaml`
        : root && locale === root.locales[0]
          ? `${locale} is the source language of the catalog; its text lives in the category files`
          : root && !root.locales.includes(locale)
            ? `locale ${locale} is not listed in catalog.yaml locales (${root.locales.join(', ')})`
            : undefined;
    if (problem) diagnostics.push(diagnosticAt(read.source, ['locale'], problem));
    else translations.push({locale, data: parsed.data, source: read.source});
  }
  if (root) translations.sort((a, b) => root.locales.indexOf(a.locale) - root.locales.indexOf(b.locale));
  return {translations, diagnostics};
}

export interface ReadOptions {
  /** For `error-catalog lock`: codes and URLs missing from the lock are what it records, not errors. */
  updatingLock?: boolean;
  /** Parses kept from an earlier read, for a watcher that reads the catalog again after each edit. */
  cache?: SourceCache;
}

export interface CatalogReadResult {
  /** Present when the catalog has no errors. */
  catalog?: Catalog;
  /** The URL lock as read, when there is one. */
  lock?: UrlLock;
  /** Every error and warning, sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Reads and validates a catalog, collecting every problem instead of stopping at the first. */
export async function readCatalog(dir: string, options: ReadOptions = {}): Promise<CatalogReadResult> {
  const absDir = path.resolve(dir);
  const diagnostics: Diagnostic[] = [];
  const sources = options.cache ?? uncached;
  options.cache?.startRead();

  const root = await readSource(absDir, catalogFileName, sources);
  diagnostics.push(...root.diagnostics);
  let rootData: CatalogFile | undefined;
  if (root.source && root.diagnostics.every((d) => d.severity !== 'error')) {
    const parsed = parseWith(root.source, catalogFileSchema);
    diagnostics.push(...parsed.diagnostics);
    rootData = parsed.data;
  }

  const categoryFiles = await listFiles(absDir, categoriesDirName, yamlFile);
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
  const categories: ParsedCategory[] = [];
  const declared: Declared = {codes: new Set(), names: new Set(), categories: new Set(), unreadable: []};
  for (const rel of categoryFiles) {
    const read = await readSource(absDir, rel, sources);
    diagnostics.push(...read.diagnostics);
    if (!read.source || read.diagnostics.some((d) => d.severity === 'error')) {
      // What a broken file still shows of its codes and id is not reported as unknown elsewhere; what it hides can't be.
      declared.unreadable.push(path.join(categoriesDirName, path.basename(rel)));
      if (read.source) noteDeclared(declared, tolerantData(read.source));
      continue;
    }
    noteDeclared(declared, read.source.data);
    const parsed = parseWith(read.source, categoryFileSchema);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.data) {
      categories.push({
        source: read.source,
        category: parsed.data.category,
        codes: parsed.data.codes.map((entry, index) => ({entry, index})),
      });
    } else {
      const salvaged = salvageCategory(read.source);
      if (salvaged) categories.push(salvaged);
    }
  }

  const rootValid = rootData !== undefined;
  const locales = await readTranslations(absDir, rootData, sources);
  diagnostics.push(...locales.diagnostics);
  const guides = await readMarkdownFiles(absDir, guidesDirName, guideFrontMatterSchema, sources);
  diagnostics.push(...guides.diagnostics, ...validateGuides(guides.files, declared));
  const pages = await readMarkdownFiles(absDir, pagesDirName, prosePageFrontMatterSchema, sources);
  diagnostics.push(...pages.diagnostics, ...validateProsePages(pages.files, guides.files, declared));
  const documentTranslations = await readDocumentTranslations(absDir, rootData, sources);
  diagnostics.push(
    ...documentTranslations.diagnostics,
    ...validateGuideTranslations(documentTranslations.guides, guides.files, declared),
    ...validateProsePageTranslations(documentTranslations.pages, pages.files, declared),
  );

  // Every file is cross-checked whatever else is broken, so every problem shows at once.
  const catalog = assemble(absDir, root.source, rootData, categories, locales.translations, {
    guides: guides.files,
    guideTranslations: documentTranslations.guides,
    prosePages: pages.files,
    prosePageTranslations: documentTranslations.pages,
  });
  const catalogProblems = validateCatalog(catalog, {declared, rootValid});
  const documents = [...catalog.guides, ...catalog.guideTranslations, ...catalog.prosePages, ...catalog.prosePageTranslations];
  diagnostics.push(...ambiguousReferences(documents, catalog.codes));
  diagnostics.push(...catalogProblems, ...validateTranslations(catalog, {declared, rootValid}));
  // Guide bodies are read by the envelope, so only by one that is sound.
  const envelopeSound = !catalogProblems.some((d) => d.severity === 'error' && d.field.startsWith('envelope'));
  if (rootValid && envelopeSound && overHttp(catalog)) diagnostics.push(...checkGuideExamples(documents, catalog));
  const complete = rootValid && declared.unreadable.length === 0 && declared.codes.size === catalog.codes.length;

  // The lock is only compared with a complete catalog: a code missing because its file is broken is not deleted.
  const lockRead = await readLock(absDir, complete ? root.source : undefined, sources);
  diagnostics.push(...lockRead.diagnostics);
  if (complete && lockRead.lock && lockRead.source) {
    const {errors, unrecorded} = checkLock(catalog, lockRead.lock, lockRead.source);
    diagnostics.push(...errors, ...(options.updatingLock ? [] : unrecorded));
  }
  diagnostics.sort(compareDiagnostics);
  const lock = lockRead.lock ? {lock: lockRead.lock} : {};
  return diagnostics.some((d) => d.severity === 'error') ? {diagnostics, ...lock} : {catalog, diagnostics, ...lock};
}

interface ParsedCategory {
  source: SourceFile;
  category: CategoryFile['category'];
  /** Valid entries with their index in the file's `codes` list. */
  codes: {entry: CategoryFile['codes'][number]; index: number}[];
}

/** Every `code` and the category id written in a category file's data, valid or not. */
function noteDeclared(declared: Declared, data: unknown): void {
  const raw = data as {category?: {id?: unknown}; codes?: unknown} | null;
  if (typeof raw?.category?.id === 'string') declared.categories.add(raw.category.id);
  if (!Array.isArray(raw?.codes)) return;
  for (const c of raw.codes as {code?: unknown; name?: unknown}[]) {
    if (c?.code !== undefined) declared.codes.add(String(c.code));
    if (typeof c?.name === 'string') declared.names.add(c.name);
  }
}

/** The data the positional parser recovers from a file that has YAML errors: what comes before and around them. */
function tolerantData(source: SourceFile): unknown {
  try {
    return source.positions().doc.toJS({maxAliasCount: 100});
  } catch {
    return null;
  }
}

/** The valid entries of a category file that failed the schema, so they still get cross-checked. */
function salvageCategory(source: SourceFile): ParsedCategory | undefined {
  const raw = source.data as {category?: unknown; codes?: unknown} | null;
  const header = categoryFileSchema.shape.category.safeParse(raw?.category);
  if (!header.success) return undefined;
  const codes = (Array.isArray(raw?.codes) ? raw.codes : []).flatMap((candidate: unknown, index: number) => {
    const entry = codeEntrySchema.safeParse(candidate);
    return entry.success ? [{entry: entry.data, index}] : [];
  });
  return {source, category: header.data, codes};
}

async function readLock(
  dir: string,
  rootSource: SourceFile | undefined,
  sources: CatalogSources,
): Promise<{lock?: UrlLock; source?: SourceFile; diagnostics: Diagnostic[]}> {
  if (!existsSync(path.join(dir, lockFileName))) {
    const warning = `no ${lockFileName}: published URLs are not protected against deletion; run \`error-catalog lock\` and commit it`;
    return {
      diagnostics: rootSource ? [diagnosticAt(rootSource, [], warning, {severity: 'warning'})] : [],
    };
  }
  const read = await readSource(dir, lockFileName, sources);
  if (!read.source || read.diagnostics.some((d) => d.severity === 'error')) return {diagnostics: read.diagnostics};
  const parsed = parseWith(read.source, lockSchema);
  return {lock: parsed.data, source: read.source, diagnostics: [...read.diagnostics, ...parsed.diagnostics]};
}

/**
 * `readCatalog` for a watcher. `docusaurus start` reloads on the first change of a save, but an editor saving in place
 * empties a file first and may write a big one in more than one go: read then, the catalog fails, and the save's last
 * change could be missed. A catalog that fails is read again, twice at most, 100 ms apart.
 */
export async function readSettledCatalog(dir: string, cache: SourceCache): Promise<CatalogReadResult> {
  let result = await readCatalog(dir, {cache});
  for (let retry = 0; !result.catalog && retry < 2; retry++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    result = await readCatalog(dir, {cache});
  }
  return result;
}

/** Like `readCatalog`, but throws a `CatalogError` listing every error. */
export async function loadCatalog(dir: string): Promise<Catalog> {
  const {catalog, diagnostics} = await readCatalog(dir);
  if (!catalog) throw new CatalogError(diagnostics);
  return catalog;
}

/** A catalog with no usable catalog.yaml; only the category-level checks run on it. */
const emptyRoot: CatalogFile = {
  product: {name: ''},
  locales: ['en'],
  statuses: {},
  headers: [],
  tags: {},
  severities: {},
  order: 'written',
};

/** Sorts in place by `position`, lower first; the sort is stable, so the rest keep their file-name order after them. */
function byPosition<T extends {position?: number}>(items: T[]): T[] {
  const rank = (item: T) => item.position ?? Infinity;
  return items.sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1));
}

function assemble(
  dir: string,
  rootSource: SourceFile | undefined,
  root: CatalogFile = emptyRoot,
  files: ParsedCategory[],
  translations: Translation[],
  documents: Pick<Catalog, 'guides' | 'guideTranslations' | 'prosePages' | 'prosePageTranslations'>,
): Catalog {
  const rootRef = {source: rootSource ?? parseSource(catalogFileName, '').source, path: []};
  const statuses: StatusEntry[] = Object.entries(root.statuses)
    .map(([status, info]) => ({...info, status: Number(status), ref: {...rootRef, path: ['statuses', status]}}))
    .sort((a, b) => a.status - b.status);
  const categories: Category[] = files.map(({source, category, codes}) => ({
    ...category,
    ref: {source, path: ['category']},
    codes: codes.map(({entry, index}): CodeEntry => ({
      ...entry,
      codeText: String(entry.code),
      slug: codeSlug(entry.code),
      categoryId: category.id,
      namesakes: [],
      responseHeaders: responseHeaders(root.headers, statuses.find((s) => s.status === entry.status)?.headers ?? [], entry.headers),
      ref: {source, path: ['codes', index]},
    })),
  }));
  // A name several codes share names none of them alone: each lists the others.
  const holders = new Map<string, CodeEntry[]>();
  for (const entry of categories.flatMap((c) => c.codes)) {
    if (entry.name !== undefined) holders.set(entry.name, [...(holders.get(entry.name) ?? []), entry]);
  }
  for (const entry of categories.flatMap((c) => c.codes)) {
    entry.namesakes = (entry.name === undefined ? [] : holders.get(entry.name)!).filter((o) => o !== entry).map((o) => o.codeText);
  }
  if (root.order === 'code') {
    for (const category of categories) category.codes.sort(compareCodes);
    categories.sort((a, b) => compareCodes(a.codes[0]!, b.codes[0]!));
  } else {
    byPosition(categories);
  }
  const codes = categories.flatMap((c) => c.codes);
  // An envelope describes HTTP responses, so it implies the HTTP transport.
  const transportId = root.transport ?? (root.envelope ? 'http' : undefined);
  return {
    dir,
    product: root.product,
    ...stated('documentationUrl', root.documentation_url),
    ...stated('envelope', root.envelope && resolveEnvelope(root.envelope)),
    ...stated('transport', transportId && transport(transportId)),
    locales: root.locales,
    translations,
    statuses,
    headers: root.headers,
    ...stated('retry', root.retry),
    tags: root.tags,
    severities: root.severities,
    guides: byPosition(documents.guides),
    guideTranslations: documents.guideTranslations,
    prosePages: byPosition(documents.prosePages),
    prosePageTranslations: documents.prosePageTranslations,
    categories,
    codes: root.order === 'code' ? codes.sort(compareCodes) : codes,
    ref: rootRef,
  };
}
