import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, loadCatalog} from '../../model';
import {findError, memorySource} from '..';
import {closeness, nameTerms} from '../fuzzy';

const repo = path.resolve(__dirname, '../../../../..');

describe('how alike two words are', () => {
  it('takes the same word, another form of it, or a small misspelling', () => {
    expect(closeness('token', 'token')).toEqual({value: 1, misspelt: false});
    for (const [typed, term] of [
      ['expired', 'expires'],
      ['authenticated', 'authentication'],
      ['exceeded', 'exceeds'],
      ['limits', 'limit'],
    ])
      expect(closeness(typed, term), typed).toEqual({value: 0.9, misspelt: false});
    expect(closeness('authentification', 'authentication')).toEqual({value: expect.closeTo(0.65), misspelt: true});
    expect(closeness('mismached', 'mismatched')).toEqual({value: expect.closeTo(0.75), misspelt: true});
  });

  it('leaves short words, other words and other first letters apart', () => {
    for (const [typed, term] of [
      ['has', 'was'],
      ['run', 'running'],
      ['service', 'server'],
      ['found', 'foundation'],
      ['xpired', 'expired'],
      ['トークン', 'トークソ'],
    ])
      expect(closeness(typed, term), typed).toBeUndefined();
  });

  it('reads a name in any of its spellings as the same words', () => {
    for (const name of ['RATE_LIMIT_EXCEEDED', 'rate-limit-exceeded', 'RateLimitExceeded', 'rate_limit_exceeded'])
      expect(nameTerms(name)).toEqual(['rate', 'limit', 'exceeded']);
  });
});

describe('the fuzzy tier on the demo catalog', async () => {
  const content = buildContent(
    await loadCatalog(path.join(repo, 'catalog')),
    {routeBase: '/errors', siteUrl: 'https://docs.example.com'},
    await createMarkdownRenderer(),
  );
  const find = (text: string) => findError(text, memorySource(content.lookupShards));

  it('finds a code from a part of its message, its words in another order, or with words added', async () => {
    for (const [text, code] of [
      ['rate limit exceeded', 5000],
      ['token expired', 2002],
      ['Authentication token has expired', 2002],
      ['workflow is already running', 6002],
      ['WARN api: Authentication token has expired (req-8c1)', 2002],
    ] as const) {
      const {matches, ambiguous} = await find(text);
      expect(matches[0]?.code.code, text).toBe(code);
      expect(matches[0]!.reason.kind, text).toBe('words');
      expect(ambiguous, text).toBe(false);
    }
  });

  it('says which words it took as misspelt, and what it read them as', async () => {
    const {matches} = await find('Authentification token expired');
    expect(matches[0]).toMatchObject({
      code: {code: 2002},
      reason: {kind: 'words', locale: 'en', field: 'message', misspelt: [{typed: 'authentification', catalog: 'authentication'}]},
    });
  });

  it('finds a part of a message in the catalog’s other languages, Japanese and Chinese included', async () => {
    for (const [text, locale] of [
      ['Rate-Limit überschritten', 'de'],
      ['レート制限を超過', 'ja'],
      ['已超出速率限制', 'zh'],
    ] as const) {
      const {matches} = await find(text);
      expect(matches[0]?.code.code, text).toBe(5000);
      expect(matches[0]!.reason, text).toMatchObject({kind: 'words', locale});
    }
  });

  it('ranks every fuzzy match below every exact one', async () => {
    const exact = await find('Authentication token expired');
    expect(exact.matches[0]!.reason.kind).toBe('message');
    const fuzzy = await find('token expired');
    expect(Math.max(...fuzzy.matches.map((m) => m.score))).toBeLessThan(30);
    expect(Math.min(...exact.matches.map((m) => m.score))).toBeGreaterThanOrEqual(30);
  });

  it('finds nothing in text that shares only a word or two with the catalog', async () => {
    for (const text of [
      'Connection reset by peer',
      'ECONNREFUSED 127.0.0.1:8080',
      'The printer is on fire',
      'listening on port 5000 failed: address in use',
      'the token is fine',
      'error',
    ])
      expect((await find(text)).matches, text).toEqual([]);
  });
});
