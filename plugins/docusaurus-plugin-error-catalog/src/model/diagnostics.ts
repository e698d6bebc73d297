/** Problems found in a catalog, each pinned to a file position and a field path. */
export type Severity = 'error' | 'warning';

export type FieldPath = readonly (string | number)[];

export interface Diagnostic {
  severity: Severity;
  /** Path of the file, relative to the catalog directory's parent when known. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, e.g. `codes[3].status`. */
  field: string;
  message: string;
}

export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
}

export function formatDiagnostic(d: Diagnostic): string {
  const field = d.field ? ` ${d.field}:` : '';
  return `${d.file}:${d.line}:${d.column} ${d.severity}${field} ${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

/** Thrown when a catalog has errors; carries every problem found, not just the first. */
export class CatalogError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `The error catalog has ${errors.length} error${errors.length === 1 ? '' : 's'}; no pages were built:\n` +
        errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
    );
    this.name = 'CatalogError';
    this.diagnostics = diagnostics;
  }
}
