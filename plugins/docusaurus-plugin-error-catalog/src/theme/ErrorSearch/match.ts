/**
 * The exact "paste your error" matcher: a code or name in any case, a message
 * with its values filled in (in any language of the catalog), or a whole JSON
 * error body in any supported envelope. Independent of full-text search.
 */
import type {LookupCode} from '../../pageData';

export type MatchReason =
  | {kind: 'json'; field: string}
  | {kind: 'code'}
  | {kind: 'name'}
  | {kind: 'message'; locale: string; exact: boolean}
  | {kind: 'symptom'; locale: string; exact: boolean; guide: {title: string; permalink: string}};

export interface Match {
  code: LookupCode;
  reason: MatchReason;
  score: number;
}

export interface MatchResult {
  matches: Match[];
  /** Several codes share the best score, e.g. two codes with the same message. */
  ambiguous: boolean;
}

/** A code or name as people type it: case, `-`, `_` and spaces ignored. */
export const normalize = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, '');

/** String values of the fields that carry a code, type or message in any of the four envelopes. */
export function jsonFields(value: unknown, prefix = ''): {path: string; value: string}[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'string' || typeof v === 'number') return [{path, value: String(v)}];
    return jsonFields(v, path);
  });
}

/** The JSON object inside what someone pasted, if there is one. */
export function parseJsonBody(input: string): unknown {
  const start = input.indexOf('{');
  const end = input.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(input.slice(start, end + 1)) as unknown;
  } catch {
    return undefined;
  }
}

/** Body fields that name the code, and fields that carry its message. */
export const identifierFields = ['code', 'type', 'name', 'error_code', 'errorCode'];
export const messageFields = ['message', 'detail', 'title'];

/** A problem+json `type` is the code's page URL: its last segment names the code. */
export function identifierOf(value: string): string {
  return /^https?:\/\//.test(value)
    ? decodeURIComponent(
        value
          .replace(/[?#].*$/, '')
          .split('/')
          .pop() ?? '',
      )
    : value;
}

interface CompiledPattern {
  locale: string;
  guide?: {title: string; permalink: string};
  literal: number;
  full: RegExp;
  inside: RegExp;
  wordStart: boolean;
  wordEnd: boolean;
}

const compiled = new WeakMap<LookupCode, CompiledPattern[]>();

function patternsOf(code: LookupCode): CompiledPattern[] {
  let list = compiled.get(code);
  if (!list) {
    list = code.patterns
      .filter((p) => p.literal > 0)
      .map((p) => ({
        locale: p.locale,
        ...(p.guide ? {guide: p.guide} : {}),
        literal: p.literal,
        full: new RegExp(`^\\s*${p.source}\\s*[.!。！]?\\s*$`, 'iu'),
        inside: new RegExp(p.source, 'giu'),
        wordStart: p.wordStart === true,
        wordEnd: p.wordEnd === true,
      }));
    compiled.set(code, list);
  }
  return list;
}

const wordChar = /[\p{L}\p{N}]/u;

/** The pattern occurs in the text, its first and last words not run into neighbouring letters. */
function occursIn(text: string, p: CompiledPattern): boolean {
  for (const m of text.matchAll(p.inside)) {
    if (p.wordStart && wordChar.test(text.charAt(m.index - 1))) continue;
    if (p.wordEnd && wordChar.test(text.charAt(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * The best way the text matches a code's messages, or the symptoms of its guides: the whole text (exact), or within
 * a longer log line. A symptom ranks below a message, since a guide lists it for several codes.
 */
function messageMatch(text: string, code: LookupCode): Match | undefined {
  let best: Match | undefined;
  for (const p of patternsOf(code)) {
    const exact = p.full.test(text);
    if (!exact && !occursIn(text, p)) continue;
    const score = (exact ? 60 : 30) - (p.guide ? 10 : 0) + Math.min(p.literal, 200) / 10;
    const reason: MatchReason = p.guide
      ? {kind: 'symptom', locale: p.locale, exact, guide: p.guide}
      : {kind: 'message', locale: p.locale, exact};
    if (!best || score > best.score) best = {code, reason, score};
  }
  return best;
}

/** Ranks the catalog's codes against what someone pasted: best first, one entry per code. */
export function matchError(input: string, codes: LookupCode[]): MatchResult {
  const text = input.trim();
  if (!text) return {matches: [], ambiguous: false};
  const best = new Map<LookupCode, Match>();
  const add = (m: Match | undefined) => {
    if (m && (best.get(m.code)?.score ?? -1) < m.score) best.set(m.code, m);
  };

  const body = text.startsWith('{') || text.includes('{"') ? parseJsonBody(text) : undefined;
  if (body) {
    for (const {path, value} of jsonFields(body)) {
      const key = path.split('.').pop()!;
      if (identifierFields.includes(key)) {
        const candidate = normalize(identifierOf(value));
        for (const code of codes) {
          const byCode = normalize(String(code.code)) === candidate || code.segments.some((s) => normalize(s) === candidate);
          const byName = normalize(code.name) === candidate;
          // An OpenAI `type` names a class of errors, so it ranks below a `code` field.
          const byType = key === 'type' && code.type !== undefined && normalize(code.type) === candidate;
          if (byCode || byName) add({code, reason: {kind: 'json', field: path}, score: 100});
          else if (byType) add({code, reason: {kind: 'json', field: path}, score: 40});
        }
      } else if (messageFields.includes(key)) {
        for (const code of codes) add(messageMatch(value, code));
      }
    }
  } else {
    // A code or name is one word; "Resource not found" is a message, not RESOURCE_NOT_FOUND.
    const q = /\s/.test(text) ? undefined : normalize(text);
    for (const code of codes) {
      if (q !== undefined && normalize(String(code.code)) === q) add({code, reason: {kind: 'code'}, score: 90});
      else if (q !== undefined && normalize(code.name) === q) add({code, reason: {kind: 'name'}, score: 90});
      else add(messageMatch(text, code));
    }
  }

  const matches = [...best.values()].sort(
    (a, b) => b.score - a.score || String(a.code.code).localeCompare(String(b.code.code), 'en', {numeric: true}),
  );
  return {matches, ambiguous: matches.length > 1 && matches[0]!.score === matches[1]!.score};
}
