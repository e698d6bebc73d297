/**
 * The "paste your error" data in shards, so a query loads only what can match
 * it. Every code is filed under keys: its code, name, type and URL segments, and
 * one word of each of its messages. A query computes the keys it could match
 * (the client's twin of these functions is theme/ErrorSearch/keys.ts), loads
 * the key shards they hash to, and then only the codes they name.
 */
import type {LookupCode, LookupKeyShard, LookupManifest} from '../pageData';

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

/** A code's keys: its identifiers, and for each message its rarest whole word, which any filled-in message contains. */
export function lookupKeys(codes: {code: LookupCode; messages: string[][]}[]): string[][] {
  const frequency = new Map<string, number>();
  for (const {messages} of codes) {
    for (const words of messages) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const anchor = (words: string[]) =>
    words.reduce<string | undefined>((best, word) => {
      if (best === undefined) return word;
      const [a, b] = [frequency.get(word)!, frequency.get(best)!];
      return a < b || (a === b && word.length > best.length) ? word : best;
    }, undefined);
  return codes.map(({code, messages}) => {
    const ids = [code.code, code.name, ...code.segments, ...(code.type ? [code.type] : [])].map(idKey);
    // A message without a whole literal word has no key: its code is a candidate for every query.
    const words = messages.map(anchor);
    return [...new Set([...ids, ...words.map((w) => w ?? '*')])];
  });
}

export interface LookupShards {
  manifest: LookupManifest;
  keyShards: LookupKeyShard[];
  codeShards: LookupCode[][];
}

/** About this many keys per key shard, and codes per code shard: a few kilobytes each. */
const keysPerShard = 400;
export const codesPerShard = 50;

/** `codes` in catalog order, `keys[i]` the keys of `codes[i]`. */
export function shardLookup(codes: LookupCode[], keys: string[][]): LookupShards {
  const keyCount = keys.reduce((n, k) => n + k.length, 0);
  const shardCount = Math.max(1, Math.min(1024, Math.ceil(keyCount / keysPerShard)));
  // Keys are words of catalog text: `constructor` must not find Object's.
  const keyShards: LookupKeyShard[] = Array.from({length: shardCount}, () => Object.create(null) as LookupKeyShard);
  const fallback: number[] = [];
  keys.forEach((codeKeys, index) => {
    for (const key of codeKeys) {
      if (key === '*') {
        fallback.push(index);
        continue;
      }
      const shard = keyShards[keyHash(key) % shardCount]!;
      (shard[key] ??= []).push(index);
    }
  });
  const codeShards = Array.from({length: Math.ceil(codes.length / codesPerShard)}, (_, i) =>
    codes.slice(i * codesPerShard, (i + 1) * codesPerShard),
  );
  return {manifest: {keyShards: shardCount, codesPerShard, fallback}, keyShards, codeShards};
}
