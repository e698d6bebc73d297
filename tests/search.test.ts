import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import * as cheerio from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium, serveSite} from './browser';
import {queries} from './searchQueries';
import {sites} from './sites';

let browser: Browser;
const served: Partial<Record<'demo' | 'programs', {url: string; close: () => Promise<void>}>> = {};
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  [served.demo, served.programs] = await Promise.all([serveSite(sites.demo.outDir), serveSite(sites.programs.outDir)]);
  site = served.demo;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(served).map((s) => s.close()));
});

describe('"Paste your error" in Chromium', () => {
  it.each(queries)('$site, $locale: $why', async ({query, expect: code, ambiguous, site: siteName, locale}) => {
    const page = await (await browser.newContext()).newPage();
    const prefix = locale === 'en' ? '' : `/${locale}`;
    await page.goto(`${served[siteName]!.url}${prefix}/errors?q=${encodeURIComponent(query)}`);
    if (code === null) {
      await page.locator('[data-search-none]').waitFor();
      expect(await page.locator('[data-search-result]').count()).toBe(0);
    } else if (ambiguous) {
      // Shared messages are listed with the reason, the expected code first.
      await page.locator('[data-search-ambiguous]').waitFor();
      expect(await page.locator('[data-search-result]').first().getAttribute('data-search-result')).toBe(String(code));
    } else {
      // One clear match goes straight to the page.
      await page.waitForURL(new RegExp(`${prefix}/errors/[^/?#]+$`));
      expect(await page.locator('[data-error-code]').getAttribute('data-error-code')).toBe(String(code));
    }
    await page.context().close();
  });

  it('links the guide whose symptom was pasted, in the page’s language', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/ja/errors?q=${encodeURIComponent('認証トークンが失効しています')}`);
    // The symptom is 2005's Japanese message too: that code first, then the guide's other codes by its symptom.
    await page.waitForURL('**/ja/errors/2005');
    await page.goto(`${site.url}/ja/errors?q=${encodeURIComponent('HTTP/1.1 401 Unauthorized（1 分前まで成功していたリクエストで）')}`);
    // Its six codes tie: the guide that tells them apart is named once, above them.
    const guide = page.locator('[data-search-ambiguous] [data-search-guide]');
    await guide.waitFor();
    expect(await page.locator('[data-search-result] [data-search-guide]').count()).toBe(0);
    expect(await guide.getAttribute('href')).toBe('/ja/errors/guides/token-expired');
    expect(await guide.textContent()).toBe('1 時間ほど動いた後、すべてのリクエストが 401 で失敗する');
    await page.context().close();
  });

  it('offers what the text does say when no code matches: its status, and codes spelt like its words', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/errors?q=${encodeURIComponent('HTTP/1.1 503 from the load balancer')}`);
    const status = page.locator('[data-search-none] [data-search-help-status="503"] a');
    await status.waitFor();
    expect(await status.getAttribute('href')).toBe('/errors/status/503');
    await page.goto(`${site.url}/de/errors?q=20O2`);
    const nearest = page.locator('[data-search-none] [data-search-help-nearest="2002"]');
    await nearest.waitFor();
    expect(await nearest.textContent()).toContain('Fast so geschrieben wie 20O2');
    await page.context().close();
  });

  it('offers the full-text search of every page, one click away, when no code matches', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/errors`);
    await page.getByLabel('Paste your error').fill('exponential backoff');
    await page.locator('[data-search-none] [data-search-fulltext]').click();
    const pages = page.locator('[data-search-fulltext-result]');
    await expect.poll(() => pages.count(), {timeout: 10_000}).toBeGreaterThan(0);
    for (const link of await pages.locator('a').all()) expect(await link.getAttribute('href')).toMatch(/^\/errors\//);
    // Pagefind also matches a query word that an indexed word begins (curl's -w for "wvkj"): these words begin none.
    await page.getByLabel('Paste your error').fill('qzxv qqqq');
    await page.locator('[data-search-none] [data-search-fulltext]').click();
    await expect.poll(() => page.locator('[data-search-fulltext-results]').textContent()).toBe('No page matches this text.');
    await page.context().close();
  });

  it('says when the codes it lists come closest rather than match, and which words it read as misspelt', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/errors`);
    await page.getByLabel('Paste your error').fill('Authentification token has expired');
    const first = page.locator('[data-search-result]').first();
    await expect.poll(() => first.getAttribute('data-search-result')).toBe('2002');
    expect(await page.locator('[data-search-close]').textContent()).toBe('No code matches this text exactly. These come closest:');
    expect(await first.textContent()).toContain('Most words of the English message · spelling close to: authentification → authentication');
    await page.context().close();
  });

  it('lists results as you type, and Enter opens the first', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/errors`);
    const box = page.getByLabel('Paste your error');
    await box.fill('Authentication token expired');
    await expect.poll(() => page.locator('[data-search-result]').first().getAttribute('data-search-result')).toBe('2002');
    await box.press('Enter');
    await page.waitForURL('**/errors/2002');
    await page.context().close();
  });

  it('is offered on the not-found page too', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/errors/9999`);
    await page.getByLabel('Paste your error').fill('Invalid resume token');
    await expect.poll(() => page.locator('[data-search-result]').first().getAttribute('data-search-result')).toBe('9003');
    await page.context().close();
  });
});

describe('the navbar search (Pagefind) in Chromium', () => {
  /** A locale's error index once hydrated, its search box, and the results the box lists. */
  async function searchBar(locale: string) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}${locale}/errors`);
    // Keyboard shortcuts exist once React has hydrated the page.
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    const results = page.locator('[data-search-bar-result]');
    const listed = () => results.evaluateAll((items) => items.map((i) => i.getAttribute('data-search-bar-result')));
    return {page, box: page.getByRole('combobox'), results, listed};
  }

  it.each([
    ['', 'EXPIRED_TOKEN', '2002'],
    ['', 'Rate limit exceeded retry after 3600 seconds', '5000'],
    ['/ja', '3600 秒後に再試行', '5000'],
    ['/de', 'Authentifizierungstoken abgelaufen', '2002'],
  ])('%s: "%s" lists %s first, with its code, name, status and message; Enter opens it', async (locale, query, code) => {
    const {page, box, results} = await searchBar(locale);
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill(query);
    const first = results.first();
    await expect.poll(() => first.getAttribute('data-search-bar-result'), {timeout: 10_000}).toBe(code);
    expect(await first.textContent()).toMatch(new RegExp(`^${code} [A-Z_]+ \\d{3} `));
    await box.press('Enter');
    await page.waitForURL(`**${locale}/errors/${code}`);
    await page.context().close();
  });

  it.each([
    ['/de', 'Stundenbudget Burst-Limiter', '/de/errors/guides/rate-limited'],
    ['/fr', 'jeton de reprise', '/fr/errors/guides/streaming-stops'],
    ['/ja', 'バーストリミッター', '/ja/errors/guides/rate-limited'],
  ])('%s: a translated guide is found by its own words, "%s"', async (locale, query, guide) => {
    const {page, box, listed} = await searchBar(locale);
    await box.fill(query);
    await expect.poll(listed, {timeout: 10_000}).toContain(guide);
    await page.context().close();
  });

  it('indexes pages only: neither the redirects from other spellings of a code nor the not-found page', async () => {
    const {page, box, results, listed} = await searchBar('');
    // Each redirect page is titled with the code's name: /errors/EXPIRED_TOKEN, /errors/expired-token, ….
    await box.fill('EXPIRED_TOKEN');
    await expect.poll(() => results.first().getAttribute('data-search-bar-result'), {timeout: 10_000}).toBe('2002');
    expect((await listed()).filter((r) => /expired.token/i.test(r!))).toEqual([]);
    await box.fill('Page Not Found');
    await expect.poll(async () => (await listed()).length, {timeout: 10_000}).toBeGreaterThan(0);
    expect(await listed()).not.toContain('/404');
    await page.context().close();
  });

  it('leaves the per-code snippets out of the index: their helper names find the client-code page, no code page', async () => {
    const {page, box, results, listed} = await searchBar('');
    await box.fill('retry_delay_seconds');
    await expect
      .poll(() => results.first().getAttribute('data-search-bar-result'), {timeout: 10_000})
      .toBe('/errors/guides/client-handling');
    expect(await listed()).toEqual(['/errors/guides/client-handling']);
    await page.context().close();
  });
});

describe('the search index (Pagefind) of the demo site', () => {
  /** Each indexed page's URL and text, from the index's fragment files (gzipped, a signature, then JSON). */
  const indexed = () => {
    const dir = path.join(sites.demo.outDir, 'pagefind', 'fragment');
    return readdirSync(dir).map((file) => {
      const data = gunzipSync(readFileSync(path.join(dir, file)));
      return JSON.parse(data.subarray(data.indexOf('{')).toString()) as {url: string; content: string};
    });
  };

  it('holds lists of codes by their own text, not by the codes they list, which have pages of their own', () => {
    const content = new Map(indexed().map((page) => [page.url, page.content]));
    for (const list of [
      '/errors.html',
      '/errors/categories/authentication.html',
      '/errors/status/401.html',
      '/errors/guides/quick-reference.html',
    ]) {
      expect(content.get(list), list).toBeDefined();
      expect(content.get(list), list).not.toContain('EXPIRED_TOKEN');
    }
    expect(content.get('/errors/2002.html')).toContain('EXPIRED_TOKEN');
  });

  it('keeps the words of table cells and list items apart on every error page, as the page shows them', () => {
    const bare = (word: string) => word.replace(/\u200b/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const errorPages = indexed().filter((page) => page.url.startsWith('/errors'));
    expect(errorPages.length).toBeGreaterThan(0);
    for (const {url, content} of errorPages) {
      const words = new Set(content.split(/\s+/).map(bare));
      const $ = cheerio.load(readFileSync(path.join(sites.demo.outDir, url)));
      const main = $('main');
      main.find('[data-pagefind-ignore], [data-error-search], nav').remove();
      main.find('br').replaceWith(' ');
      main.find('td, th, li').each((_, cell) => {
        const cellWords = $(cell).text().trim().split(/\s+/).map(bare).filter(Boolean);
        for (const word of [cellWords[0], cellWords.at(-1)]) if (word) expect(words, `${url}: "${word}"`).toContain(word);
      });
    }
  });

  it("leaves out what repeats on every page: the skip link, and a doc's table of contents", () => {
    const pages = indexed();
    for (const {url, content} of pages) expect(content, url).not.toContain('Skip to main content');
    const occurrences = (text: string, part: string) => text.split(part).length - 1;
    const withToc = pages
      .map((page) => ({...page, $: cheerio.load(readFileSync(path.join(sites.demo.outDir, page.url.replace(/\/$/, '/index.html'))))}))
      .filter(({$}) => $('.theme-doc-toc-desktop').length > 0);
    expect(withToc.length).toBeGreaterThan(0);
    for (const {url, content, $} of withToc) {
      const article = $('article')
        .text()
        .replace(/\u200b/g, '');
      $('.theme-doc-toc-desktop a').each((_, link) => {
        const heading = $(link).text();
        expect(occurrences(content, heading), `${url}: ${heading}`).toBe(occurrences(article, heading));
      });
    }
  });
});
