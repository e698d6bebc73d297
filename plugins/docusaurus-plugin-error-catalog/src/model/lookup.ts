/**
 * The "paste your error" data in shards, so a query loads only what can match
 * it. Every code is filed under keys: its code, name, type and URL segments, and
 * one word of each of its messages; every guide under one word of each symptom.
 * A query computes the keys it could match (the client's twin of these
 * functions is match/keys.ts), loads the key shards they hash to,
 * and then only the codes and guides they name.
 */
import {vocabShardOf} from '../match/fuzzy';
import {idKey, keyHash} from '../match/text';
import type {
  LookupCode,
  LookupData,
  LookupGuide,
  LookupKeyShard,
  LookupManifest,
  LookupPostingShard,
  LookupText,
  LookupVocabShard,
} from '../pageData';

/** What the matcher files under keys: an item's identifiers (a code's), and the words of each of its texts. */
export interface LookupItem {
  ids: (string | number)[];
  texts: string[][];
}

/** Each item's keys: its identifiers, and for each text its rarest whole word, which any filled-in text contains. */
export function lookupKeys(items: LookupItem[]): string[][] {
  const frequency = new Map<string, number>();
  for (const {texts} of items) {
    for (const words of texts) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const anchor = (words: string[]) =>
    words.reduce<string | undefined>((best, word) => {
      if (best === undefined) return word;
      const [a, b] = [frequency.get(word)!, frequency.get(best)!];
      return a < b || (a === b && word.length > best.length) ? word : best;
    }, undefined);
  return items.map(({ids, texts}) => {
    // A text without a whole literal word has no key: its item is a candidate for every query.
    const words = texts.map(anchor);
    return [...new Set([...ids.map(idKey), ...words.map((w) => w ?? '*')])];
  });
}

/**
 * About this many keys per key shard, words per vocabulary shard, item numbers per posting shard, and codes or guides
 * per shard: a few kilobytes each, so a query loads little at any catalog size.
 */
const keysPerShard = 400;
const wordsPerVocabShard = 500;
const postingsPerShard = 2000;
export const itemsPerShard = 20;

const shardsOf = <T>(items: T[]): T[][] =>
  Array.from({length: Math.ceil(items.length / itemsPerShard)}, (_, i) => items.slice(i * itemsPerShard, (i + 1) * itemsPerShard));

/** `keys[i]` the keys of item `i`: the codes in catalog order, then the guides. */
export function shardLookup(
  codes: LookupCode[],
  guides: LookupGuide[],
  keys: string[][],
  page: Pick<LookupManifest, 'browse' | 'linkBase' | 'bodyFields'>,
): LookupData {
  const keyCount = keys.reduce((n, k) => n + k.length, 0);
  const shardCount = Math.max(1, Math.min(1024, Math.ceil(keyCount / keysPerShard)));
  // Keys are words of catalog text: `constructor` must not find Object's.
  const keyShards: LookupKeyShard[] = Array.from({length: shardCount}, () => Object.create(null) as LookupKeyShard);
  const fallback: number[] = [];
  keys.forEach((itemKeys, index) => {
    for (const key of itemKeys) {
      if (key === '*') {
        fallback.push(index);
        continue;
      }
      const shard = keyShards[keyHash(key) % shardCount]!;
      (shard[key] ??= []).push(index);
    }
  });
  const words = indexWords([...codes, ...guides].map((item) => item.texts));
  return {
    manifest: {keyShards: shardCount, itemsPerShard, codes: codes.length, fallback, ...page, words: words.manifest},
    keyShards,
    codeShards: shardsOf(codes),
    guideShards: shardsOf(guides),
    vocabShards: words.vocabShards,
    postingShards: words.postingShards,
  };
}

/** Words in more than a fifth of the items (at least ten) are too common to find an item by: `the`, `de`, `error`. */
const commonShare = 0.2;

/** The fuzzy tier's index: each word's document frequency and its items, sharded as `LookupManifest.words` says. */
function indexWords(itemTexts: LookupText[][]) {
  const items = new Map<string, number[]>();
  itemTexts.forEach((texts, index) => {
    for (const term of new Set(texts.flatMap((t) => t.terms))) {
      let list = items.get(term);
      if (!list) items.set(term, (list = []));
      list.push(index);
    }
  });
  const commonDf = Math.max(10, Math.ceil(itemTexts.length * commonShare));
  const common = new Set([...items].filter(([, list]) => list.length > commonDf).map(([term]) => term));
  const postingTotal = [...items].reduce((n, [term, list]) => n + (common.has(term) ? 0 : list.length), 0);
  const vocabShardCount = Math.max(1, Math.min(64, Math.ceil(items.size / wordsPerVocabShard)));
  const postingShardCount = Math.max(1, Math.min(1024, Math.ceil(postingTotal / postingsPerShard)));
  // Words are catalog text: `constructor` must not find Object's.
  const vocabShards = Array.from({length: vocabShardCount}, () => Object.create(null) as LookupVocabShard);
  const postingShards = Array.from({length: postingShardCount}, () => Object.create(null) as LookupPostingShard);
  for (const [term, list] of items) {
    vocabShards[vocabShardOf(term, vocabShardCount)]![term] = list.length;
    if (!common.has(term)) postingShards[keyHash(term) % postingShardCount]![term] = list;
  }
  return {
    manifest: {vocabShards: vocabShardCount, postingShards: postingShardCount, commonDf, items: itemTexts.length, common: [...common]},
    vocabShards,
    postingShards,
  };
}
