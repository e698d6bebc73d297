/**
 * Finds the codes a pasted text names. Loads what it could match from a `LookupSource`: the browser's sharded modules, or the whole lookup
 * data in memory for the CLI and the runtime. Only the shards a query's keys and words lead to are read.
 */
import type {
  LookupBodyFields,
  LookupCode,
  LookupGuide,
  LookupKeyShard,
  LookupManifest,
  LookupPostingShard,
  LookupVocabShard,
} from '../pageData';
import {closeness, termsOf, vocabShardOf, type QueryTerm} from './fuzzy';
import {queryKeys} from './keys';
import {bodyFieldKind, jsonFields, matchError, matchWords, parseJsonBody, type Candidates, type MatchResult} from './match';
import {keyHash} from './text';

export interface LookupSource {
  manifest: () => Promise<LookupManifest>;
  keyShard: (n: number) => Promise<LookupKeyShard>;
  codeShard: (n: number) => Promise<LookupCode[]>;
  guideShard: (n: number) => Promise<LookupGuide[]>;
  vocabShard: (n: number) => Promise<LookupVocabShard>;
  postingShard: (n: number) => Promise<LookupPostingShard>;
}

/** Loads each shard once, on first use. */
function once<T>(load: (n: number) => Promise<T>) {
  const loaded = new Map<number, Promise<T>>();
  return (n: number): Promise<T> => {
    if (!loaded.has(n)) loaded.set(n, load(n));
    return loaded.get(n)!;
  };
}

/** Reads items by their index: codes first, then guides, each guide with its codes. */
function itemReader(source: LookupSource, {itemsPerShard, codes: codeCount}: LookupManifest) {
  const codeShard = once(source.codeShard);
  const guideShard = once(source.guideShard);
  const code = async (i: number) => (await codeShard(Math.floor(i / itemsPerShard)))[i % itemsPerShard]!;
  const guide = async (g: number) => {
    const found = (await guideShard(Math.floor(g / itemsPerShard)))[g % itemsPerShard]!;
    return {...found, codes: await Promise.all(found.codes.map(code))};
  };
  return async (items: number[]): Promise<Pick<Candidates, 'codes' | 'guides'>> => ({
    codes: await Promise.all(items.filter((i) => i < codeCount).map(code)),
    guides: await Promise.all(items.filter((i) => i >= codeCount).map((i) => guide(i - codeCount))),
  });
}

/** A shard is parsed JSON: only its own keys are words of the catalog, not `constructor` or `toString`. */
const own = <T>(shard: Record<string, T>, key: string): T | undefined => (Object.hasOwn(shard, key) ? shard[key] : undefined);

/**
 * What a pasted text could match exactly, in catalog order: every code and guide it has a key of, and those no key
 * covers; each guide with its codes.
 */
export async function exactCandidates(text: string, source: LookupSource): Promise<Candidates> {
  const manifest = await source.manifest();
  const keys = queryKeys(text, manifest.bodyFields).map((key) => ({key, shard: keyHash(key) % manifest.keyShards}));
  const keyShard = once(source.keyShard);
  const filed = await Promise.all(keys.map(async ({key, shard}) => own(await keyShard(shard), key) ?? []));
  const items = [...new Set([...manifest.fallback, ...filed.flat()])].sort((a, b) => a - b);
  return {...(await itemReader(source, manifest)(items)), linkBase: manifest.linkBase, bodyFields: manifest.bodyFields};
}

/** The fuzzy tier's candidates: the query's words with their weights, and the items that share the most of them. */
export interface FuzzyCandidates extends Candidates {
  query: QueryTerm[];
  /** The catalog's common words: they count for less of a text. */
  common: Set<string>;
}

/** A pasted log can be long: its first words are compared, and the items that share the most of them. */
const maxQueryTerms = 32;
const maxItems = 8;

/** The words of the text the fuzzy tier reads: a JSON body's messages, or the whole text. */
function fuzzyText(text: string, bodyFields: LookupBodyFields): string {
  const body = parseJsonBody(text);
  if (!body) return text;
  return jsonFields(body)
    .filter(({path}) => bodyFieldKind(path, bodyFields) === 'message')
    .map(({value}) => value)
    .join('\n');
}

/** A typed word and the catalog words close to it, closest and then rarest first, with their document frequency. */
interface TypedWord {
  word: string;
  close: {term: string; value: number; df: number}[];
}

/** The fuzzy tier's first step, which needs nothing from the exact tier: each typed word's spellings in the catalog. */
async function closeWords(text: string, source: LookupSource): Promise<TypedWord[]> {
  const manifest = await source.manifest();
  const {vocabShards} = manifest.words;
  const vocabShard = once(source.vocabShard);
  return Promise.all(
    termsOf(fuzzyText(text, manifest.bodyFields))
      .slice(0, maxQueryTerms)
      .map(async (word) => {
        const vocab = await vocabShard(vocabShardOf(word, vocabShards));
        const close = Object.keys(vocab).flatMap((term) => {
          const c = closeness(word, term);
          return c ? [{term, value: c.value, df: vocab[term]!}] : [];
        });
        close.sort((a, b) => b.value - a.value || a.df - b.df);
        return {word, close};
      }),
  );
}

export async function fuzzyCandidates(
  text: string,
  source: LookupSource,
  typedWords: Promise<TypedWord[]> = closeWords(text, source),
): Promise<FuzzyCandidates> {
  const manifest = await source.manifest();
  const {postingShards, commonDf, items} = manifest.words;
  const postingShard = once(source.postingShard);
  const rarest = Math.log(1 + items);
  const typed = await typedWords;
  // A word the catalog lacks counts as the rarest: it is what the text says that no code explains.
  const weighted = typed.map(({word, close}) => ({
    word,
    close: close.filter((c) => c.df <= commonDf).slice(0, 3),
    weight: close[0] ? Math.log(1 + items / close[0].df) : rarest,
  }));
  const scores = new Map<number, number>();
  await Promise.all(
    weighted.map(async ({close, weight}) => {
      const best = new Map<number, number>();
      for (const {term, value} of close) {
        for (const item of own(await postingShard(keyHash(term) % postingShards), term) ?? []) {
          best.set(item, Math.max(best.get(item) ?? 0, value * weight));
        }
      }
      for (const [item, score] of best) scores.set(item, (scores.get(item) ?? 0) + score);
    }),
  );
  const chosen = [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxItems)
    .map(([item]) => item)
    .sort((a, b) => a - b);
  return {
    ...(await itemReader(source, manifest)(chosen)),
    linkBase: manifest.linkBase,
    bodyFields: manifest.bodyFields,
    query: weighted.map(({word, weight}) => ({typed: word, weight})),
    common: new Set(manifest.words.common),
  };
}

/**
 * The ranked codes for a pasted text: the exact tier, and when it finds nothing, the fuzzy tier. The vocabulary the
 * fuzzy tier starts from is small and loads alongside the exact tier; the rest loads only when it is needed (loading
 * it all alongside slowed every exact answer more than it sped up a fuzzy one).
 */
export async function findError(text: string, source: LookupSource): Promise<MatchResult> {
  if (!text.trim()) return {matches: [], ambiguous: false};
  const typed = closeWords(text, source);
  // Unused when the exact tier answers: its failure must not surface as an unhandled rejection.
  typed.catch(() => undefined);
  const exact = matchError(text, await exactCandidates(text, source));
  return exact.matches.length > 0 ? exact : matchWords(await fuzzyCandidates(text, source, typed));
}
