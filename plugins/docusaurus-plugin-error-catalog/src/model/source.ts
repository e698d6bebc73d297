/** YAML files parsed with positions, so any field path maps back to file:line:column. */
import {isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node} from 'yaml';
import type {Diagnostic, FieldPath, Severity} from './diagnostics';
import {formatFieldPath} from './diagnostics';

export interface SourceFile {
  /** Display path used in diagnostics. */
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

export function parseSource(file: string, text: string): {source: SourceFile; diagnostics: Diagnostic[]} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, prettyErrors: true, uniqueKeys: true});
  const source = {file, doc, lineCounter};
  const diagnostics = [...doc.errors, ...doc.warnings].map((e): Diagnostic => {
    const [line, column] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
    return {
      severity: e.name === 'YAMLWarning' ? 'warning' : 'error',
      file,
      line,
      column,
      field: '',
      message: `YAML ${e.code}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  });
  return {source, diagnostics};
}

/**
 * The offset of the deepest node on `path` that exists. With `key` set, points at
 * that key of the map at `path` (for unknown keys), not at its value.
 */
function offsetOf(source: SourceFile, path: FieldPath, key?: string): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? source.doc.contents : (source.doc.getIn(path.slice(0, depth), true) as Node | undefined);
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
  const {line, col} = source.lineCounter.linePos(offsetOf(source, path, options.key));
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
