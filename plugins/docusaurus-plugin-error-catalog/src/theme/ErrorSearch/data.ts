/// <reference path="../types.d.ts" />
/** The matcher's data as the build writes it: one module per shard, which the bundler loads on first use and caches. */
import {noMatchHelp, spellingCandidates, type LookupSource, type NoMatchHelp} from 'docusaurus-plugin-error-catalog/match';
import type {
  LookupCode,
  LookupGuide,
  LookupKeyShard,
  LookupManifest,
  LookupName,
  LookupPostingShard,
  LookupVocabShard,
} from '../../pageData';

export const builtLookup: LookupSource = {
  manifest: async () => (await import('@error-catalog/lookup/manifest.js')).default as LookupManifest,
  keyShard: async (n) => (await import(`@error-catalog/lookup/keys-${n}.js`)).default as LookupKeyShard,
  codeShard: async (n) => (await import(`@error-catalog/lookup/codes-${n}.js`)).default as LookupCode[],
  guideShard: async (n) => (await import(`@error-catalog/lookup/guides-${n}.js`)).default as LookupGuide[],
  vocabShard: async (n) => (await import(`@error-catalog/lookup/vocab-${n}.js`)).default as LookupVocabShard,
  postingShard: async (n) => (await import(`@error-catalog/lookup/postings-${n}.js`)).default as LookupPostingShard,
};

/** Every code's name and title, for the not-found page's nearest codes. */
export const codeNames = async () => (await import('@error-catalog/lookup/names.js')).default as LookupName[];

/** What to offer when nothing matches: the manifest's statuses and categories, and the names only if a word could be one. */
export async function helpFor(text: string): Promise<NoMatchHelp> {
  const {browse} = await builtLookup.manifest();
  return noMatchHelp(text, browse, spellingCandidates(text).length > 0 ? await codeNames() : []);
}
