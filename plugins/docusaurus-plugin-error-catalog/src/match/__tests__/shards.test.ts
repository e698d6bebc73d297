import {readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {writeSyntheticCatalog} from '../../../../../../bench/synthetic';
import {buildContent, createMarkdownRenderer, exampleMessage, loadCatalog, Localizer, type Catalog} from '../../../model';
import {wordsOf} from '../../../model/messages';
import {keyHash as buildKeyHash} from '../../../model/lookup';
import {candidates, type LookupSource} from '../data';
import {keyHash, words} from '../keys';
import {matchError} from '../match';
import {wholeLookup} from './lookupData';

const repo = path.resolve(__dirname, '../../../../../..');

async function sharded(catalog: Catalog) {
  const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
  const {manifest, keyShards, codeShards, guideShards} = content.lookupShards;
  const loaded = {keys: new Set<number>(), codes: new Set<number>()};
  const source: LookupSource = {
    manifest: async () => manifest,
    keyShard: async (n) => (loaded.keys.add(n), keyShards[n]!),
    codeShard: async (n) => (loaded.codes.add(n), codeShards[n]!),
    guideShard: async (n) => guideShards[n]!,
  };
  return {all: wholeLookup(content.lookupShards), source, loaded, shards: {keys: keyShards.length, codes: codeShards.length}};
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
  it('splits text into words and hashes keys the same way in the build and in the browser', () => {
    for (const text of [
      'Rate limit exceeded: retry in 30 s',
      'UUID の形式が無効です',
      '请求过多',
      'Größe überschritten',
      'İstanbul APIキー',
    ]) {
      expect(words(text)).toEqual([...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => wordsOf(m[0])));
    }
    for (const key of ['#5000', '#ratelimitexceeded', 'exceeded', 'リソースが見つかりません', 'überschritten', ''])
      expect(keyHash(key)).toBe(buildKeyHash(key));
  });

  it('gives the same first result as the whole data, for every query of the browser tests and every demo message in every language', async () => {
    const catalog = await loadCatalog(path.join(repo, 'catalog'));
    const {all, source} = await sharded(catalog);
    const queries = JSON.parse(readFileSync(path.join(repo, 'tests/search-queries.json'), 'utf8')) as {query: string}[];
    for (const text of [...queries.map((q) => q.query), ...pastes(catalog).map((p) => p.text)]) {
      const whole = matchError(text, all).matches.map((m) => m.code.code);
      const found = await candidates(text, source);
      expect(
        matchError(text, found).matches.map((m) => m.code.code),
        text,
      ).toEqual(whole);
    }
  });

  it('loads a small part of a 2,000-code catalog for one message', async () => {
    const dir = path.join(os.tmpdir(), `shards-${process.pid}`);
    await writeSyntheticCatalog(dir, {codes: 2000, seed: 3});
    const catalog = await loadCatalog(dir);
    const {all, source, loaded, shards} = await sharded(catalog);
    const sample = pastes(catalog).filter((_, i) => i % 97 === 0);
    for (const {text, code} of sample) {
      loaded.keys.clear();
      loaded.codes.clear();
      const found = await candidates(text, source);
      expect(matchError(text, found).matches[0]?.code.code, text).toBe(matchError(text, all).matches[0]?.code.code);
      expect(
        matchError(text, found).matches.some((m) => m.code.code === code),
        text,
      ).toBe(true);
      expect(loaded.codes.size / shards.codes, text).toBeLessThan(0.5);
    }
  }, 60_000);
});
