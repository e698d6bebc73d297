import {beforeAll, describe, expect, it, vi} from 'vitest';

type DataModule = typeof import('../data.client');
let data: DataModule;
const served = new Map<string, unknown>();

beforeAll(async () => {
  // The module reads the page's preload link when it loads: a page without one.
  vi.stubGlobal('document', {querySelector: () => null});
  vi.stubGlobal('fetch', async (url: string) =>
    served.has(url) ? new Response(JSON.stringify(served.get(url))) : new Response('', {status: 404, statusText: 'Not Found'}),
  );
  data = await import('../data.client');
});

/** Reads the way React does: a thrown promise means "suspended"; read again once it settles. */
async function readSettled(file: string, url: string) {
  try {
    return data.readCodePage(file, url);
  } catch (thrown) {
    if (!(thrown instanceof Promise)) throw thrown;
    await thrown;
    return data.readCodePage(file, url);
  }
}

describe('code page data in the browser', () => {
  it('suspends for a route it has no data for, then returns the file', async () => {
    served.set('/a/errors/1.json', {code: 1, message: 'first'});
    expect(() => data.readCodePage('errors/1.json', '/a/errors/1.json')).toThrow(Promise);
    expect(await readSettled('errors/1.json', '/a/errors/1.json')).toEqual({data: {code: 1, message: 'first'}});
  });

  it("keeps showing a route's data while the file of an edit loads, then the new data", async () => {
    served.set('/b/errors/1.json', {code: 1, message: 'edited'});
    const pending = data.readCodePage('errors/1.json', '/b/errors/1.json');
    expect(pending.data).toEqual({code: 1, message: 'first'});
    await pending.next;
    expect(data.readCodePage('errors/1.json', '/b/errors/1.json')).toEqual({data: {code: 1, message: 'edited'}});
  });

  it("never shows another route's data", () => {
    served.set('/b/errors/2.json', {code: 2, message: 'second'});
    expect(() => data.readCodePage('errors/2.json', '/b/errors/2.json')).toThrow(Promise);
  });

  it('reports a file that fails to load, and fetches it again on the next read', async () => {
    await expect(readSettled('errors/3.json', '/b/errors/3.json')).rejects.toThrow(/404 Not Found \(\/b\/errors\/3\.json\)/);
    served.set('/b/errors/3.json', {code: 3});
    expect(await readSettled('errors/3.json', '/b/errors/3.json')).toEqual({data: {code: 3}});
  });
});
