import {readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeSyntheticCatalog} from '../../../../../bench/synthetic';
import {buildContent, createMarkdownRenderer, exampleMessage, loadCatalog, Localizer, type Catalog} from '../../model';
import {exactCandidates, findError, type LookupSource} from '../find';
import {memorySource} from '..';
import {matchError} from '../match';
import {wholeLookup} from './lookupData';

const repo = path.resolve(__dirname, '../../../../..');

type ShardKind = 'keyShard' | 'codeShard' | 'guideShard' | 'vocabShard' | 'postingShard';
const shardKinds: ShardKind[] = ['keyShard', 'codeShard', 'guideShard', 'vocabShard', 'postingShard'];

/** The lookup data of a catalog, read through a source that records which shards of each kind a query loads. */
async function sharded(catalog: Catalog) {
  const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
  const {keyShards, codeShards, vocabShards, postingShards} = content.lookupShards;
  const memory = memorySource(content.lookupShards);
  const loaded = Object.fromEntries(shardKinds.map((kind) => [kind, new Set<number>()])) as Record<ShardKind, Set<number>>;
  const source: LookupSource = {
    ...memory,
    ...Object.fromEntries(shardKinds.map((kind) => [kind, (n: number) => (loaded[kind].add(n), memory[kind](n))])),
  };
  return {
    all: wholeLookup(content.lookupShards),
    source,
    loaded,
    clear: () => shardKinds.forEach((kind) => loaded[kind].clear()),
    shards: {keys: keyShards.length, codes: codeShards.length, vocab: vocabShards.length, postings: postingShards.length},
  };
}

/** What someone could paste for each code: every message in every language with its example values, the JSON body, the name. */
function pastes(catalog: Catalog): {text: string; code: string | number}[] {
  const localizers = catalog.locales.map((locale) => new Localizer(catalog, locale));
  return catalog.codes.flatMap((entry) => [
    ...localizers.map((l) => ({text: exampleMessage(entry, l.code(entry, 'message').value, l.locale), code: entry.code})),
    {text: `ERROR upstream: ${exampleMessage(entry)} (req-1)`, code: entry.code},
    {text: JSON.stringify({error: {code: entry.code, message: 'whatever'}}), code: entry.code},
    {text: entry.name.toLowerCase(), code: entry.code},
  ]);
}

describe('the sharded matcher data', () => {
  it('gives the same first result as the whole data, for every query of the browser tests and every demo message in every language', async () => {
    const catalog = await loadCatalog(path.join(repo, 'catalog'));
    const {all, source} = await sharded(catalog);
    const queries = JSON.parse(readFileSync(path.join(repo, 'tests/search-queries.json'), 'utf8')) as {query: string}[];
    for (const text of [...queries.map((q) => q.query), ...pastes(catalog).map((p) => p.text)]) {
      const whole = matchError(text, all).matches.map((m) => m.code.code);
      const found = await exactCandidates(text, source);
      expect(
        matchError(text, found).matches.map((m) => m.code.code),
        text,
      ).toEqual(whole);
    }
    // Every query and demo message in six languages: seconds on a busy 2-core machine.
  }, 30_000);

  it('loads a small part of a 2,000-code catalog for one message', async () => {
    const dir = path.join(os.tmpdir(), `shards-${process.pid}`);
    await writeSyntheticCatalog(dir, {codes: 2000, seed: 3});
    const catalog = await loadCatalog(dir);
    const {all, source, loaded, clear, shards} = await sharded(catalog);
    const sample = pastes(catalog).filter((_, i) => i % 97 === 0);
    for (const {text, code} of sample) {
      clear();
      const found = await exactCandidates(text, source);
      expect(matchError(text, found).matches[0]?.code.code, text).toBe(matchError(text, all).matches[0]?.code.code);
      expect(
        matchError(text, found).matches.some((m) => m.code.code === code),
        text,
      ).toBe(true);
      expect(loaded.codeShard.size / shards.codes, text).toBeLessThan(0.5);
    }
  }, 60_000);

  it('finds a code of a 2,000-code catalog from a part of its message with a word misspelt, loading a small part', async () => {
    const dir = path.join(os.tmpdir(), `fuzzy-shards-${process.pid}`);
    await writeSyntheticCatalog(dir, {codes: 2000, seed: 5});
    const catalog = await loadCatalog(dir);
    const {source, loaded, clear, shards} = await sharded(catalog);
    expect(shards.postings).toBeGreaterThan(4);
    for (const entry of catalog.codes.filter((_, i) => i % 131 === 0)) {
      // The message without its first word, and the thing that failed (its last word, a value aside) missing its third letter.
      const words = exampleMessage(entry).split(' ').slice(1);
      const thing = words.filter((w) => /^\p{L}+$/u.test(w)).at(-1)!;
      const text = words.map((w) => (w === thing ? w.slice(0, 2) + w.slice(3) : w)).join(' ');
      clear();
      const {matches} = await findError(text, source);
      expect(matches[0]?.code.code, text).toBe(entry.code);
      expect(matches[0]!.reason, text).toMatchObject({kind: 'words', misspelt: [{catalog: thing.toLowerCase()}]});
      expect(loaded.codeShard.size / shards.codes, text).toBeLessThan(0.5);
      expect(loaded.postingShard.size / shards.postings, text).toBeLessThan(0.5);
      // One vocabulary shard per first letter of the text's words.
      expect(loaded.vocabShard.size, text).toBeLessThanOrEqual(
        new Set(
          text
            .toLowerCase()
            .split(' ')
            .map((w) => w[0]),
        ).size,
      );
    }
  }, 60_000);
});
