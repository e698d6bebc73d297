/**
 * The fuzzy tier, for text the exact tier finds nothing in: a part of a message, its words in another order or form,
 * a typo, extra words around it. Codes and guides are ranked by how much of one of their texts (a message or title in
 * any locale, a name, a symptom) the pasted text contains, and how much of the pasted text that explains.
 */
import {distance} from 'fastest-levenshtein';
import type {LookupText} from '../pageData';
import {isUnspaced, keyHash, words} from './text';

/** The words the fuzzy tier compares: two characters or more, without digits, since numbers are values, not words. */
export const termsAmong = (list: string[]) => [...new Set(list.filter((w) => w.length >= 2 && !/\p{N}/u.test(w)))];

export const termsOf = (text: string) => termsAmong(words(text));

/** A name's words: `RATE_LIMIT_EXCEEDED`, `rate-limit-exceeded` and `RateLimitExceeded` have the same three. */
export const nameTerms = (name: string) => termsOf(name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/[_-]+/g, ' '));

/** A word's vocabulary shard: by its first character, so every spelling a typo can reach is in one shard. */
export const vocabShardOf = (term: string, shards: number) => keyHash(String.fromCodePoint(term.codePointAt(0)!)) % shards;

/** How alike a typed word and a catalog word are. */
export interface Closeness {
  /** 1 for the same word, less for another form of it or a misspelling. */
  value: number;
  misspelt: boolean;
}

/** Edits a misspelling of a word this long may have: none below four letters, where most edits make another word. */
const allowedEdits = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/**
 * The same word, another form of it (a shared stem of five letters or more, each ending at most three: `expired` and
 * `expires`, `authentication` and `authenticated`), or a misspelling within the allowed edits. Pairs of Chinese or
 * Japanese characters match only as they are.
 */
export function closeness(typed: string, term: string): Closeness | undefined {
  if (typed === term) return {value: 1, misspelt: false};
  if (isUnspaced(typed) || isUnspaced(term) || typed.charAt(0) !== term.charAt(0)) return undefined;
  let stem = 0;
  while (stem < typed.length && typed[stem] === term[stem]) stem++;
  if (stem >= 5 && typed.length - stem <= 3 && term.length - stem <= 3) return {value: 0.9, misspelt: false};
  if (Math.abs(typed.length - term.length) > 2) return undefined;
  const edits = distance(typed, term);
  return edits <= allowedEdits(Math.min(typed.length, term.length)) ? {value: 0.85 - 0.1 * edits, misspelt: true} : undefined;
}

/** A typed word and what the catalog knows of it: how rare it is (idf), and the catalog words it is close to. */
export interface QueryTerm {
  typed: string;
  /** Inverse document frequency: a word few codes use tells more. A word the catalog lacks counts as the rarest. */
  weight: number;
}

/** How well one of an item's texts matches the query, from 0 to 1, and the words it took as misspelt. */
export interface TextMatch {
  text: LookupText;
  score: number;
  misspelt: {typed: string; catalog: string}[];
}

/**
 * A text matches when the query holds at least half its words (two or more, where it has two), the text explains a
 * third of the query's weight, and it scores this much.
 */
const minimumScore = 0.5;
const minimumExplained = 1 / 3;

/** A word the catalog uses everywhere is a fifth of a text's word: `the`, `de`, `error` say little about which code it is. */
const commonWordWeight = 0.2;

/**
 * How much of the text the query holds (by its words, common ones counting less), and how much of the query the text
 * explains (by its words' weights): the first counts more, since a pasted line often has more around the message than
 * in it.
 */
export function scoreText(query: QueryTerm[], text: LookupText, common: Set<string>): TextMatch | undefined {
  if (text.terms.length === 0 || query.length === 0) return undefined;
  const best = query.map((q) => {
    let found: {term: string; closeness: Closeness} | undefined;
    for (const term of text.terms) {
      const c = closeness(q.typed, term);
      if (c && (!found || c.value > found.closeness.value)) found = {term, closeness: c};
    }
    return {q, found};
  });
  const covered = new Set(best.flatMap(({found}) => (found ? [found.term] : [])));
  const share = (term: string) => (common.has(term) ? commonWordWeight : 1);
  const coverage =
    text.terms.reduce((n, term) => n + (covered.has(term) ? share(term) : 0), 0) / text.terms.reduce((n, term) => n + share(term), 0);
  if (coverage < 0.5 || covered.size < Math.min(2, text.terms.length)) return undefined;
  const totalWeight = query.reduce((n, q) => n + q.weight, 0);
  const explained = best.reduce((n, {q, found}) => n + (found ? found.closeness.value * q.weight : 0), 0) / totalWeight;
  // A short text (a name, a title) is easily covered: the query must be about it too.
  if (explained < minimumExplained) return undefined;
  const score = 0.6 * coverage + 0.4 * explained;
  if (score < minimumScore) return undefined;
  const misspelt = best.flatMap(({q, found}) => (found?.closeness.misspelt ? [{typed: q.typed, catalog: found.term}] : []));
  return {text, score, misspelt};
}

/** The best-matching of an item's texts. */
export function bestText(query: QueryTerm[], texts: LookupText[], common: Set<string>): TextMatch | undefined {
  let best: TextMatch | undefined;
  for (const text of texts) {
    const m = scoreText(query, text, common);
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}
