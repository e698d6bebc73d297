/**
 * How the build files catalog text and how a query reads pasted text: one set of functions, so both split and
 * hash the same way in Node and in every browser.
 */

/** FNV-1a over UTF-16 code units. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** A code or name as people type it: case, `-`, `_` and spaces ignored. */
export const normalize = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, '');

/** What a code is called by, normalized: its code and, where it has one, its name. */
export function identifiersOf(c: {code: string | number; name?: string | undefined}): string[] {
  return [String(c.code), ...(c.name === undefined ? [] : [c.name])].map(normalize);
}

/** The key a code, name, type or URL segment is filed under. */
export const idKey = (value: string | number) => `#${normalize(String(value))}`;

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Chinese and Japanese do not separate words with spaces. */
export const isUnspaced = (text: string) => unspaced.test(text);

/**
 * A run of letters and digits as words, lowercased. Chinese and Japanese runs become overlapping pairs of characters
 * (a single character, none): a text inside a longer run still shares every pair.
 */
export function wordsOf(run: string): string[] {
  const lower = run.toLowerCase();
  if (!unspaced.test(lower)) return [lower];
  return Array.from({length: lower.length - 1}, (_, i) => lower.slice(i, i + 2));
}

/** The words of a text, split as `wordsOf` splits each run. */
export function words(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => wordsOf(m[0]));
}
