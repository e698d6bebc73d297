import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import {themes, type PrismTheme} from 'prism-react-renderer';
import {launchChromium, serveSite} from './browser';
import {loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {sites} from './sites';

let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serveSite(sites.demo.outDir);
  browser = await launchChromium();
});

/** Axe violations a reader would hit: serious and critical ones. */
async function seriousViolations(path: string, url = site.url, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const context = await browser.newContext({colorScheme});
  try {
    const page = await context.newPage();
    await page.goto(url + path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({page}).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${path} (${colorScheme}): ${v.id} (${v.nodes.length})`);
  } finally {
    await context.close();
  }
}

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const heading = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.url});
  const page = await context.newPage();
  await page.goto(site.url + path);
  return page;
}

describe('in Chromium', () => {
  it('shows a code page and follows a related-code link', async () => {
    const page = await open('/errors/2002');
    await expect.poll(() => heading(page)).toBe('2002 EXPIRED_TOKEN');
    await page.locator('#related').locator('..').getByRole('link', {name: /2001/}).click();
    await page.waitForURL('**/errors/2001');
    // The page fetches its data after the navigation, then shows what its static HTML shows.
    await expect.poll(() => heading(page)).toBe('2001 INVALID_TOKEN');
    const direct = await open('/errors/2001');
    await direct.waitForLoadState('networkidle');
    expect(await page.locator('main').innerText()).toBe(await direct.locator('main').innerText());
  });

  it('shows the start of the resolution on the first screen of every code page, at 1280×900', async () => {
    const catalog = await loadCatalog(sites.demo.catalog);
    const page = await (await browser.newContext({viewport: {width: 1280, height: 900}})).newPage();
    for (const entry of catalog.codes) {
      // The static HTML, as it is before any script runs: what a reader following a documentation_url sees first.
      await page.goto(`${site.url}/errors/${entry.slug}`, {waitUntil: 'domcontentloaded'});
      const firstStep = await page.locator('#resolution ~ ol > li').first().boundingBox();
      expect(firstStep!.y, entry.codeText).toBeLessThan(900 - 24);
    }
    await page.context().close();
  });

  it('wraps a long name on a phone only after an underscore, never inside a word', async () => {
    const page = await (await browser.newContext({viewport: {width: 390, height: 900}})).newPage();
    await page.goto(`${site.url}/errors/5003`);
    const name = page.locator('h1 [data-field="name"]');
    expect(await name.textContent()).toBe('CONCURRENCY_LIMIT_EXCEEDED');
    // Each part between the break points sits on one line, and the name takes more than one.
    const lines = await name.evaluate((el) =>
      Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
        }),
    );
    expect(lines).toEqual([1, 1, 1]);
    expect((await name.boundingBox())!.height).toBeGreaterThan(40);
    await page.context().close();
  });

  it('fits pages to a phone: every table fits the screen, header, placeholder and code rows stacked as blocks', async () => {
    const page = await (await browser.newContext({viewport: {width: 390, height: 900}})).newPage();
    const paths = [
      '/errors/5000',
      '/de/errors/5000',
      '/errors/categories/internal',
      '/errors/status/500',
      '/ja/errors/status/429',
      '/errors',
    ];
    paths.push(
      '/de/errors',
      '/errors/guides/quick-reference',
      '/errors/guides/retries',
      '/de/errors/guides/rate-limited',
      '/errors/translations',
    );
    for (const path of paths) {
      await page.goto(site.url + path, {waitUntil: 'networkidle'});
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        tables: Array.from(document.querySelectorAll('main table'))
          .filter((t) => (t as HTMLElement).offsetParent !== null)
          .map((t) => t.scrollWidth - t.clientWidth),
      }));
      expect(widths.page, path).toBeLessThanOrEqual(390);
      expect(widths.tables.length, path).toBeGreaterThan(0);
      expect(
        widths.tables.filter((overflow) => overflow > 0),
        path,
      ).toEqual([]);
    }
    // Each fact stays under its column's name, which CSS shows from the cell's label.
    await page.goto(`${site.url}/errors/5000`);
    const label = await page
      .locator('table[data-table="headers"] td[data-label="Example"]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Example"');
    await page.context().close();
  });

  it('draws a flowchart no smaller than readable, in a box no taller than the screen', async () => {
    for (const width of [1280, 390]) {
      const page = await (await browser.newContext({viewport: {width, height: 900}})).newPage();
      await page.goto(`${site.url}/errors/guides/llm-upstream-failures`);
      const chart = page.locator('[data-flow] div[class*="flowchart"] svg[viewBox]');
      await chart.waitFor();
      await expect.poll(() => chart.evaluate((svg) => (svg as SVGSVGElement).style.width)).not.toBe('');
      const size = await chart.evaluate((svg) => {
        const box = svg.closest('div[class*="flowchart"]')!.getBoundingClientRect();
        return {scale: svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width, box: box.height};
      });
      expect(size.scale, String(width)).toBeGreaterThanOrEqual(0.6);
      expect(size.box, String(width)).toBeLessThanOrEqual(900 * 0.8 + 2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), String(width)).toBeLessThanOrEqual(width);
      await page.getByRole('link', {name: 'The same flow as numbered steps'}).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#flow-step-1');
      await page.context().close();
    }
  });

  it("reports a code page whose data can't be fetched, and fetches it again on Try again", async () => {
    const page = await open('/errors/2002');
    await page.waitForLoadState('networkidle');
    let failing = true;
    await page.route('**/assets/error-catalog/*/errors/2001.json', (route) =>
      failing ? route.fulfill({status: 503, body: 'down'}) : route.continue(),
    );
    await page.locator('#related').locator('..').getByRole('link', {name: /2001/}).click();
    await expect.poll(() => heading(page)).toBe('This page crashed.');
    expect(await page.getByText(/Could not load this error's data: 503/).count()).toBe(1);
    failing = false;
    await page.getByRole('button', {name: 'Try again'}).click();
    await expect.poll(() => heading(page)).toBe('2001 INVALID_TOKEN');
  });

  it('hydrates a code page from its data file without a mismatch, keeping the static HTML, fetching the file once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // React re-rendering the page instead of hydrating it logs nothing: it replaces the static nodes, blank meanwhile.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const state = {heading: document.querySelector('main h1'), blanked: false};
        Object.assign(window, {staticHtml: state});
        new MutationObserver(() => {
          if (!document.querySelector('main h1')) state.blanked = true;
        }).observe(document.body, {subtree: true, childList: true});
      });
    });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const dataRequests: string[] = [];
    page.on('requestfinished', async (r) => {
      // A second request for the preloaded file is answered from the cache: no body crosses the network.
      if (r.url().includes('/assets/error-catalog/') && (await r.sizes()).responseBodySize > 0)
        dataRequests.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.url}/errors/5000`);
    await page.waitForLoadState('networkidle');
    // Interactive only once hydrated: the copy-link button renders in the browser alone.
    await expect.poll(() => page.getByRole('button', {name: 'Copy link', exact: true}).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => {
        const {heading, blanked} = (window as unknown as {staticHtml: {heading: Element | null; blanked: boolean}}).staticHtml;
        return {headingKept: heading?.isConnected, blanked};
      }),
    ).toEqual({headingKept: true, blanked: false});
    expect(dataRequests).toEqual([expect.stringMatching(/^\/assets\/error-catalog\/[0-9a-f]{12}\/errors\/5000\.json$/)]);
    await context.close();
  });

  it('switches code tabs by click and keyboard, and keeps the choice on the next code page', async () => {
    // Without JavaScript every panel is in the page; all but the first of each group are hidden.
    const staticContext = await browser.newContext({javaScriptEnabled: false});
    const staticPage = await staticContext.newPage();
    await staticPage.goto(`${site.url}/errors/5000`);
    const firstGroup = staticPage.locator('.tabs-container').first();
    expect(await firstGroup.locator('[role=tabpanel]').count()).toBe(3);
    expect(await firstGroup.locator('[role=tabpanel][hidden]').count()).toBe(2);
    await staticContext.close();

    const page = await open('/errors/5000');
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const snippets = page.locator('.tabs-container').first();
    const selected = () => snippets.locator('[role=tab][aria-selected=true]').innerText();
    const shownLanguages = () =>
      snippets
        .getByRole('tabpanel')
        .locator('pre')
        .evaluateAll((pres) => pres.map((p) => p.className));
    expect(await selected()).toBe('TypeScript');
    expect(await shownLanguages()).toEqual(['language-ts']);

    await snippets.getByRole('tab', {name: 'Python'}).click();
    expect(await selected()).toBe('Python');
    expect(await shownLanguages()).toEqual(['language-python']);

    // Arrow keys, Home and End move the focus, wrapping around; Enter and Space select.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('curl');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('TypeScript');
    await page.keyboard.press('End');
    expect(await focused()).toBe('curl');
    await page.keyboard.press('Enter');
    expect(await selected()).toBe('curl');
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    expect(await selected()).toBe('TypeScript');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await shownLanguages()).toEqual(['language-bash']);

    // The response formats are their own group: choosing a language leaves them on their first tab.
    expect(await page.locator('.tabs-container').nth(1).locator('[role=tab][aria-selected=true]').innerText()).toBe('JSON (default)');
    await page.goto(`${site.url}/errors/2002`);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    expect(await selected()).toBe('curl');
    await page.context().close();
  });

  it('copies the documentation URL with the copy-link button', async () => {
    const page = await open('/errors/5000');
    await page.getByRole('button', {name: 'Copy link', exact: true}).click();
    await expect.poll(() => page.getByRole('button', {name: 'Copied', exact: true}).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://docs.llm-copilot-agent.dev/errors/5000');
  });

  it('copies a code sample with its button, labelled in the page language', async () => {
    const page = await open('/de/errors/5000');
    const sample = page.locator('pre').first();
    await sample.hover();
    await page.getByRole('button', {name: 'Kopieren', exact: true}).first().click();
    await expect.poll(() => page.getByRole('button', {name: 'Kopiert', exact: true}).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await sample.innerText());
  });

  it("colours code samples from the site's Prism themes: the light one without JavaScript, the dark one in dark mode", async () => {
    const rgb = (color: string) =>
      color.startsWith('#') ? `rgb(${[1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).join(', ')})` : color;
    const stringColor = (theme: PrismTheme) => rgb(theme.styles.find((s) => s.types.includes('string'))!.style.color!);
    for (const [options, theme] of [
      [{javaScriptEnabled: false}, themes.vsLight],
      [{colorScheme: 'dark'}, themes.palenight],
    ] as const) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(`${site.url}/errors/5000`);
      // Colours as a reader sees them once the page is interactive, not only as first painted.
      await page.waitForLoadState('networkidle');
      const token = page.locator('pre.language-json .token.string').first();
      expect(await token.evaluate((el) => getComputedStyle(el).color)).toBe(stringColor(theme));
      await context.close();
    }
  });

  it('answers an unknown code with the nearest codes, which link to their pages, without a hydration error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    // The host answers the unknown URL itself with 404, which Chromium logs against the document (and the demo has no
    // favicon yet); anything else counts.
    const document = `${site.url}/errors/9999`;
    const expected404 = (url: string) => url === document || url.endsWith('/favicon.ico');
    page.on('console', (m) => m.type() === 'error' && !expected404(m.location().url) && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(document);
    await expect.poll(() => heading(page)).toBe('There is no error code 9999');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    const suggestions = page.locator('[data-suggestions] a');
    await expect.poll(() => suggestions.count()).toBe(5);
    expect(await suggestions.first().innerText()).toBe('9004 STREAM_BACKPRESSURE');
    await suggestions.first().click();
    await page.waitForURL('**/errors/9004');
  });

  describe('on a host that serves the nearest 404.html (Cloudflare Pages)', () => {
    let nearest: Awaited<ReturnType<typeof serveSite>>;
    beforeAll(async () => {
      nearest = await serveSite(sites.demo.outDir, 'nearest');
    });
    afterAll(() => nearest.close());

    const locales = [
      {
        prefix: '',
        lang: 'en',
        staticTitle: 'No error code has this address',
        title: 'There is no error code 9999',
        index: 'Browse all error codes',
      },
      {
        prefix: '/ja',
        lang: 'ja',
        staticTitle: 'このアドレスのエラーコードはありません',
        title: 'エラーコード 9999 は存在しません',
        index: 'すべてのエラーコードを見る',
      },
    ];

    it.each(locales)(
      'answers $prefix/errors/9999 without JavaScript, in $lang, with status 404',
      async ({prefix, lang, staticTitle, index}) => {
        const response = await fetch(`${nearest.url}${prefix}/errors/9999`);
        expect(response.status).toBe(404);
        const $ = cheerio.load(await response.text());
        expect($('html').attr('lang')).toBe(lang);
        expect($('h1').text()).toBe(staticTitle);
        expect($('title').text()).toContain(staticTitle);
        expect(
          $('[data-unknown-code-page] a')
            .filter((_, a) => $(a).text() === index)
            .attr('href'),
        ).toBe(`${prefix}/errors`);
        // The paste box is in the static HTML, ready to hydrate.
        expect($('[data-unknown-code-page] textarea').length).toBe(1);
      },
    );

    it.each(locales)('names the code and suggests the nearest in $lang, without a console error', async ({prefix, title}) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      const document = `${nearest.url}${prefix}/errors/9999`;
      page.on('console', (m) => m.type() === 'error' && m.location().url !== document && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(document);
      await expect.poll(() => heading(page)).toBe(title);
      await expect.poll(() => page.locator('[data-suggestions] a').count()).toBe(5);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      expect(await page.locator('[data-suggestions] a').first().getAttribute('href')).toBe(`${prefix}/errors/9004`);
      await context.close();
    });
  });

  it('copies the URL of a section with its #anchor from the button on its heading', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.url});
    const page = await context.newPage();
    await page.goto(`${site.url}/errors/5000`);
    for (const id of ['resolution', 'retry', 'documentation-url']) {
      await page.locator(`[data-copy-section="${id}"]`).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/errors/5000#${id}`);
    }
    await page.goto(`${site.url}/errors/guides/rate-limited`);
    await page.locator('[data-copy-section="codes"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}/errors/guides/rate-limited#codes`);
    await context.close();
  });

  it('switches locale from the dropdown and stays on the same code', async () => {
    const page = await open('/errors/2002#resolution');
    await page
      .locator('.navbar .dropdown')
      .filter({has: page.locator('a[lang="ja"]')})
      .hover();
    await page.locator('a.dropdown__link[lang="ja"]').click();
    await page.waitForURL('**/ja/errors/2002*');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await heading(page)).toBe('2002 EXPIRED_TOKEN');
  });

  it('follows an alias to the canonical page and keeps the #fragment', async () => {
    const page = await open('/errors/EXPIRED_TOKEN#resolution');
    await page.waitForURL('**/errors/2002#resolution');
    expect(await heading(page)).toBe('2002 EXPIRED_TOKEN');
  });

  it('filters the index as you type', async () => {
    const page = await open('/errors');
    await page.getByLabel('Filter by code, name, status or message').fill('expired');
    const visible = page.locator('tr[data-code]:visible');
    await expect.poll(() => visible.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual(['2002', '4009']);
  });

  it.each(['', '/ja'])(
    'has no serious or critical axe violations on the index and a code page (light and dark), a status page and a tombstone (%s)',
    async (locale) => {
      const minimal = await serveSite(sites.minimal.outDir);
      try {
        const violations = [
          ...(await seriousViolations(`${locale}/errors`)),
          ...(await seriousViolations(`${locale}/errors`, site.url, 'dark')),
          ...(await seriousViolations(`${locale}/errors/5000`)),
          ...(await seriousViolations(`${locale}/errors/5000`, site.url, 'dark')),
          ...(await seriousViolations(`${locale}/errors/status/503`)),
          ...(await seriousViolations(`${locale}/errors/104`, minimal.url)),
        ];
        expect(violations).toEqual([]);
      } finally {
        await minimal.close();
      }
    },
  );
});
