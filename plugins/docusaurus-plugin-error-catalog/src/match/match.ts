/**
 * The exact "paste your error" matcher: a code or name in any case, written
 * alone, in a link or in a program's frame; a message with its values filled in
 * (in any language of the catalog); or a whole JSON error body in any supported
 * envelope. Independent of full-text search.
 */
import type {LookupBodyFields, LookupCode, LookupGuide, LookupPattern, LookupText} from '../pageData';
import type {FuzzyCandidates} from './find';
import {bestText} from './fuzzy';
import {identifiersOf, normalize} from './text';

export type MatchReason =
  | {kind: 'json'; field: string}
  | {kind: 'code'}
  | {kind: 'name'}
  | {kind: 'mention'; value: string; link: boolean}
  | {kind: 'message'; locale: string; exact: boolean}
  | {kind: 'symptom'; locale: string; exact: boolean; guide: {title: string; permalink: string}}
  /** The fuzzy tier: most words of one of the code's texts, or of a guide's that lists the code, some perhaps misspelt. */
  | {
      kind: 'words';
      locale: string;
      field: LookupText['field'];
      misspelt: {typed: string; catalog: string}[];
      guide?: {title: string; permalink: string};
    };

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

/** A text's words in order, case and spacing aside: how a code with spaces is compared with what was pasted. */
const wordsInOrder = (text: string) => text.trim().toLowerCase().split(/\s+/).join(' ');

/** String values of the fields that carry a code, type or message in any of the four envelopes. */
export function jsonFields(value: unknown, prefix = ''): {path: string; value: string}[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'string' || typeof v === 'number') return [{path, value: String(v)}];
    return jsonFields(v, path);
  });
}

/** The JSON object inside what someone pasted, if it starts with one or holds one (`{"`). */
export function parseJsonBody(input: string): unknown {
  const text = input.trim();
  if (!text.startsWith('{') && !text.includes('{"')) return undefined;
  const start = input.indexOf('{');
  const end = input.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(input.slice(start, end + 1)) as unknown;
  } catch {
    return undefined;
  }
}

/** Field names common envelopes give the code, the error type and the message: read in any pasted body. */
export const commonBodyFields: LookupBodyFields = {
  code: ['code', 'name', 'error_code', 'errorCode'],
  type: ['type'],
  message: ['message', 'detail', 'title'],
};

/** A body field's last name, by what it carries in the catalog's envelopes or in common ones. */
export function bodyFieldKind(path: string, fields: LookupBodyFields): keyof LookupBodyFields | undefined {
  const key = path.split('.').pop()!;
  return (['code', 'type', 'message'] as const).find((kind) => fields[kind].includes(key));
}

/**
 * A URL's last path segment, decoded and without a `.html` suffix (no code's slug ends in one): the page of a code
 * names it. Malformed escapes stay as written.
 */
function lastSegment(url: string): string {
  const segment = (
    url
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  ).replace(/\.html$/i, '');
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A problem+json `type` is the code's page URL: its last segment names the code. */
export function identifierOf(value: string): string {
  return /^https?:\/\//.test(value) ? lastSegment(value) : value;
}

/** The frames programs print codes in: error[E0308], [ERR_X], #5000, code 9003, "code":"X", E2002. */
const codeFrames = [
  /\[([^\]\s]+)\]/gu,
  /#([\p{L}\p{N}_-]+)/gu,
  /(?<=\b(?:code|error|errno|err)\b\s*[:=]?\s*["']?)([\p{L}\p{N}_.-]+)/giu,
  /["'](?:code|type|name|error_code|errorCode)["']\s*:\s*["']?([^"',}\s]+)/gu,
  // E for error only: A100 or T1000 in a log line is a product, not a code.
  /\bE(\d{2,})\b/gu,
];

/** A word of a pasted text that may name a code; a link's segment, with the one before it. */
export interface Mention {
  value: string;
  /** Set for the last segment of a link: the segment before it, which is the route base's for a code's page. */
  linkParent?: string;
}

/**
 * What a pasted text names besides its words, as it might name a code: the last segment of each link, codes in
 * the frames programs print them in, words shaped like identifiers (with a digit, an underscore or in capitals,
 * bare numbers aside, since ports and ids are numbers too), and the whole text when it is a name written in
 * capitals with spaces. Only the ones the catalog has count.
 */
export function mentionsIn(text: string): Mention[] {
  const found = new Map<string, Mention>();
  for (const m of text.matchAll(/(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s"'<>()[\]]*\/[^\s"'<>()[\]]+/giu)) {
    const segments = m[0]
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/');
    const value = lastSegment(m[0]);
    if (value) found.set(value, {value, linkParent: segments.at(-2) ?? ''});
  }
  const add = (value: string) => {
    if (value && !found.has(value)) found.set(value, {value});
  };
  for (const frame of codeFrames) {
    for (const [, framed] of text.matchAll(frame)) add(framed!.replace(/[.-]+$/, ''));
  }
  for (const [word] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}_.-]*/gu)) {
    const value = word.replace(/[.-]+$/, '');
    const shaped = (/[\p{N}_]/u.test(value) && !/^[\p{N}.]+$/u.test(value)) || /^\p{Lu}[\p{Lu}\p{N}_]+$/u.test(value);
    if (shaped) add(value);
  }
  const trimmed = text.trim();
  if (/\s/.test(trimmed) && !/\p{Ll}/u.test(trimmed) && /\p{Lu}/u.test(trimmed)) add(trimmed);
  return [...found.values()];
}

interface CompiledPattern {
  locale: string;
  literal: number;
  full: RegExp;
  inside: RegExp;
  wordStart: boolean;
  wordEnd: boolean;
}

const compiled = new WeakMap<LookupPattern[], CompiledPattern[]>();

function compile(patterns: LookupPattern[]): CompiledPattern[] {
  let list = compiled.get(patterns);
  if (!list) {
    list = patterns
      .filter((p) => p.literal > 0)
      .map((p) => ({
        locale: p.locale,
        literal: p.literal,
        full: new RegExp(`^\\s*${p.source}\\s*[.!。！]?\\s*$`, 'iu'),
        inside: new RegExp(p.source, 'giu'),
        wordStart: p.wordStart === true,
        wordEnd: p.wordEnd === true,
      }));
    compiled.set(patterns, list);
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

/** How well the text matches the best of the patterns: as a whole (exact), or within a longer log line. */
function textMatch(text: string, patterns: LookupPattern[]): {locale: string; exact: boolean; score: number} | undefined {
  let best: {locale: string; exact: boolean; score: number} | undefined;
  for (const p of compile(patterns)) {
    const exact = p.full.test(text);
    if (!exact && !occursIn(text, p)) continue;
    const score = (exact ? 60 : 30) + Math.min(p.literal, 200) / 10;
    if (!best || score > best.score) best = {locale: p.locale, exact, score};
  }
  return best;
}

/** The codes a text matches by their messages, and those of the guides whose symptoms it matches. */
function textMatches(text: string, {codes, guides}: Candidates): Match[] {
  const byMessage = codes.flatMap((code): Match[] => {
    const m = textMatch(text, code.patterns);
    return m ? [{code, reason: {kind: 'message', locale: m.locale, exact: m.exact}, score: m.score}] : [];
  });
  // A symptom ranks below a message: a guide lists it for each of its codes.
  const bySymptom = guides.flatMap(({title, permalink, codes: guideCodes, patterns}): Match[] => {
    const m = textMatch(text, patterns);
    const reason: MatchReason | undefined = m && {kind: 'symptom', locale: m.locale, exact: m.exact, guide: {title, permalink}};
    return reason ? guideCodes.map((code) => ({code, reason, score: m!.score - 10})) : [];
  });
  return [...byMessage, ...bySymptom];
}

/** A guide with its codes, as the matcher reads it. */
export type CandidateGuide = Omit<LookupGuide, 'codes'> & {codes: LookupCode[]};

/** The codes and guides a text is matched against. */
export interface Candidates {
  codes: LookupCode[];
  guides: CandidateGuide[];
  /** The last segment of the route base: a link's segment after it names a code. */
  linkBase: string;
  bodyFields: LookupBodyFields;
}

/** Ranks the catalog's codes against what someone pasted: best first, one entry per code. */
export function matchError(input: string, candidates: Candidates): MatchResult {
  const {codes} = candidates;
  const text = input.trim();
  if (!text) return {matches: [], ambiguous: false};
  // By page: a code reached through a guide is the same code as when reached by its message.
  const best = new Map<string, Match>();
  const add = (m: Match) => {
    if ((best.get(m.code.permalink)?.score ?? -1) < m.score) best.set(m.code.permalink, m);
  };

  const body = parseJsonBody(text);
  if (body) {
    for (const {path, value} of jsonFields(body)) {
      const kind = bodyFieldKind(path, candidates.bodyFields);
      if (kind === 'code' || kind === 'type') {
        const candidate = normalize(identifierOf(value));
        for (const code of codes) {
          const byCode = normalize(String(code.code)) === candidate;
          // A name or alias ranks just below the code itself, which no other code shares.
          const identified = identifiersOf(code).includes(candidate) || code.segments.some((s) => normalize(s) === candidate);
          // A type names a class of errors, so it ranks below a code; a field that carries codes may hold one too.
          const byType = code.type !== undefined && normalize(code.type) === candidate;
          if (byCode) add({code, reason: {kind: 'json', field: path}, score: 100});
          else if (identified) add({code, reason: {kind: 'json', field: path}, score: 99});
          else if (byType) add({code, reason: {kind: 'json', field: path}, score: 40});
        }
      } else if (kind === 'message') {
        textMatches(value, candidates).forEach(add);
      }
    }
  } else {
    // A name, or a code without spaces, is one word: "Resource not found" is a message, not RESOURCE_NOT_FOUND. A code
    // with spaces of its own ("invalid api key") is named by exactly its words.
    if (/\s/.test(text)) {
      const spaced = wordsInOrder(text);
      for (const code of codes) {
        if (typeof code.code === 'string' && /\s/.test(code.code) && wordsInOrder(code.code) === spaced) {
          add({code, reason: {kind: 'code'}, score: 90});
        }
      }
    } else {
      // A name ranks just below a code: codes may share a name (SQLSTATE's 22004 and 39004), and a code may be another's name.
      const q = normalize(text);
      for (const code of codes) {
        if (normalize(String(code.code)) === q) add({code, reason: {kind: 'code'}, score: 90});
        else if (code.name !== undefined && normalize(code.name) === q) add({code, reason: {kind: 'name'}, score: 89});
      }
    }
    // Named inside the text: above a message found in a longer line, below the text being the code itself. A link
    // names a code only where it leads to a code's page: /errors/5000, not /api/items/5000 or /errors/status/503.
    for (const {value, linkParent} of mentionsIn(text)) {
      const link = linkParent !== undefined;
      if (link && linkParent !== candidates.linkBase) continue;
      const mention = normalize(value);
      for (const code of codes) {
        const names = [...identifiersOf(code), ...code.segments.map(normalize)];
        if (names.includes(mention)) add({code, reason: {kind: 'mention', value, link}, score: link ? 85 : 75});
      }
    }
    textMatches(text, candidates).forEach(add);
  }

  return ranked(best);
}

/** Best first, ties in code order; ambiguous when the first two tie. */
function ranked(best: Map<string, Match>): MatchResult {
  const matches = [...best.values()].sort(
    (a, b) => b.score - a.score || String(a.code.code).localeCompare(String(b.code.code), 'en', {numeric: true}),
  );
  return {matches, ambiguous: matches.length > 1 && matches[0]!.score === matches[1]!.score};
}

/**
 * The fuzzy tier's ranking, below every exact match (the lowest scores 30): 5 plus 20 times how well the best text
 * matches, rounded so that near-equal texts tie. A guide's text ranks its codes a little below their own texts.
 */
export function matchWords({query, common, codes, guides}: FuzzyCandidates): MatchResult {
  const best = new Map<string, Match>();
  const add = (m: Match) => {
    if ((best.get(m.code.permalink)?.score ?? -1) < m.score) best.set(m.code.permalink, m);
  };
  const score = (textScore: number) => 5 + Math.round(textScore * 40) / 2;
  for (const code of codes) {
    const m = bestText(query, code.texts, common);
    if (m) add({code, reason: {kind: 'words', locale: m.text.locale, field: m.text.field, misspelt: m.misspelt}, score: score(m.score)});
  }
  for (const {title, permalink, codes: guideCodes, texts} of guides) {
    const m = bestText(query, texts, common);
    if (!m) continue;
    const reason: MatchReason = {
      kind: 'words',
      locale: m.text.locale,
      field: m.text.field,
      misspelt: m.misspelt,
      guide: {title, permalink},
    };
    for (const code of guideCodes) add({code, reason, score: score(m.score) - 2});
  }
  return ranked(best);
}
