/**
 * Each fixture's longest code at phone width, in its first and last language: the code's page, its category page and
 * the status reference fit 390 px, and the code's heading stays on the screen. Screenshots in light and dark mode go
 * to tests/.output/phones/ for a person to look at.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCatalog} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {launchChromium, serveSite} from './browser';
import {builtLocales, outputRoot, sites} from './sites';

const width = 390;
const screenshots = path.join(outputRoot, 'phones');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  await fs.mkdir(screenshots, {recursive: true});
});
afterAll(async () => {
  await browser?.close();
});

/** What sticks out past the screen: the page's own width, and the right edge of the h1. */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    heading: Math.ceil(document.querySelector('main h1')?.getBoundingClientRect().right ?? 0),
  }));

describe.each(Object.entries(sites))('the %s site at 390 px', (name, site) => {
  it('fits its longest code’s page, category page and status reference to the screen', async () => {
    const catalog = await loadCatalog(site.catalog);
    const longest = catalog.codes.reduce((a, b) => (b.codeText.length > a.codeText.length ? b : a));
    const locales = builtLocales(site, catalog.locales);
    const server = await serveSite(site.outDir);
    const context = await browser.newContext({viewport: {width, height: 900}});
    try {
      const page = await context.newPage();
      for (const {locale, routeBase} of [locales[0]!, ...locales.slice(1).slice(-1)]) {
        const paths = [
          `${routeBase}/${longest.slug}`,
          `${routeBase}/categories/${longest.categoryId}`,
          ...(catalog.transport ? [`${routeBase}/guides/${catalog.transport.referenceSlug}`] : []),
        ];
        for (const urlPath of paths) {
          await page.goto(server.url + urlPath, {waitUntil: 'networkidle'});
          const sticksOut = await overflow(page);
          expect(sticksOut.page, urlPath).toBeLessThanOrEqual(width);
          expect(sticksOut.heading, urlPath).toBeLessThanOrEqual(width);
        }
        await page.goto(server.url + paths[0]!, {waitUntil: 'networkidle'});
        for (const scheme of ['light', 'dark'] as const) {
          await page.evaluate((s) => document.documentElement.setAttribute('data-theme', s), scheme);
          await page.screenshot({path: path.join(screenshots, `${name}-${locale}-${scheme}.png`), fullPage: true});
        }
      }
    } finally {
      await context.close();
      await server.close();
    }
  });
});
