/// <reference path="../types.d.ts" />
/** Loads the matcher's data on demand: the manifest, then only the shards a query's keys lead to. */
import type {LookupCode, LookupKeyShard, LookupManifest, LookupName} from '../../pageData';
import {keyHash, queryKeys} from './keys';

export interface LookupSource {
  manifest: () => Promise<LookupManifest>;
  keyShard: (n: number) => Promise<LookupKeyShard>;
  codeShard: (n: number) => Promise<LookupCode[]>;
}

/** The modules the build writes; the bundler splits each into its own chunk and caches what was loaded. */
const built: LookupSource = {
  manifest: async () => (await import('@error-catalog/lookup/manifest.js')).default as LookupManifest,
  keyShard: async (n) => (await import(`@error-catalog/lookup/keys-${n}.js`)).default as LookupKeyShard,
  codeShard: async (n) => (await import(`@error-catalog/lookup/codes-${n}.js`)).default as LookupCode[],
};

/** The codes a pasted text could match, in catalog order: every code it has a key of, and the codes no key covers. */
export async function candidateCodes(text: string, source: LookupSource = built): Promise<LookupCode[]> {
  const {keyShards, codesPerShard, fallback} = await source.manifest();
  const keys = queryKeys(text).map((key) => ({key, shard: keyHash(key) % keyShards}));
  const shards = new Map(
    await Promise.all([...new Set(keys.map((k) => k.shard))].map(async (n) => [n, await source.keyShard(n)] as const)),
  );
  // A shard is parsed JSON: only its own keys are codes' keys, not `constructor` or `toString`.
  const filed = ({key, shard}: {key: string; shard: number}) => (Object.hasOwn(shards.get(shard)!, key) ? shards.get(shard)![key]! : []);
  const indexes = [...new Set([...fallback, ...keys.flatMap(filed)])].sort((a, b) => a - b);
  const codeShardOf = (i: number) => Math.floor(i / codesPerShard);
  const codes = new Map(
    await Promise.all([...new Set(indexes.map(codeShardOf))].map(async (n) => [n, await source.codeShard(n)] as const)),
  );
  return indexes.map((i) => codes.get(codeShardOf(i))![i % codesPerShard]!);
}

/** Every code's name and title, for the not-found page's nearest codes. */
export const codeNames = async () => (await import('@error-catalog/lookup/names.js')).default as LookupName[];
