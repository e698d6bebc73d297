import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {redirectHtml} from '../outputs';
import {indexSearch} from '../search';

const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

async function site(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'search-'));
  for (const [file, html] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await fs.writeFile(path.join(dir, file), html);
  }
  return dir;
}

const fragments = (dir: string) => fs.readdir(path.join(dir, 'pagefind', 'fragment'));

describe('the search index', () => {
  it('holds the pages and skips a page with no content, such as an alias redirect', async () => {
    const dir = await site({
      'errors/2002.html': page('2002 EXPIRED_TOKEN', 'The access token has expired.'),
      'errors/1000.html': page('1000 VALIDATION_ERROR', 'The request is invalid.'),
      'errors/expired-token.html': redirectHtml('/errors/2002', '2002 EXPIRED_TOKEN: Token expired', 'https://x.dev/errors/2002', 'en'),
      'ja/errors/2002.html': page('2002 EXPIRED_TOKEN', '別の言語の索引に入るページ'),
    });
    expect(await indexSearch({outDir: dir, otherLocaleDirs: ['ja']})).toEqual({pages: 2, filesRead: 3});
    expect(await fragments(dir)).toHaveLength(2);
  });

  it('runs afterRead once the pages are read, so files written then are never read', async () => {
    const dir = await site({
      'errors/2002.html': page('2002 EXPIRED_TOKEN', 'The access token has expired.'),
      'errors/1000.html': page('1000 VALIDATION_ERROR', 'The request is invalid.'),
    });
    const redirect = path.join(dir, 'errors/expired-token.html');
    const afterRead = () => fs.writeFile(redirect, redirectHtml('/errors/2002', 'Token expired', 'https://x.dev/errors/2002', 'en'));
    expect(await indexSearch({outDir: dir, otherLocaleDirs: [], afterRead})).toEqual({pages: 2, filesRead: 2});
    await expect(fs.readFile(redirect, 'utf8')).resolves.toContain('location.replace("/errors/2002"');
  });

  it('leaves nothing of an earlier build in the same directory', async () => {
    const dir = await site({'errors/2002.html': page('2002 EXPIRED_TOKEN', 'The access token has expired.')});
    await indexSearch({outDir: dir, otherLocaleDirs: []});
    const before = await fragments(dir);
    await fs.writeFile(path.join(dir, 'errors/2002.html'), page('2002 EXPIRED_TOKEN', 'The token expired an hour ago.'));
    expect(await indexSearch({outDir: dir, otherLocaleDirs: []})).toEqual({pages: 1, filesRead: 1});
    const after = await fragments(dir);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });
});
