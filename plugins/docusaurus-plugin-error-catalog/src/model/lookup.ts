/**
 * The "paste your error" data in shards, so a query loads only what can match
 * it. Every code is filed under keys: its code, name, type and URL segments, and
 * one word of each of its messages; every guide under one word of each symptom.
 * A query computes the keys it could match (the client's twin of these
 * functions is theme/ErrorSearch/keys.ts), loads the key shards they hash to,
 * and then only the codes and guides they name.
 */
import type {LookupCode, LookupGuide, LookupKeyShard, LookupManifest} from '../pageData';

/** FNV-1a over UTF-16 code units: the same number in Node and in every browser. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The key of a code, name, type or URL segment: lowercase, `-`, `_` and spaces ignored. */
export const idKey = (value: string | number) =>
  `#${String(value)
    .toLowerCase()
    .replace(/[-_\s]+/g, '')}`;

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

export interface LookupShards {
  manifest: LookupManifest;
  keyShards: LookupKeyShard[];
  codeShards: LookupCode[][];
  guideShards: LookupGuide[][];
}

/** About this many keys per key shard, and codes or guides per shard: a few kilobytes each. */
const keysPerShard = 400;
export const itemsPerShard = 50;

const shardsOf = <T>(items: T[]): T[][] =>
  Array.from({length: Math.ceil(items.length / itemsPerShard)}, (_, i) => items.slice(i * itemsPerShard, (i + 1) * itemsPerShard));

/** `keys[i]` the keys of item `i`: the codes in catalog order, then the guides. */
export function shardLookup(
  codes: LookupCode[],
  guides: LookupGuide[],
  keys: string[][],
  page: Pick<LookupManifest, 'browse' | 'linkBase'>,
): LookupShards {
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
  return {
    manifest: {keyShards: shardCount, itemsPerShard, codes: codes.length, fallback, ...page},
    keyShards,
    codeShards: shardsOf(codes),
    guideShards: shardsOf(guides),
  };
}
