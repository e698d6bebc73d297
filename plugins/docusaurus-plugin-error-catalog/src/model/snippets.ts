/**
 * Client code generated from the catalog: a module per language that reads
 * the catalog's envelopes and retries what the entries mark retryable, and a
 * snippet per code that detects that code.
 */
import {quote} from 'shell-quote';
import {oneLine} from './markdown';
import {formatMessage} from './messages';
import {generatedTextPrefix, pluginLabels} from './pluginLabels';
import {retryAfterField, retryAfterHeader, retryAfterPath} from './envelope';
import {codePath, fieldPath, formatSignature, readingOrder, wireCode, type EnvelopeFormat, type JsonScalar} from './envelopeFormat';
import {clientDefaultRetryPolicy, type RetryPolicy} from './schema';
import type {CodeEntry, HttpCatalog} from './types';

export type SnippetLanguage = 'ts' | 'python' | 'bash';

export const snippetLanguages: SnippetLanguage[] = ['ts', 'python', 'bash'];

/** What a reader calls each language: its tab label on pages, its heading in the Markdown twin. */
export const snippetLanguageLabels: Record<SnippetLanguage, string> = {ts: 'TypeScript', python: 'Python', bash: 'curl'};

/** The file a snippet's helpers are imported from. */
export const clientModuleFiles: Record<SnippetLanguage, string> = {
  ts: 'api-errors.ts',
  python: 'api_errors.py',
  bash: 'api-errors.sh',
};

/** A TypeScript or Python string literal: JSON's quoting is valid in both. */
const literal = (value: string | number) => JSON.stringify(value);
/**
 * A shell word that is exactly the value, whatever it holds: quoted by shell-quote where the value needs it, and in
 * double quotes otherwise, as scripts usually write a constant.
 */
function shellLiteral(value: string | number): string {
  const word = quote([String(value)]);
  return word === String(value) ? `"${word}"` : word;
}

/** Delays in seconds before each retry, for entries without Retry-After: initial × multiplier^n, capped. */
export function backoffSchedule(policy: RetryPolicy): number[] {
  return Array.from({length: policy.max_attempts - 1}, (_, n) =>
    Math.min(policy.max_delay_seconds, policy.initial_delay_seconds * policy.multiplier ** n),
  );
}

/** What a client module reads from a body, by the name its ApiError gives it. */
const readFields = [
  ['code', undefined],
  ['message', 'message'],
  ['requestId', 'request_id'],
  ['details', 'details'],
  ['fieldErrors', 'field_errors'],
  ['param', 'param'],
] as const;

/** Each field the client reads from a body in the format, with its path there: the wait too, where details carry it. */
function readPaths(format: EnvelopeFormat, retryAfterDetail: string | undefined): {name: string; path: string[]}[] {
  const read = readFields.flatMap(([name, source]) => {
    const path = source === undefined ? codePath(format) : fieldPath(format, source);
    return path ? [{name, path}] : [];
  });
  const details = fieldPath(format, 'details');
  return retryAfterDetail !== undefined && details ? [...read, {name: 'retryAfter', path: [...details, retryAfterDetail]}] : read;
}

const pathArgs = (path: string[]) => path.map(literal).join(', ');

/** TypeScript: the format is recognized by the fields all its bodies have, then read. */
function tsReader(format: EnvelopeFormat, retryAfterDetail: string | undefined): string {
  const test = formatSignature(format).map(
    ({path, equals}) => `at(body, ${pathArgs(path)}) ${equals === undefined ? '!== undefined' : `=== ${JSON.stringify(equals)}`}`,
  );
  const read = readPaths(format, retryAfterDetail).map(({name, path}) => `      ${name}: at(body, ${pathArgs(path)}),`);
  return [`  if (`, `    ${test.join(' &&\n    ')}`, `  ) {`, `    return {`, `      status,`, ...read, `    };`, `  }`].join('\n');
}

const pythonNames: Record<string, string> = {requestId: 'request_id', fieldErrors: 'field_errors', retryAfter: 'retry_after'};

function pyReader(format: EnvelopeFormat, retryAfterDetail: string | undefined): string {
  const test = formatSignature(format).map(
    ({path, equals}) => `_at(body, ${pathArgs(path)}) ${equals === undefined ? 'is not _MISSING' : `== ${pythonLiteral(equals)}`}`,
  );
  const read = readPaths(format, retryAfterDetail).map(
    ({name, path}) => `            ${pythonNames[name] ?? name}=_get(body, ${pathArgs(path)}),`,
  );
  return [
    `    if (`,
    `        ${test.join('\n        and ')}`,
    `    ):`,
    `        return ApiError(`,
    `            status,`,
    ...read,
    `        )`,
  ].join('\n');
}

/** A JSON scalar as Python writes it. */
function pythonLiteral(value: JsonScalar): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** A jq path: .error.code, or ."x-id" for a name jq cannot write bare. */
function jqPath(path: string[]): string {
  return path.map((key) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `.${JSON.stringify(key)}`)).join('');
}

function retryableCodes(catalog: HttpCatalog): (string | number)[] {
  // A code retryable only under a condition is not retried blindly: the condition needs the caller.
  return catalog.codes.filter((e) => e.retryable === true).map((e) => wireCode(catalog, e));
}

/** The whole client module in one language: read the envelope, compute the wait, retry. */
export function clientModule(catalog: HttpCatalog, language: SnippetLanguage): string {
  const retry = catalog.retry ?? clientDefaultRetryPolicy;
  const policyNote = catalog.retry ? 'The catalog’s backoff' : 'The catalog declares no backoff: these are the client’s defaults';
  // In a line comment, so no text can end the comment early: line breaks are folded into spaces.
  const product = oneLine(catalog.product.name);
  const formats = readingOrder(catalog.envelope.formats);
  const retryable = retryableCodes(catalog);
  // Where the API also sends the wait in the body: read it, and wait it when no header says how long.
  const {retryAfterDetail} = catalog.envelope;
  const bodyWaitPath = retryAfterPath(catalog);
  const bodyWait = bodyWaitPath !== undefined;
  const waitRule = bodyWait
    ? `Retry-After when sent, else details.${retryAfterDetail}, else backoff with jitter`
    : 'Retry-After when sent, else backoff with jitter';
  switch (language) {
    case 'ts':
      return `// Reads ${product} errors and retries the retryable ones. Generated from the error catalog.
export interface ApiError {
  status: number;
  code: string | number;
  message: string;
  requestId?: string;
  details?: Record<string, unknown>;
  fieldErrors?: {field: string; message: string; constraint?: string}[];
  param?: string;${bodyWait ? '\n  /** Seconds to wait, from the body. */\n  retryAfter?: number;' : ''}
}

/** The value at a path of a parsed JSON body; undefined where the body has no such field. */
function at(body: unknown, ...path: string[]): any {
  let value: any = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** The error in a failed response; undefined for a success or a body in no known format. */
export async function readApiError(response: Response): Promise<ApiError | undefined> {
  if (response.ok) return undefined;
  const status = response.status;
  const body: unknown = await response.json().catch(() => undefined);
${formats.map((format) => tsReader(format, retryAfterDetail)).join('\n')}
  return undefined;
}

/** The codes the catalog marks retryable: the same request can succeed later. */
export const retryableCodes = new Set<string | number>([${retryable.map(literal).join(', ')}]);

// ${policyNote}.
export const maxAttempts = ${retry.max_attempts};

/** Milliseconds to wait after failed attempt \`attempt\` (1, 2, …): ${waitRule}. */
export function retryDelayMs(response: Response, attempt: number${bodyWait ? ', error?: ApiError' : ''}): number {
  const retryAfter = response.headers.get('Retry-After');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }${bodyWait ? "\n  if (typeof error?.retryAfter === 'number' && Number.isFinite(error.retryAfter)) return error.retryAfter * 1000;" : ''}
  const delay = Math.min(${retry.max_delay_seconds}, ${retry.initial_delay_seconds} * ${retry.multiplier} ** (attempt - 1)) * 1000;
  return delay / 2 + Math.random() * (delay / 2);
}

/** Sends a request; retryable errors are sent again after the wait, up to maxAttempts in all. */
export async function fetchWithRetry(input: string | URL, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(input, init);
    if (response.ok || attempt >= maxAttempts) return response;
    const error = await readApiError(response.clone());
    if (!error || !retryableCodes.has(error.code)) return response;
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs(response, attempt${bodyWait ? ', error' : ''})));
  }
}
`;
    case 'python':
      return `# Reads ${product} errors and retries the retryable ones. Generated from the error catalog.
import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Optional, Union

import requests


@dataclass
class ApiError:
    status: int
    code: Union[str, int]
    message: str
    request_id: Optional[str] = None
    details: Optional[dict] = None
    field_errors: Optional[list] = None
    param: Optional[str] = None${bodyWait ? '\n    retry_after: Optional[float] = None' : ''}


_MISSING = object()


def _at(body: Any, *path: str) -> Any:
    """The value at a path of a parsed JSON body; _MISSING where the body has no such field."""
    for key in path:
        if not isinstance(body, dict) or key not in body:
            return _MISSING
        body = body[key]
    return body


def _get(body: Any, *path: str) -> Any:
    value = _at(body, *path)
    return None if value is _MISSING else value


def read_api_error(response: requests.Response) -> Optional[ApiError]:
    """The error in a failed response; None for a success or a body in no known format."""
    if response.ok:
        return None
    status = response.status_code
    try:
        body: Any = response.json()
    except ValueError:
        return None
${formats.map((format) => pyReader(format, retryAfterDetail)).join('\n')}
    return None


# The codes the catalog marks retryable: the same request can succeed later.
RETRYABLE_CODES = {${retryable.map(literal).join(', ')}}

# ${policyNote}.
MAX_ATTEMPTS = ${retry.max_attempts}


def retry_delay_seconds(response: requests.Response, attempt: int${bodyWait ? ', error: Optional[ApiError] = None' : ''}) -> float:
    """Seconds to wait after failed attempt \`attempt\` (1, 2, ...): ${waitRule}."""
    retry_after = response.headers.get("Retry-After")
    if retry_after is not None:
        try:
            return float(retry_after)
        except ValueError:
            return max(0.0, parsedate_to_datetime(retry_after).timestamp() - time.time())${
              bodyWait
                ? '\n    if error is not None and isinstance(error.retry_after, (int, float)) and not isinstance(error.retry_after, bool):\n        return float(error.retry_after)'
                : ''
            }
    delay = min(${retry.max_delay_seconds}, ${retry.initial_delay_seconds} * ${retry.multiplier} ** (attempt - 1))
    return delay / 2 + random.random() * delay / 2


def request_with_retry(method: str, url: str, **kwargs: Any) -> requests.Response:
    """Sends a request; retryable errors are sent again after the wait, up to MAX_ATTEMPTS in all."""
    attempt = 1
    while True:
        response = requests.request(method, url, **kwargs)
        if response.ok or attempt >= MAX_ATTEMPTS:
            return response
        error = read_api_error(response)
        if error is None or error.code not in RETRYABLE_CODES:
            return response
        time.sleep(retry_delay_seconds(response, attempt${bodyWait ? ', error' : ''}))
        attempt += 1
`;
    case 'bash': {
      return `#!/usr/bin/env bash
# Calls the ${product} API with curl and retries the retryable errors. Generated from the error catalog.
# Usage: api_call URL [curl options...]; needs curl and jq.

RETRYABLE_CODES=(${retryable.map(shellLiteral).join(' ')})
# ${policyNote}.
MAX_ATTEMPTS=${retry.max_attempts}

is_retryable() {
  local retryable
  for retryable in "\${RETRYABLE_CODES[@]}"; do [ "$retryable" = "$1" ] && return 0; done
  return 1
}

api_call() {
  local attempt=1 status code retry_after delay
  while true; do
    status=$(curl -sS -o body.json -D headers.txt -w '%{http_code}' "$@")
    if [ "$status" -lt 400 ] || [ "$attempt" -ge "$MAX_ATTEMPTS" ]; then break; fi
    code=$(jq -r '${jqPath(codePath(catalog.envelope.formats[0]!))} // empty' body.json)
    if ! is_retryable "$code"; then break; fi
    retry_after=$(awk 'tolower($1) == "retry-after:" { print $2 + 0 }' headers.txt)${
      bodyWait ? `\n    [ -n "$retry_after" ] || retry_after=$(jq -r '${jqPath(bodyWaitPath)} // empty' body.json)` : ''
    }
    delay=$(( ${retry.initial_delay_seconds} * ${retry.multiplier} ** (attempt - 1) ))
    if [ "$delay" -gt ${retry.max_delay_seconds} ]; then delay=${retry.max_delay_seconds}; fi
    sleep "\${retry_after:-$delay}"
    attempt=$(( attempt + 1 ))
  done
  echo "HTTP $status \${code:-}" >&2
  cat body.json
}
`;
    }
  }
}

/** The comments of the per-code snippets, in the page's language. */
export interface SnippetPhrases {
  locale: string;
  labels: Record<string, string>;
}

export function snippetPhrases(locale: string): SnippetPhrases {
  return {locale, labels: pluginLabels(locale)};
}

/** One comment, on one line whatever the catalog text in it holds. */
function say(phrases: SnippetPhrases, id: string, values: Record<string, string | number> = {}): string {
  return oneLine(formatMessage(phrases.labels[`${generatedTextPrefix}${id}`]!, values, phrases.locale));
}

/** Where the entry's response says how long to wait: the header first, then the body. */
function waitComment(catalog: HttpCatalog, entry: CodeEntry, phrases: SnippetPhrases): string {
  if (retryAfterHeader(entry)) return say(phrases, 'waitRetryAfter');
  const field = retryAfterField(catalog, entry);
  return field ? say(phrases, 'waitRetryAfterField', {field: field.path.join('.')}) : say(phrases, 'waitBackoff');
}

/** The arguments of the client's delay function: the error too, where the body may carry the wait. */
const delayArgs = (catalog: HttpCatalog) => (retryAfterPath(catalog) ? 'response, attempt, error' : 'response, attempt');

/**
 * The comment over a failure the client does not retry: "not retryable" only where the catalog says so, the condition
 * where it is retryable under one, then the fix.
 */
function failureComment(entry: CodeEntry, text: SnippetText, phrases: SnippetPhrases): string[] {
  if (entry.retryable === false) return [say(phrases, 'notRetryable', {fix: text.fix ?? ''}).trim()];
  const fix = text.fix ? [oneLine(text.fix)] : [];
  return text.condition === undefined ? fix : [say(phrases, 'retryWhen', {condition: text.condition}), ...fix];
}

/** What a client does once it has detected the entry's code. */
function tsAction(catalog: HttpCatalog, entry: CodeEntry, text: SnippetText, phrases: SnippetPhrases): string[] {
  if (entry.retryable === true) {
    return [
      `  // ${waitComment(catalog, entry, phrases)}`,
      `  await new Promise((resolve) => setTimeout(resolve, retryDelayMs(${delayArgs(catalog)})));`,
    ];
  }
  const lines = failureComment(entry, text, phrases).map((comment) => `  // ${comment}`);
  if (entry.example.field_errors && carriesFieldErrors(catalog)) {
    lines.push('  for (const {field, message} of error.fieldErrors ?? []) console.error(`${field}: ${message}`);');
  }
  lines.push('  throw new Error(`${error.code}: ${error.message}`);');
  return lines;
}

function pyAction(catalog: HttpCatalog, entry: CodeEntry, text: SnippetText, phrases: SnippetPhrases): string[] {
  if (entry.retryable === true)
    return [`    # ${waitComment(catalog, entry, phrases)}`, `    time.sleep(retry_delay_seconds(${delayArgs(catalog)}))`];
  const lines = failureComment(entry, text, phrases).map((comment) => `    # ${comment}`);
  if (entry.example.field_errors && carriesFieldErrors(catalog)) {
    lines.push('    for item in error.field_errors or []:', "        print(f\"{item['field']}: {item['message']}\")");
  }
  lines.push('    raise RuntimeError(f"{error.code}: {error.message}")');
  return lines;
}

function carriesFieldErrors(catalog: HttpCatalog): boolean {
  return fieldPath(catalog.envelope.formats[0]!, 'field_errors') !== undefined;
}

/** The entry's own words a snippet quotes, as plain text in the page's language, where it has them. */
export interface SnippetText {
  /** The first resolution step. */
  fix?: string;
  /** When a retry can succeed, for a code retryable only under a condition. */
  condition?: string;
}

/** The snippet that detects one code, in one language. */
export function codeSnippet(
  catalog: HttpCatalog,
  entry: CodeEntry,
  language: SnippetLanguage,
  text: SnippetText,
  phrases: SnippetPhrases,
): string {
  const code = wireCode(catalog, entry);
  const module = clientModuleFiles[language];
  switch (language) {
    case 'ts':
      return [
        `import {${entry.retryable === true ? 'readApiError, retryDelayMs' : 'readApiError'}} from './${module.replace(/\.ts$/, '')}';`,
        '',
        `// ${say(phrases, 'tsResponse')}`,
        'const error = await readApiError(response);',
        `if (error?.code === ${literal(code)}) {`,
        ...tsAction(catalog, entry, text, phrases),
        '}',
        '',
      ].join('\n');
    case 'python':
      return [
        ...(entry.retryable === true ? ['import time', ''] : []),
        `from ${module.replace(/\.py$/, '')} import read_api_error${entry.retryable === true ? ', retry_delay_seconds' : ''}`,
        '',
        `# ${say(phrases, 'pythonResponse')}`,
        'error = read_api_error(response)',
        `if error is not None and error.code == ${literal(code)}:`,
        ...pyAction(catalog, entry, text, phrases),
        '',
      ].join('\n');
    case 'bash': {
      const own = catalog.envelope.formats[0]!;
      const messagePath = jqPath(fieldPath(own, 'message')!);
      const bodyWait = retryAfterField(catalog, entry);
      const lines = [
        'curl -sS -o body.json -D headers.txt "$URL" -H "Authorization: Bearer $API_KEY"',
        `if [ "$(jq -r '${jqPath(codePath(own))}' body.json)" = ${shellLiteral(code)} ]; then`,
      ];
      const retryable = entry.retryable === true;
      if (retryable && retryAfterHeader(entry)) {
        lines.push(
          `  # ${say(phrases, 'waitRetryAfter')}`,
          `  sleep "$(awk 'tolower($1) == "retry-after:" { print $2 + 0 }' headers.txt)"`,
        );
      } else if (retryable && bodyWait) {
        lines.push(`  # ${waitComment(catalog, entry, phrases)}`, `  sleep "$(jq -r '${jqPath(bodyWait.path)}' body.json)"`);
      } else if (retryable && catalog.retry) {
        const {initial_delay_seconds: initial, multiplier, max_delay_seconds: max} = catalog.retry;
        lines.push(`  # ${say(phrases, 'waitSchedule', {initial, multiplier, max})}`, `  sleep ${initial}`);
      } else if (retryable) {
        lines.push(`  # ${say(phrases, 'retryLater')}`, `  jq -r '${messagePath}' body.json >&2`);
      } else {
        lines.push(...failureComment(entry, text, phrases).map((comment) => `  # ${comment}`), `  jq -r '${messagePath}' body.json >&2`);
      }
      lines.push('fi', '');
      return lines.join('\n');
    }
  }
}
