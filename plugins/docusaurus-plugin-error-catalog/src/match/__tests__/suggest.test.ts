import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, loadCatalog} from '../../model';
import {findError, memorySource} from '..';
import {noMatchHelp} from '../suggest';

const repo = path.resolve(__dirname, '../../../../..');

describe('the answer when no code matches', async () => {
  const content = buildContent(
    await loadCatalog(path.join(repo, 'catalog')),
    {routeBase: '/errors', siteUrl: 'https://docs.example.com'},
    await createMarkdownRenderer(),
  );
  const {browse} = content.lookupShards.manifest;
  const source = memorySource(content.lookupShards);
  // Help is for text that neither tier matches.
  const help = async (text: string) => {
    expect((await findError(text, source)).matches, text).toEqual([]);
    return noMatchHelp(text, browse, content.names);
  };

  it('lists the codes of an HTTP status the text names, with their number', async () => {
    const {statuses} = await help('HTTP/1.1 503 from the load balancer');
    expect(statuses).toEqual([{status: 503, title: 'Service Unavailable', count: expect.any(Number), permalink: '/errors/status/503'}]);
    expect(statuses[0]!.count).toBe(content.statuses.find((s) => s.status === 503)!.codes.length);
    expect((await help('got status code: 429 twice')).statuses.map((s) => s.status)).toEqual([429]);
    expect((await help('404')).statuses.map((s) => s.status)).toEqual([404]);
    // A number is a status only in a status frame: not a size, a port or a duration.
    expect((await help('took 503 ms, 404 bytes')).statuses).toEqual([]);
    expect((await help('404 bytes read')).statuses).toEqual([]);
  });

  it('lists a category the text names', async () => {
    expect((await help('something about rate limiting again')).categories.map((c) => c.id)).toEqual(['rate-limiting']);
    expect((await help('our streaming client broke')).categories.map((c) => c.id)).toEqual(['streaming']);
  });

  it('offers codes spelt close to a word of the text, saying which word', async () => {
    const {nearest} = await help('20O2');
    expect(nearest.map((n) => [n.code.code, n.word])).toEqual([[2002, '20O2']]);
    expect((await help('failed with 50O0')).nearest.map((n) => n.code.code)).toEqual([5000]);
    // Words that are not shaped like identifiers, and different words, offer nothing.
    expect((await help('Connection reset by peer')).nearest).toEqual([]);
    expect(await help('ECONNREFUSED 127.0.0.1:8080')).toEqual({statuses: [], categories: [], nearest: []});
  });
});
