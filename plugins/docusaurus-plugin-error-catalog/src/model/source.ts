/**
 * YAML files of the catalog. The data comes from js-yaml, about ten times
 * faster than a positional parse; the `yaml` document that maps a field path
 * back to file:line:column is built only when a diagnostic needs it.
 */
import {isUtf8} from 'node:buffer';
import {CORE_SCHEMA, load, YAMLException} from 'js-yaml';
import {isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node} from 'yaml';
import type {Diagnostic, FieldPath, Severity} from './diagnostics';
import {formatFieldPath} from './diagnostics';

export interface SourceFile {
  /** Display path used in diagnostics. */
  file: string;
  /** The parsed YAML value. */
  data: unknown;
  /** The positional document, parsed on first use. */
  positions: () => {doc: Document; lineCounter: LineCounter};
}

function positionalParse(text: string) {
  const lineCounter = new LineCounter();
  // Errors only: the library's warnings (a key that is a mapping) would print beside the diagnostics.
  return {doc: parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true, logLevel: 'error'}), lineCounter};
}

/** The limits a catalog file is read within; each one names itself in the error that reports it. */
export const sourceLimits = {
  /** Bytes in one file: a generated category of 10,000 codes is about 10 MB. */
  fileBytes: 32 * 1024 * 1024,
  /** Values in one file once its aliases are expanded, beyond which consumers would copy the file many times over. */
  expandedValues: (textLength: number) => 10_000 + 4 * textLength,
} as const;

const located = (file: string, text: string, offset: number, message: string): Diagnostic => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return {severity: 'error', file, line, column: offset - before.lastIndexOf('\n'), field: '', message};
};

/** A catalog file's bytes as text, or why they are not: too large, not UTF-8, or holding NUL bytes. */
export function decodeSource(file: string, bytes: Buffer): {text?: string; diagnostics: Diagnostic[]} {
  if (bytes.length > sourceLimits.fileBytes) {
    const message = `file is ${bytes.length.toLocaleString('en')} bytes, over the limit of ${sourceLimits.fileBytes / 1024 / 1024} MB per file; split it`;
    return {diagnostics: [{severity: 'error', file, line: 1, column: 1, field: '', message}]};
  }
  if (!isUtf8(bytes)) {
    // An invalid sequence never spans a line break (0x0A is never part of a multi-byte character).
    let [line, column, start] = [1, 1, 0];
    for (; start < bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const lineBytes = bytes.subarray(start, end < 0 ? bytes.length : end);
      if (!isUtf8(lineBytes)) {
        column = Math.max(1, lineBytes.toString('utf8').indexOf('\uFFFD') + 1);
        break;
      }
      start = end < 0 ? bytes.length : end + 1;
    }
    return {diagnostics: [{severity: 'error', file, line, column, field: '', message: 'the file is not valid UTF-8; save it as UTF-8'}]};
  }
  const text = bytes.toString('utf8');
  const nul = text.indexOf('\0');
  if (nul >= 0) return {diagnostics: [located(file, text, nul, 'the file holds a NUL byte; a catalog file is text')]};
  return {text, diagnostics: []};
}

/**
 * Problems in parsed data that YAML allows: a `__proto__` key, which JavaScript objects cannot hold as data, and
 * aliases that expand to far more values than the file holds (a "billion laughs" file).
 */
function dataProblems(data: unknown, textLength: number): {path: (string | number)[]; message: string}[] {
  const limit = sourceLimits.expandedValues(textLength);
  let values = 0;
  const problems: {path: (string | number)[]; message: string}[] = [];
  // One path, extended and shortened as the walk goes: copied only for a problem, as most files have none.
  const path: (string | number)[] = [];
  const walk = (value: unknown): boolean => {
    if (++values > limit) {
      problems.push({
        path: [...path],
        message: `the file's aliases expand to more than ${limit.toLocaleString('en')} values; write the values out`,
      });
      return false;
    }
    if (!value || typeof value !== 'object') return true;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      if (key === '__proto__') problems.push({path: [...path], message: '"__proto__" cannot be a key: JavaScript reserves it'});
      path.push(key);
      const ok = walk((value as Record<string | number, unknown>)[key]);
      path.pop();
      if (!ok) return false;
    }
    return true;
  };
  walk(data);
  return problems;
}

export function parseSource(file: string, text: string): {source: SourceFile; diagnostics: Diagnostic[]} {
  let positions: ReturnType<typeof positionalParse> | undefined;
  const lazyPositions = () => (positions ??= positionalParse(text));
  try {
    // The core schema is YAML 1.2's, as the positional parser reads it: dates stay strings, no `yes` booleans.
    const data = load(text, {schema: CORE_SCHEMA, filename: file}) ?? null;
    const source: SourceFile = {file, data, positions: lazyPositions};
    const problems = dataProblems(data, text.length);
    if (problems.length > 0) {
      return {source: {...source, data: null}, diagnostics: problems.map((p) => diagnosticAt(source, p.path, p.message))};
    }
    return {source, diagnostics: []};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The positional parser words YAML errors better; js-yaml's own is the fallback should they disagree. Only the
    // first is reported: after a syntax error a parser misreads what follows, and one tab gave a dozen "errors".
    const {doc} = lazyPositions();
    const first = doc.errors[0];
    const problem = first
      ? {line: first.linePos?.[0]?.line ?? 1, column: first.linePos?.[0]?.col ?? 1, code: first.code, message: first.message}
      : {
          line: (error.mark?.line ?? 0) + 1,
          column: (error.mark?.column ?? 0) + 1,
          code: /maxDepth/.test(error.reason) ? 'DEPTH' : 'SYNTAX',
          message: error.reason,
        };
    const text = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const diagnostics: Diagnostic[] = [
      {
        severity: 'error',
        file,
        line: problem.line,
        column: problem.column,
        field: '',
        message: `YAML syntax: ${yamlProblems[problem.code] ?? text}`,
      },
    ];
    return {source: {file, data: null, positions: lazyPositions}, diagnostics};
  }
}

/** The YAML errors whose parser wording speaks of the library rather than of the file. */
const yamlProblems: Record<string, string> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a line of ---); a catalog file is one document',
  DUPLICATE_KEY: 'a key is written twice in the same mapping',
  TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces',
  DEPTH: 'values are nested more than 100 levels deep',
};

export type ParsedSource = ReturnType<typeof parseSource>;

/** How a catalog read parses the files it finds. */
export interface CatalogSources {
  parse: (file: string, text: string) => ParsedSource;
  /** Notes a file's whole text as the read found it. */
  found: (file: string, text: string) => void;
}

/**
 * Each file's parse, kept while its text is unchanged: `docusaurus start` reads the whole catalog again after every
 * edit, and an edit changes one file.
 */
export class SourceCache implements CatalogSources {
  private readonly parsed = new Map<string, {text: string; parsed: ParsedSource}>();
  /** The text of each file that the latest read found, and that the read before it found. */
  private latest = new Map<string, string>();
  private before = new Map<string, string>();

  /** Called as a read of the catalog starts. */
  startRead(): void {
    this.before = this.latest;
    this.latest = new Map();
  }

  found(file: string, text: string): void {
    this.latest.set(file, text);
  }

  /** Whether the latest read found the same files with the same texts as the read before it. */
  get unchanged(): boolean {
    return this.latest.size === this.before.size && [...this.latest].every(([file, text]) => this.before.get(file) === text);
  }

  parse(file: string, text: string): ParsedSource {
    const cached = this.parsed.get(file);
    if (cached?.text === text) return cached.parsed;
    const parsed = parseSource(file, text);
    this.parsed.set(file, {text, parsed});
    return parsed;
  }
}

/**
 * The offset of the deepest node on `path` that exists. With `key` set, points at
 * that key of the map at `path` (for unknown keys), not at its value.
 */
function offsetOf(doc: Document, path: FieldPath, key?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : (doc.getIn(path.slice(0, depth), true) as Node | undefined);
    if (!node) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      // A key written 429 is a number to the parser, and a string in a field path.
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return keyNode.range[0];
    }
    if (node.range) return node.range[0];
  }
  return 0;
}

/** The line on which the entry at `path` starts: its key's line in a map, its own in a list. For links back to the source. */
export function sourceLine({source, path}: {source: SourceFile; path: FieldPath}): number {
  const {doc, lineCounter} = source.positions();
  const last = path.at(-1);
  const offset = typeof last === 'string' ? offsetOf(doc, path.slice(0, -1), last) : offsetOf(doc, path);
  return lineCounter.linePos(offset).line;
}

export function diagnosticAt(
  source: SourceFile,
  path: FieldPath,
  message: string,
  options: {severity?: Severity; key?: string} = {},
): Diagnostic {
  const {doc, lineCounter} = source.positions();
  const {line, col} = lineCounter.linePos(offsetOf(doc, path, options.key));
  const fieldPath = options.key !== undefined ? [...path, options.key] : path;
  return {
    severity: options.severity ?? 'error',
    file: source.file,
    line,
    column: col,
    field: formatFieldPath(fieldPath),
    message,
  };
}
