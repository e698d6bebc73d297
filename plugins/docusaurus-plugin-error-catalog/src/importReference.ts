/**
 * `error-catalog import`: a hand-written Markdown error reference becomes a catalog draft. The reference is parsed
 * with remark (mdast): code tables are recognized by their headers, per-code sections by their headings, HTTP status
 * tables by their values, and the envelope by the JSON examples. The draft holds only what the reference states; where
 * the reference contradicts itself, the report says so with line numbers, beside what could not be placed.
 */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import type {Heading, RootContent, Table} from 'mdast';
import {stringify} from 'yaml';
import {readCatalog, type Diagnostic} from './model';
import {markdownSyntax} from './model/markdown';
import {Refusal} from './refusal';

export interface ImportedCode {
  code: string | number;
  name?: string;
  status?: number;
  message?: string;
  description?: string;
  expose_details?: boolean;
  type?: string;
  causes?: string[];
  resolution?: string[];
  /** Where the reference lists it. */
  line: number;
  /** The code its own example carries, where that is another. */
  exampleCode?: {value: string; line: number};
}

interface ImportedCategory {
  title: string;
  range?: {min: number; max: number};
  codes: ImportedCode[];
  line: number;
}

export interface ImportResult {
  /** Catalog files, relative to the catalog directory. */
  files: Map<string, string>;
  /** Contradictions in the reference, each with its line. */
  contradictions: string[];
  /** Parts of the reference the draft does not hold. */
  unplaced: string[];
  categories: ImportedCategory[];
  guides: ImportedGuide[];
}

export interface ImportedGuide {
  slug: string;
  title: string;
  summary?: string;
  symptoms?: string[];
  codes: (string | number)[];
  /** The reference's own Markdown for the section. */
  body: string;
  line: number;
}

type Cell = {text: string};

/** A node's text: mdast-util-to-string, which is ESM-only, so importReference sets it before it reads anything. */
let text: (node: unknown) => string;
const lineOf = (node: {position?: {start: {line: number}}}) => node.position?.start.line ?? 0;

/** Which column of a table holds what, by the usual spellings of its header. */
const columnKinds: [keyof Columns, RegExp][] = [
  ['code', /^(error )?code$|^error$/],
  ['name', /^(name|symbol|constant|identifier)$/],
  ['status', /^(http|http status|status|status code)$/],
  ['message', /^(error )?message$/],
  ['description', /^(description|meaning)$/],
  ['expose', /expose/],
  ['cause', /^causes?$/],
  ['resolution', /^(solution|resolution|fix)$/],
  ['category', /^category$/],
  ['range', /range$/],
  ['count', /^count$/],
  ['codes', /^(error )?codes$/],
  ['type', /^type$/],
];
type Columns = Partial<
  Record<
    | 'code'
    | 'name'
    | 'status'
    | 'message'
    | 'description'
    | 'expose'
    | 'cause'
    | 'resolution'
    | 'category'
    | 'range'
    | 'count'
    | 'codes'
    | 'type',
    number
  >
>;

function tableRows(table: Table): {columns: Columns; rows: {cells: Cell[]; line: number}[]} {
  const [head, ...body] = table.children;
  const columns: Columns = {};
  head!.children.forEach((cell, i) => {
    const header = text(cell).trim().toLowerCase().replace(/\s+/g, ' ');
    const kind = columnKinds.find(([, pattern]) => pattern.test(header))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = i;
  });
  return {columns, rows: body.map((row) => ({cells: row.children.map((c) => ({text: text(c).trim()})), line: lineOf(row)}))};
}

const isStatus = (value: string) => /^[1-5]\d\d$/.test(value);
const parseRange = (value: string) => {
  const m = /(\d+)\s*[-–]\s*(\d+)/.exec(value);
  return m ? {min: Number(m[1]), max: Number(m[2])} : undefined;
};
/** `1000-1017, 6000` → every code in it. */
const expandCodes = (value: string): number[] =>
  value.split(/,\s*/).flatMap((part) => {
    const range = parseRange(part);
    if (range) return Array.from({length: range.max - range.min + 1}, (_, i) => range.min + i);
    return /^\d+$/.test(part.trim()) ? [Number(part.trim())] : [];
  });
const codeValue = (value: string): string | number => (/^\d+$/.test(value) ? Number(value) : value);
const yesNo = (value: string) => (/^(yes|true)$/i.test(value) ? true : /^(no|false)$/i.test(value) ? false : undefined);

/** A JSON error body of the reference, where it is, and the heading and paragraph just before it. */
interface Example {
  body: Record<string, unknown>;
  line: number;
  context: string;
}

function examplesIn(nodes: RootContent[]): Example[] {
  const examples: Example[] = [];
  let heading: RootContent | undefined;
  nodes.forEach((node, i) => {
    if (node.type === 'heading') heading = node;
    if (node.type !== 'code' || !/^(json|http)$/.test(node.lang ?? '')) return;
    // In an http block, the response's body: after its status line, past the request's.
    const response = node.lang === 'http' ? node.value.slice(Math.max(0, node.value.lastIndexOf('\nHTTP/'))) : node.value;
    const previous = nodes[i - 1];
    const context = [heading, previous?.type === 'paragraph' ? previous : undefined].map((n) => (n ? text(n) : '')).join(' ');
    try {
      const body = JSON.parse(response.slice(response.indexOf('{'))) as unknown;
      if (body && typeof body === 'object') examples.push({body: body as Record<string, unknown>, line: lineOf(node), context});
    } catch {
      // Not JSON: an example of something else.
    }
  });
  return examples;
}

/** The language of an example under a heading such as "Spanish (es)". */
const languageOf = (example: Example) => /\(([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\)\s*$/.exec(example.context.split(/\n/)[0]!.trim())?.[1];
const isDevelopment = (example: Example) => /development|debug/i.test(example.context);

/** The part of a body that names the error: `error` in the nested envelopes, the body itself in problem+json. */
const errorOf = (body: Record<string, unknown>) =>
  body.error && typeof body.error === 'object' ? (body.error as Record<string, unknown>) : body;

/** The envelope the examples show, or none where the reference shows no error body: nothing to infer it from. */
function envelopeOf(bodies: Example[], codes: ImportedCode[]): {format: string; code_value?: string} | undefined {
  const errors = bodies.map(({body}) => ({body, error: errorOf(body)})).filter(({error}) => 'code' in error || 'type' in error);
  if (errors.length === 0) return undefined;
  const has = (key: string) => errors.some(({error}) => key in error);
  const format = errors.some(({body}) => 'title' in body && 'status' in body && !('error' in body))
    ? 'problem'
    : has('param') && has('type')
      ? 'openai'
      : has('correlationId') || has('statusCode')
        ? 'camel'
        : 'nested';
  const names = new Set(codes.flatMap((c) => (c.name ? [c.name] : [])));
  const codeValues = errors.map(({error}) => String(error.code));
  // `code` is the format's default: only a name in the examples' code field is worth saying.
  return codeValues.some((v) => names.has(v)) ? {format, code_value: 'name'} : {format};
}

/** The documentation URL pattern the examples use, with the code's place as {code}. */
function documentationUrlOf(bodies: Example[]): string | undefined {
  for (const {body} of bodies) {
    const url = errorOf(body).documentation_url ?? body.type;
    if (typeof url === 'string' && /^https?:\/\/.+\/[^/]+$/.test(url)) return url.replace(/\/[^/]+$/, '/{code}');
  }
  return undefined;
}

const slugId = (title: string) =>
  title
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'errors';

export async function importReference(markdown: string, source: string): Promise<ImportResult> {
  const syntax = await markdownSyntax();
  text = syntax.toString;
  const tree = syntax.parse(markdown);
  const nodes = tree.children;
  const contradictions: string[] = [];
  const unplaced: string[] = [];
  const at = (line: number) => `${source}:${line}`;

  const categories: ImportedCategory[] = [];
  const statuses = new Map<number, {title: string; meaning?: string; line: number}>();
  const summaries: {title: string; range?: {min: number; max: number}; count?: number; statuses: number[]; line: number}[] = [];
  const mappings: {status: number; codes: number[]; line: number}[] = [];
  const totals: {count: number; line: number}[] = [];
  let heading: Heading | undefined;
  const categoryFor = (h: Heading | undefined): ImportedCategory => {
    const title = (h ? text(h) : 'Errors').replace(/\s*\(.*?\)\s*$/, '').trim();
    let category = categories.find((c) => c.title === title);
    if (!category) categories.push((category = {title, range: h ? parseRange(text(h)) : undefined, codes: [], line: h ? lineOf(h) : 1}));
    return category;
  };

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'heading') {
      // A heading naming one code, as in `#### \`invalid_value\` (400)`: the section below it is that code's.
      const inline = node.children.find((c) => c.type === 'inlineCode');
      const status = /\((\d{3})\)\s*$/.exec(text(node))?.[1];
      if (inline && status) {
        const code: ImportedCode = {code: codeValue(inline.value), status: Number(status), line: lineOf(node)};
        const section: RootContent[] = [];
        while (i + 1 < nodes.length && !(nodes[i + 1]!.type === 'heading' && (nodes[i + 1] as Heading).depth <= node.depth))
          section.push(nodes[++i]!);
        readCodeSection(code, section);
        categoryFor(heading).codes.push(code);
      } else {
        heading = node;
      }
      continue;
    }
    if (node.type === 'paragraph') {
      // "**Total**: 90 error codes", on any line of a paragraph.
      text(node)
        .split('\n')
        .forEach((line, n) => {
          const total = /^\s*total( error codes)?:?\s*(\d+)/i.exec(line);
          if (total) totals.push({count: Number(total[2]), line: lineOf(node) + n});
        });
      continue;
    }
    if (node.type !== 'table') continue;
    const {columns, rows} = tableRows(node);
    const cell = (row: {cells: Cell[]}, kind: keyof Columns) => (columns[kind] === undefined ? undefined : row.cells[columns[kind]!]?.text);
    const statusValues = rows.map((r) => cell(r, 'status') ?? '');
    if (columns.category !== undefined && columns.range !== undefined && columns.count !== undefined) {
      for (const row of rows) {
        const statusText = row.cells.find(
          (_, i) => i !== columns.range && i !== columns.count && /\d{3}/.test(row.cells[i]!.text) && i !== columns.category,
        );
        summaries.push({
          title: cell(row, 'category')!,
          range: parseRange(cell(row, 'range') ?? ''),
          count: Number(cell(row, 'count')),
          statuses: (statusText?.text.match(/\d{3}/g) ?? []).map(Number),
          line: row.line,
        });
      }
    } else if (columns.status !== undefined && statusValues.every(isStatus) && columns.name === undefined) {
      for (const row of rows) {
        const status = Number(cell(row, 'status'));
        if (columns.codes !== undefined) mappings.push({status, codes: expandCodes(cell(row, 'codes')!), line: row.line});
        // "Bad Request - Client error", or a reason phrase and a meaning in columns of their own.
        const phrase = columns.code !== undefined ? cell(row, 'code')! : (cell(row, 'description') ?? '').split(/\s+-\s+/)[0]!;
        const meaning = columns.code !== undefined ? cell(row, 'description') : (cell(row, 'description') ?? '').split(/\s+-\s+/)[1];
        if (phrase && !statuses.has(status)) statuses.set(status, {title: phrase, ...(meaning ? {meaning} : {}), line: row.line});
      }
    } else if (columns.code !== undefined && (columns.name !== undefined || columns.message !== undefined)) {
      const category = categoryFor(heading);
      for (const row of rows) {
        const status = cell(row, 'status');
        category.codes.push({
          code: codeValue(cell(row, 'code')!.replace(/`/g, '')),
          ...(cell(row, 'name') ? {name: cell(row, 'name')!.replace(/`/g, '')} : {}),
          ...(status && isStatus(status) ? {status: Number(status)} : {}),
          ...(cell(row, 'message') ? {message: cell(row, 'message')} : {}),
          ...(cell(row, 'description') ? {description: cell(row, 'description')} : {}),
          ...(yesNo(cell(row, 'expose') ?? '') !== undefined ? {expose_details: yesNo(cell(row, 'expose')!)} : {}),
          line: row.line,
        });
      }
    } else {
      unplaced.push(
        `${at(lineOf(node))}: a table (${node.children[0]!.children.map((c) => text(c)).join(' | ')}) that is neither codes nor statuses`,
      );
    }
  }

  const codes = categories.flatMap((c) => c.codes);
  const bodies = examplesIn(nodes);
  checkContradictions({codes, categories, summaries, mappings, totals, examples: bodies, at, contradictions});
  // A code listed twice keeps its first entry: the catalog has one page per code.
  const seen = new Set<string>();
  for (const category of categories) {
    category.codes = category.codes.filter((c) => !seen.has(String(c.code)) && seen.add(String(c.code)));
  }
  const translations = localizedMessages(bodies, codes);
  const guides = troubleshootingGuides(nodes, markdown, codes);
  const files = catalogFiles(categories, statuses, envelopeOf(bodies, codes), documentationUrlOf(bodies), translations);
  for (const guide of guides) files.set(`guides/${guide.slug}.md`, guideFile(guide));
  return {files, contradictions, unplaced, categories, guides};
}

/** Sections that tell a reader what to do: one guide per symptom under "Common errors", one per procedure otherwise. */
const symptomSections = /common (errors|issues|problems)/i;
const procedureSections = /troubleshoot|debugging|recovery/i;

function troubleshootingGuides(nodes: RootContent[], markdown: string, codes: ImportedCode[]): ImportedGuide[] {
  const guides: ImportedGuide[] = [];
  const known = new Map(codes.flatMap((c) => [[String(c.code), c.code] as const, ...(c.name ? [[c.name, c.code] as const] : [])]));
  /** The codes a section names in inline code, as a guide's body links them. */
  const codesIn = (section: RootContent[]) => {
    const found = new Set<string | number>();
    const visit = (node: unknown) => {
      const n = node as {type?: string; value?: string; children?: unknown[]};
      if (n.type === 'inlineCode' && known.has(n.value!)) found.add(known.get(n.value!)!);
      n.children?.forEach(visit);
    };
    section.forEach(visit);
    return [...found];
  };
  const source = (section: RootContent[]) =>
    section.length === 0 ? '' : markdown.slice(section[0]!.position!.start.offset, section.at(-1)!.position!.end.offset).trim();
  const sectionAfter = (index: number, depth: number) => {
    const section: RootContent[] = [];
    for (let i = index + 1; i < nodes.length && !(nodes[i]!.type === 'heading' && (nodes[i] as Heading).depth <= depth); i++) {
      section.push(nodes[i]!);
    }
    return section;
  };
  nodes.forEach((node, i) => {
    if (node.type !== 'heading' || node.depth !== 2) return;
    const title = text(node).trim();
    const section = sectionAfter(i, 2);
    if (symptomSections.test(title)) {
      section.forEach((sub, j) => {
        if (sub.type !== 'heading') return;
        const symptom = text(sub)
          .trim()
          .replace(/^["“]|["”]$/g, '');
        const body = sectionAfter(i + 1 + j, sub.depth);
        const cause = body.find((n) => n.type === 'paragraph' && /^cause/i.test(text(n).trim()));
        guides.push({
          slug: slugId(symptom),
          title: symptom,
          ...(cause
            ? {
                summary: text(cause)
                  .replace(/^causes?:?\s*/i, '')
                  .trim(),
              }
            : {}),
          symptoms: [symptom],
          codes: codesIn(body),
          body: source(body.filter((n) => n.type !== 'thematicBreak')),
          line: lineOf(sub),
        });
      });
    } else if (procedureSections.test(title)) {
      const intro = section.find((n) => n.type === 'paragraph');
      guides.push({
        slug: slugId(title),
        title,
        ...(intro ? {summary: text(intro).trim()} : {}),
        codes: codesIn(section),
        body: source(section.filter((n) => n.type !== 'thematicBreak')),
        line: lineOf(node),
      });
    }
  });
  return guides;
}

/** A guide file: front matter with what the reference states, then its Markdown. */
function guideFile(guide: ImportedGuide): string {
  const front = {
    title: guide.title,
    ...(guide.summary ? {summary: guide.summary} : {}),
    ...(guide.symptoms ? {symptoms: guide.symptoms} : {}),
    ...(guide.codes.length > 0 ? {codes: guide.codes} : {}),
  };
  return `---\n${stringify(front)}---\n\n${guide.body}\n`;
}

/** Description, causes, resolution and example of a code from the section under its heading. */
function readCodeSection(code: ImportedCode, section: RootContent[]): void {
  const listAfter = (label: RegExp) => {
    const i = section.findIndex((n) => n.type === 'paragraph' && label.test(text(n).trim()));
    const list = section[i + 1];
    return i >= 0 && list?.type === 'list' ? list.children.map((item) => text(item).trim()) : undefined;
  };
  const description = section.find(
    (n) => n.type === 'paragraph' && !/^\*?\*?\w[\w ]*:\*?\*?$/.test(text(n).trim()) && !text(n).trim().endsWith(':'),
  );
  if (description) code.description = text(description).trim();
  const causes = listAfter(/^causes?:?$/i);
  if (causes) code.causes = causes;
  const resolution = listAfter(/^(resolution|solution|fix):?$/i);
  if (resolution) code.resolution = resolution;
  const example = examplesIn(section)[0];
  if (example) {
    const error = errorOf(example.body);
    if (typeof error.message === 'string') code.message = error.message;
    if (typeof error.type === 'string') code.type = error.type;
    if (error.code !== undefined && String(error.code) !== String(code.code))
      code.exampleCode = {value: String(error.code), line: example.line};
  }
}

function checkContradictions(r: {
  codes: ImportedCode[];
  categories: ImportedCategory[];
  summaries: {title: string; range?: {min: number; max: number}; count?: number; statuses: number[]; line: number}[];
  mappings: {status: number; codes: number[]; line: number}[];
  totals: {count: number; line: number}[];
  examples: Example[];
  at: (line: number) => string;
  contradictions: string[];
}): void {
  const {codes, categories, summaries, mappings, totals, at, contradictions} = r;
  const byCode = new Map<string, ImportedCode>();
  for (const code of codes) {
    const first = byCode.get(String(code.code));
    if (first) contradictions.push(`${at(code.line)}: code ${code.code} is listed twice; the first, at line ${first.line}, is kept`);
    else byCode.set(String(code.code), code);
  }
  for (const code of codes) {
    if (code.exampleCode) {
      contradictions.push(`${at(code.exampleCode.line)}: the example under ${code.code} carries the code ${code.exampleCode.value}`);
    }
  }
  // Two codes with one message: a reader who holds it can't tell which code it was.
  const byMessage = new Map<string, ImportedCode>();
  for (const code of byCode.values()) {
    if (!code.message) continue;
    const first = byMessage.get(code.message);
    if (first) {
      const named = (c: ImportedCode) => `${c.code}${c.name ? ` ${c.name}` : ''}`;
      contradictions.push(`${at(code.line)}: ${named(code)} has the message of ${named(first)} (line ${first.line}): "${code.message}"`);
    } else byMessage.set(code.message, code);
  }
  for (const total of totals) {
    if (total.count !== byCode.size)
      contradictions.push(`${at(total.line)}: says ${total.count} error codes; its code tables list ${byCode.size}`);
  }
  for (const summary of summaries) {
    const category = categories.find((c) => c.title === summary.title || (summary.range && c.range?.min === summary.range.min));
    if (!category) continue;
    if (summary.count !== undefined && summary.count !== category.codes.length) {
      contradictions.push(
        `${at(summary.line)}: ${summary.title} has count ${summary.count}; its table at line ${category.line} lists ${category.codes.length}`,
      );
    }
    const used = [...new Set(category.codes.flatMap((c) => (c.status ? [c.status] : [])))].sort();
    const missing = used.filter((s) => !summary.statuses.includes(s));
    if (missing.length > 0) {
      const who = missing
        .map(
          (s) =>
            `${s} (${category.codes
              .filter((c) => c.status === s)
              .map((c) => c.code)
              .join(', ')})`,
        )
        .join(', ');
      contradictions.push(
        `${at(summary.line)}: ${summary.title} gives statuses ${summary.statuses.join(', ')}, but its codes also use ${who}`,
      );
    }
  }
  for (const mapping of mappings) {
    const wrong = mapping.codes.filter(
      (c) => byCode.get(String(c))?.status !== undefined && byCode.get(String(c))!.status !== mapping.status,
    );
    if (wrong.length > 0) {
      const which = wrong.map((c) => `${c} is ${byCode.get(String(c))!.status}`).join(', ');
      contradictions.push(`${at(mapping.line)}: status ${mapping.status} lists codes of other statuses: ${which}`);
    }
  }
  // An example body whose code is a listed code, but whose message is not that code's message (in the reference's own
  // language), or that shows details the table says are not exposed (outside a development example).
  for (const example of r.examples) {
    const {body, line} = example;
    if (languageOf(example) && languageOf(example) !== 'en') continue;
    const error = errorOf(body);
    const code = codes.find((c) => c.name === error.code || String(c.code) === String(error.code));
    if (
      code?.message &&
      typeof error.message === 'string' &&
      error.message !== code.message &&
      error.message !== 'Human-readable message'
    ) {
      contradictions.push(
        `${at(line)}: the example of ${code.name ?? code.code} says "${error.message}"; its table says "${code.message}"`,
      );
    }
    if (code?.expose_details === false && 'details' in error && !isDevelopment(example)) {
      contradictions.push(`${at(line)}: the example of ${code.name ?? code.code} shows details, which its table says are not exposed`);
    }
  }
}

/** Messages in other languages, from examples under headings such as "Spanish (es)": locale → code → message. */
function localizedMessages(examples: Example[], codes: ImportedCode[]): Map<string, Map<string, string>> {
  const translations = new Map<string, Map<string, string>>();
  for (const example of examples) {
    const locale = languageOf(example);
    const error = errorOf(example.body);
    const code = codes.find((c) => c.name === error.code || String(c.code) === String(error.code));
    if (!locale || locale === 'en' || !code || typeof error.message !== 'string') continue;
    if (!translations.has(locale)) translations.set(locale, new Map());
    translations.get(locale)!.set(String(code.code), error.message);
  }
  return translations;
}

function catalogFiles(
  categories: ImportedCategory[],
  statuses: Map<number, {title: string; meaning?: string}>,
  envelope: {format: string; code_value?: string} | undefined,
  documentationUrl: string | undefined,
  translations: Map<string, Map<string, string>>,
): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'catalog.yaml',
    stringify({
      // No product name: a reference seldom states one apart from its prose, and the fill-in list asks for it.
      ...(documentationUrl ? {documentation_url: documentationUrl} : {}),
      ...(envelope ? {envelope} : {}),
      ...(translations.size > 0 ? {locales: ['en', ...translations.keys()]} : {}),
      // Every status the reference declares, whether or not a code uses it.
      statuses: Object.fromEntries(
        [...statuses].map(([status, info]) => [String(status), {title: info.title, ...(info.meaning ? {meaning: info.meaning} : {})}]),
      ),
    }),
  );
  for (const category of categories) {
    files.set(
      `categories/${slugId(category.title)}.yaml`,
      stringify({
        category: {id: slugId(category.title), title: category.title, ...(category.range ? {range: category.range} : {})},
        codes: category.codes.map(({line: _line, exampleCode: _exampleCode, ...code}) => code),
      }),
    );
  }
  for (const [locale, messages] of translations) {
    files.set(
      `locales/${locale}.yaml`,
      stringify({locale, codes: Object.fromEntries([...messages].map(([code, message]) => [code, {message}]))}),
    );
  }
  return files;
}

/** The fields a person must fill in: `check`'s errors on the draft, one line per field and problem, with where. */
function toFillIn(diagnostics: Diagnostic[]): string[] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics.filter((x) => x.severity === 'error')) {
    const key = `${d.field.replace(/\[\d+\]/g, '[*]').replace(/^statuses\.\d+/, 'statuses.*')}: ${d.message}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups].map(([key, ds]) => `${key} (${ds.length}×, first at ${ds[0]!.file}:${ds[0]!.line})`);
}

/** Writes the draft and `import-report.md` into `outDir`, which must be new or empty; returns the report. */
export async function importToDirectory(referenceFile: string, outDir: string): Promise<{report: string; errors: number}> {
  if (existsSync(outDir) && (await fs.readdir(outDir)).length > 0)
    throw new Refusal(`${outDir} is not empty; import writes a new catalog only`);
  const result = await importReference(await fs.readFile(referenceFile, 'utf8'), path.basename(referenceFile));
  for (const [rel, content] of result.files) {
    await fs.mkdir(path.dirname(path.join(outDir, rel)), {recursive: true});
    await fs.writeFile(path.join(outDir, rel), content);
  }
  const {diagnostics} = await readCatalog(outDir);
  const fill = toFillIn(diagnostics);
  const codes = result.categories.reduce((n, c) => n + c.codes.length, 0);
  const source = (line: number) => `${path.basename(referenceFile)}:${line}`;
  const list = (items: string[], none: string) => (items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : none);
  const guides = result.guides.map((g) => `guides/${g.slug}.md (${source(g.line)})`);
  const report = `# Import of ${path.basename(referenceFile)}

${codes} codes in ${result.categories.length} categories: ${result.categories.map((c) => `${c.title} (${c.codes.length})`).join(', ')}.

Guides from its troubleshooting sections: ${guides.length > 0 ? guides.join(', ') : 'none'}.

## Where the reference contradicts itself

${list(result.contradictions, 'Nothing found.')}

## What was not placed in the catalog

${list(result.unplaced, 'Everything was placed.')}

## What a person must fill in

The catalog format asks for facts the reference does not state; \`error-catalog check ${outDir}\` lists each one with its line.

${list(fill, 'Nothing: the draft passes check.')}
`;
  await fs.writeFile(path.join(outDir, 'import-report.md'), report);
  return {report, errors: diagnostics.filter((d) => d.severity === 'error').length};
}
