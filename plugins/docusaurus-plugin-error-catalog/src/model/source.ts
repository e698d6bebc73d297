/**
 * YAML files of the catalog. The data comes from js-yaml, about ten times
 * faster than a positional parse; the `yaml` document that maps a field path
 * back to file:line:column is built only when a diagnostic needs it.
 */
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
  return {doc: parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true}), lineCounter};
}

export function parseSource(file: string, text: string): {source: SourceFile; diagnostics: Diagnostic[]} {
  let positions: ReturnType<typeof positionalParse> | undefined;
  const lazyPositions = () => (positions ??= positionalParse(text));
  try {
    // The core schema is YAML 1.2's, as the positional parser reads it: dates stay strings, no `yes` booleans.
    const data = load(text, {schema: CORE_SCHEMA, filename: file}) ?? null;
    return {source: {file, data, positions: lazyPositions}, diagnostics: []};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The positional parser words YAML errors better; js-yaml's own is the fallback should they disagree.
    const {doc} = lazyPositions();
    const problems = doc.errors.map((e): {line: number; column: number; code: string; message: string} => ({
      line: e.linePos?.[0]?.line ?? 1,
      column: e.linePos?.[0]?.col ?? 1,
      code: e.code,
      message: e.message,
    }));
    if (problems.length === 0)
      problems.push({line: error.mark.line + 1, column: error.mark.column + 1, code: 'SYNTAX', message: error.reason});
    const diagnostics = problems.map((p): Diagnostic => ({
      severity: 'error',
      file,
      line: p.line,
      column: p.column,
      field: '',
      message: `YAML ${p.code}: ${p.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    return {source: {file, data: null, positions: lazyPositions}, diagnostics};
  }
}

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
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return keyNode.range[0];
    }
    if (node.range) return node.range[0];
  }
  return 0;
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
