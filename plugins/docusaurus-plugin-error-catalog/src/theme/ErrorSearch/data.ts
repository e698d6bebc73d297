/// <reference path="../types.d.ts" />
/** Loads the matcher's data on demand: the manifest, then only the shards a query's keys lead to. */
import type {LookupCode, LookupGuide, LookupKeyShard, LookupManifest, LookupName} from '../../pageData';
import {keyHash, queryKeys} from './keys';
import type {Candidates} from './match';
import {noMatchHelp, spellingCandidates, type NoMatchHelp} from './suggest';

export interface LookupSource {
  manifest: () => Promise<LookupManifest>;
  keyShard: (n: number) => Promise<LookupKeyShard>;
  codeShard: (n: number) => Promise<LookupCode[]>;
  guideShard: (n: number) => Promise<LookupGuide[]>;
}

/** The modules the build writes; the bundler splits each into its own chunk and caches what was loaded. */
const built: LookupSource = {
  manifest: async () => (await import('@error-catalog/lookup/manifest.js')).default as LookupManifest,
  keyShard: async (n) => (await import(`@error-catalog/lookup/keys-${n}.js`)).default as LookupKeyShard,
  codeShard: async (n) => (await import(`@error-catalog/lookup/codes-${n}.js`)).default as LookupCode[],
  guideShard: async (n) => (await import(`@error-catalog/lookup/guides-${n}.js`)).default as LookupGuide[],
};

/** Loads the shards that hold the given items, once each, and reads items out of them. */
function shardReader<T>(load: (n: number) => Promise<T[]>, perShard: number) {
  const shards = new Map<number, Promise<T[]>>();
  return async (i: number): Promise<T> => {
    const n = Math.floor(i / perShard);
    if (!shards.has(n)) shards.set(n, load(n));
    return (await shards.get(n)!)[i % perShard]!;
  };
}

/**
 * What a pasted text could match, in catalog order: every code and guide it has a key of, and those no key covers;
 * each guide with its codes.
 */
export async function candidates(text: string, source: LookupSource = built): Promise<Candidates> {
  const {keyShards, itemsPerShard, codes: codeCount, fallback, linkBase} = await source.manifest();
  const keys = queryKeys(text).map((key) => ({key, shard: keyHash(key) % keyShards}));
  const shards = new Map(
    await Promise.all([...new Set(keys.map((k) => k.shard))].map(async (n) => [n, await source.keyShard(n)] as const)),
  );
  // A shard is parsed JSON: only its own keys are items' keys, not `constructor` or `toString`.
  const filed = ({key, shard}: {key: string; shard: number}) => (Object.hasOwn(shards.get(shard)!, key) ? shards.get(shard)![key]! : []);
  const items = [...new Set([...fallback, ...keys.flatMap(filed)])].sort((a, b) => a - b);
  const code = shardReader(source.codeShard, itemsPerShard);
  const guide = shardReader(source.guideShard, itemsPerShard);
  const guides = await Promise.all(
    items
      .filter((i) => i >= codeCount)
      .map(async (i) => {
        const found = await guide(i - codeCount);
        return {...found, codes: await Promise.all(found.codes.map(code))};
      }),
  );
  return {codes: await Promise.all(items.filter((i) => i < codeCount).map(code)), guides, linkBase};
}

/** Every code's name and title, for the not-found page's nearest codes. */
export const codeNames = async () => (await import('@error-catalog/lookup/names.js')).default as LookupName[];

/** What to offer when nothing matches: the manifest's statuses and categories, and the names only if a word could be one. */
export async function helpFor(text: string, source: LookupSource = built): Promise<NoMatchHelp> {
  const {browse} = await source.manifest();
  return noMatchHelp(text, browse, spellingCandidates(text).length > 0 ? await codeNames() : []);
}
