/**
 * What to offer when no code matches a pasted text, from what the text does say: the HTTP status it names, the
 * categories it names, and codes spelt close to a word of it.
 */
import {distance} from 'fastest-levenshtein';
import type {LookupBrowse, LookupName} from '../pageData';
import {mentionsIn} from './match';
import {identifiersOf, normalize} from './text';

export interface NoMatchHelp {
  statuses: LookupBrowse['statuses'];
  categories: LookupBrowse['categories'];
  /** Codes whose code or name is spelt close to a word of the text, each with that word. */
  nearest: {code: LookupName; word: string}[];
}

/** A status line (`HTTP/1.1 503`), `status 429`, `status code: 404`, or the whole text being a status. */
const statusMention = /\bHTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b|\bstatus(?:\s+code)?\s*[:=]?\s*([1-5]\d\d)\b|^\s*([1-5]\d\d)\s*$/giu;

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The words of a text that could be a code or name misspelt: identifier-shaped, or the text itself if it is one word. */
export function spellingCandidates(text: string): string[] {
  const trimmed = text.trim();
  const words = mentionsIn(trimmed).map((m) => m.value);
  return [...new Set([...(/\s/.test(trimmed) || !trimmed ? [] : [trimmed]), ...words])].filter((w) => normalize(w).length >= 4);
}

export function noMatchHelp(text: string, browse: LookupBrowse, names: LookupName[]): NoMatchHelp {
  const named = new Set([...text.matchAll(statusMention)].map((m) => Number(m.slice(1).find((g) => g !== undefined))));
  const words = wordsOf(text);
  // A category is named when every word of its id is in the text, or its title is.
  const categories = browse.categories.filter(
    (c) => c.id.split(/[-_\s]+/).every((part) => words.has(part.toLowerCase())) || text.toLowerCase().includes(c.title.toLowerCase()),
  );
  const nearest = spellingCandidates(text).flatMap((word) => {
    const q = normalize(word);
    // A typo or two, not a different word: at most one edit per four characters.
    const within = Math.max(1, Math.floor(q.length / 4));
    return names.flatMap((code) => {
      const d = Math.min(...identifiersOf(code).map((id) => distance(q, id)));
      return d > 0 && d <= within ? [{code, word, d}] : [];
    });
  });
  const seen = new Set<string>();
  return {
    statuses: browse.statuses.filter((s) => named.has(s.status)),
    categories,
    nearest: nearest
      .sort((a, b) => a.d - b.d)
      .filter(({code}) => !seen.has(code.permalink) && seen.add(code.permalink))
      .slice(0, 5)
      .map(({code, word}) => ({code, word})),
  };
}
