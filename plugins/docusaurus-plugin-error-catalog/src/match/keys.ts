/**
 * The keys a pasted text could match, computed as the build files codes under
 * them (model/lookup.ts): identifiers as `#` + the value without case, `-`, `_`
 * and spaces, and whole words of messages, lowercased.
 */
import {identifierFields, identifierOf, jsonFields, mentionsIn, messageFields, normalize, parseJsonBody} from './match';

/** FNV-1a over UTF-16 code units; the build hashes keys the same way. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const idKey = (value: string) => `#${normalize(value)}`;
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Runs of letters and digits, lowercased; Chinese and Japanese runs as overlapping pairs of characters, as the build files them. */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((run) => {
    const lower = run.toLowerCase();
    return unspaced.test(lower) ? Array.from({length: lower.length - 1}, (_, i) => lower.slice(i, i + 2)) : [lower];
  });
}

export function queryKeys(input: string): string[] {
  const text = input.trim();
  const body = text.startsWith('{') || text.includes('{"') ? parseJsonBody(text) : undefined;
  const keys = body
    ? jsonFields(body).flatMap(({path, value}) => {
        const key = path.split('.').pop()!;
        return identifierFields.includes(key) ? [idKey(identifierOf(value))] : messageFields.includes(key) ? words(value) : [];
      })
    : [...(/\s/.test(text) ? [] : [idKey(text)]), ...mentionsIn(text).map(({value}) => idKey(value)), ...words(text)];
  return [...new Set(keys)];
}
