import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, loadCatalog} from '../../model';
import {matchError} from '../match';
import {wholeLookup} from './lookupData';

const repo = path.resolve(__dirname, '../../../../..');
const lookup = async (dir: string) =>
  wholeLookup(
    buildContent(
      await loadCatalog(path.join(repo, dir)),
      {routeBase: '/errors', siteUrl: 'https://docs.example.com'},
      await createMarkdownRenderer(),
    ).lookupShards,
  );

const top = (result: ReturnType<typeof matchError>) => result.matches.map((m) => [m.code.code, m.reason]);

describe('matchError on the demo catalog', async () => {
  const codes = await lookup('catalog');

  it('matches a message with its values filled in', () => {
    expect(top(matchError('Rate limit exceeded. Please retry after 3600 seconds', codes))[0]).toEqual([
      5000,
      {kind: 'message', locale: 'en', exact: true},
    ]);
  });

  it('matches translated messages, values included', () => {
    expect(matchError('レート制限を超過しました。120 秒後に再試行してください', codes).matches[0]!.code.code).toBe(5000);
    expect(matchError('Recurso no encontrado', codes).matches[0]!.reason).toEqual({kind: 'message', locale: 'es', exact: true});
    expect(matchError('Authentifizierungstoken abgelaufen', codes).matches[0]?.code.code).toBe(2002);
  });

  it('finds a message inside a longer log line, ranked below exact matches', () => {
    const result = matchError('2025-11-25T10:00:00Z ERROR client: Authentication token expired (req-1)', codes);
    expect(top(result)[0]).toEqual([2002, {kind: 'message', locale: 'en', exact: false}]);
  });

  it('matches codes and names in any case, with - and _ alike', () => {
    expect(top(matchError('expired-token', codes))[0]).toEqual([2002, {kind: 'name'}]);
    expect(top(matchError(' 4000 ', codes))[0]).toEqual([4000, {kind: 'code'}]);
  });

  it('reads the code out of a JSON body, in the nested envelope and as problem+json', () => {
    const nested = '{"error":{"code":"EXPIRED_TOKEN","message":"Authentication token expired","request_id":"req-1"}}';
    expect(top(matchError(nested, codes))[0]).toEqual([2002, {kind: 'json', field: 'error.code'}]);
    const problem =
      'HTTP/1.1 429\n{"type":"https://docs.llm-copilot-agent.dev/errors/5000","title":"Rate limit exceeded","status":429,"detail":"…"}';
    expect(top(matchError(problem, codes))[0]).toEqual([5000, {kind: 'json', field: 'type'}]);
  });

  it('lists both codes, flagged ambiguous, when two share a message', () => {
    const result = matchError('Resource not found', codes);
    expect(result.ambiguous).toBe(true);
    expect(result.matches.slice(0, 2).map((m) => m.code.name)).toEqual(['NOT_FOUND', 'RESOURCE_NOT_FOUND']);
  });

  it('finds the codes of a guide from one of its symptoms, in any language, below a code’s own message', () => {
    const guide = {title: 'Every request fails with 401 after working for an hour', permalink: '/errors/guides/token-expired'};
    const english = matchError('HTTP/1.1 401 Unauthorized on requests that worked a minute ago', codes);
    expect(english.matches.map((m) => m.code.code)).toEqual([2001, 2002, 2003, 2004, 2005, 2006]);
    expect(english.matches[0]!.reason).toEqual({kind: 'symptom', locale: 'en', exact: true, guide});
    const japanese = matchError('HTTP/1.1 401 Unauthorized（1 分前まで成功していたリクエストで）', codes);
    expect(japanese.matches.map((m) => [m.code.code, m.reason.kind, 'locale' in m.reason && m.reason.locale])).toContainEqual([
      2002,
      'symptom',
      'ja',
    ]);
    // A symptom that is also a code's message finds that code first.
    const expired = matchError('Authentifizierungstoken abgelaufen', codes);
    expect(expired.ambiguous).toBe(false);
    expect(top(expired)[0]).toEqual([2002, {kind: 'message', locale: 'de', exact: true}]);
  });

  it('finds a code named inside the text: in a link, in a program’s frame, as a name in capitals', () => {
    const link = {kind: 'mention', value: '2002', link: true};
    expect(top(matchError('https://docs.llm-copilot-agent.dev/errors/2002', codes))[0]).toEqual([2002, link]);
    expect(top(matchError('docs.llm-copilot-agent.dev/errors/EXPIRED_TOKEN#resolution', codes))[0]).toEqual([
      2002,
      {kind: 'mention', value: 'EXPIRED_TOKEN', link: true},
    ]);
    expect(top(matchError('/ja/errors/%E2%80%A6%ZZ', codes))).toEqual([]);
    for (const [text, code, value] of [
      ['request failed: error code 9003 after reconnect', 9003, '9003'],
      ['#5000', 5000, '5000'],
      ['E2002', 2002, '2002'],
      ['"code":"INVALID_UUID"', 1008, 'INVALID_UUID'],
      ['2025-11-25T10:00:00Z [EXPIRED_TOKEN] refresh failed', 2002, 'EXPIRED_TOKEN'],
      ['RATE LIMIT EXCEEDED', 5000, 'RATE LIMIT EXCEEDED'],
    ] as const) {
      expect(top(matchError(text, codes))[0], text).toEqual([code, {kind: 'mention', value, link: false}]);
    }
  });

  it('takes no number of a log line for a code unless it is framed as one', () => {
    expect(matchError('listening on port 5000 failed: address in use', codes).matches).toEqual([]);
    expect(matchError('ECONNREFUSED 127.0.0.1:8080', codes).matches).toEqual([]);
    expect(matchError('upstream answered 4000 bytes in 2002 ms', codes).matches).toEqual([]);
    // A link names a code only where it leads to a code's page; a letter names one only as E for error.
    expect(matchError('GET https://api.example.com/v1/items/5000 failed', codes).matches).toEqual([]);
    expect(matchError('see /errors/status/4000 and /errors/guides/2002', codes).matches).toEqual([]);
    expect(matchError('the A4000 and T2002 printers are offline', codes).matches).toEqual([]);
  });

  it('finds nothing for a message no code sends', () => {
    expect(matchError('The printer is on fire', codes).matches).toEqual([]);
  });
});

describe('matchError on the Synaxis catalog (OpenAI envelope)', async () => {
  const codes = await lookup('examples/synaxis/catalog');

  it('prefers the code field over the type field', () => {
    const body =
      '{"error":{"message":"Rate limit exceeded. Please try again later.","type":"rate_limit_error","param":null,"code":"rate_limit_exceeded"}}';
    expect(top(matchError(body, codes))[0]).toEqual(['rate_limit_exceeded', {kind: 'json', field: 'error.code'}]);
  });
});
