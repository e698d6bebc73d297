import {existsSync, promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {codePath, loadCatalog, valueAt, wireCode} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {guideCodes} from '../plugins/docusaurus-plugin-error-catalog/src/model/guides';
import {formatMismatch, verifySite} from '../plugins/docusaurus-plugin-error-catalog/src/verify';
import {explain} from '../plugins/docusaurus-plugin-error-catalog/src/match';
import type {LookupExport} from '../plugins/docusaurus-plugin-error-catalog/src/pageData';
import {readPage} from './builtPages';
import {pageText} from './pageText';
import {builtLocales, docusaurusBuild, root, sites} from './sites';

const mainText = ($: ReturnType<typeof load>) => $('main').text().replace(/\s+/g, ' ').trim();

describe.each(Object.entries(sites))('the %s site', (_name, site) => {
  it('has, in every built locale, a page for every code showing its code, name, status and localized message, and tables equal to the entries', async () => {
    const catalog = await loadCatalog(site.catalog);
    const locales = builtLocales(site, catalog.locales);
    expect(locales.map((l) => l.locale)).toEqual(
      site === sites.synaxis || site === sites.hostile || site === sites.bare ? ['en'] : catalog.locales,
    );
    for (const target of locales) {
      const mismatches = await verifySite(catalog, site.outDir, target);
      expect(mismatches.map(formatMismatch), target.locale).toEqual([]);
    }
    for (const entry of catalog.codes) {
      const $ = await readPage(site.outDir, `/errors/${entry.slug}`);
      const text = mainText($);
      const status = entry.status === undefined ? [] : [String(entry.status)];
      for (const fact of [entry.codeText, ...(entry.name ? [entry.name] : []), ...status, entry.message])
        expect(text, `/errors/${entry.slug}`).toContain(fact);
    }
  });

  it('names a code once where its name is the code: in the heading, the page title and the code tables', async () => {
    const catalog = await loadCatalog(site.catalog);
    const same = catalog.codes.filter((e) => e.name === e.codeText);
    expect(same.length > 0, 'fixtures with such codes').toBe(site === sites.programs || site === sites.hostile);
    for (const entry of same) {
      const $ = await readPage(site.outDir, `/errors/${entry.slug}`);
      expect($('main h1 [data-field="name"]').length, entry.codeText).toBe(0);
      expect($('title').text().startsWith(`${entry.codeText}: `), $('title').text()).toBe(true);
      const category = await readPage(site.outDir, `/errors/categories/${entry.categoryId}`);
      const row = category('tr').filter((_, tr) => category(tr).attr('data-code') === entry.codeText);
      expect(row.find('[data-field="name"]').text().trim(), entry.codeText).toBe('');
    }
  });

  it('renders every example response as JSON whose code and status match the entry', async () => {
    const catalog = await loadCatalog(site.catalog);
    // A catalog whose codes are not sent over HTTP has no envelope, and its pages no example response.
    const formats = catalog.envelope?.formats ?? [];
    for (const entry of catalog.codes) {
      const $ = await readPage(site.outDir, `/errors/${entry.slug}`);
      const examples = $('[data-example-mode]').toArray();
      // Production, plus development when details are sanitized, in each envelope the API sends.
      expect(examples.length, entry.codeText).toBe((entry.expose_details === false ? 2 : 1) * formats.length);
      for (const example of examples) {
        const format = formats.find((f) => f.id === $(example).attr('data-example-format'))!;
        const [head, body] = $(example)
          .find('pre')
          .toArray()
          .map((pre) => $(pre).text());
        expect(head).toMatch(new RegExp(`^HTTP/1\\.1 ${entry.status} `));
        expect(valueAt(JSON.parse(body!), codePath(format))).toBe(wireCode(catalog, entry));
      }
    }
  });
});

describe('a declared status that no code uses', () => {
  it('keeps its row, its page and its place in the status reference, and is left out of the paste box', async () => {
    const {outDir} = sites.programs;
    const index = await readPage(outDir, '/errors');
    const row = index('[data-table="status-mapping"] tr[data-status="409"]');
    expect(row.find('[data-code-count="0"]').text()).toBe('none');
    const page = await readPage(outDir, '/errors/status/409');
    expect(page('main h1').text()).toBe('409 Conflict');
    expect(page('[data-no-codes]').text()).toBe('No code in this catalog has this status.');
    expect(page('main tr[data-code]').length).toBe(0);
    const reference = mainText(await readPage(outDir, '/errors/guides/http-statuses'));
    expect(reference).toContain('409 Conflict');
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as {
      manifest: {browse: {statuses: {status: number}[]}};
    };
    expect(lookup.manifest.browse.statuses.map((s) => s.status)).toEqual([400, 500, 503]);
  });
});

describe('the authors’ order', () => {
  it('lists codes on the index and on each category page as the category files have them, files by name', async () => {
    const {outDir, catalog} = sites.programs;
    const files = (await fs.readdir(path.join(catalog, 'categories'))).sort();
    const written = new Map<string, string[]>();
    for (const file of files) {
      const data = parse(await fs.readFile(path.join(catalog, 'categories', file), 'utf8')) as {
        category: {id: string};
        codes: {code: string | number}[];
      };
      written.set(
        data.category.id,
        data.codes.map((c) => String(c.code)),
      );
    }
    const rows = ($: ReturnType<typeof load>) =>
      $('main tr[data-code]')
        .map((_i, row) => $(row).attr('data-code'))
        .get();
    expect(rows(await readPage(outDir, '/errors'))).toEqual([...written.values()].flat());
    for (const [id, codes] of written) expect(rows(await readPage(outDir, `/errors/categories/${id}`)), id).toEqual(codes);
  });
});

describe('a code that is not retryable', () => {
  it('points at resolution steps only where its page has them', async () => {
    const {outDir} = sites.programs;
    const withSteps = (await readPage(outDir, '/errors/e0308'))('[data-retryable="false"]').text();
    expect(withSteps).toContain('Follow the resolution steps');
    const page = await readPage(outDir, '/errors/e0499');
    expect(page('#resolution').length).toBe(0);
    const withoutSteps = page('[data-retryable="false"]').text();
    expect(withoutSteps).toContain('The same request fails the same way every time.');
    expect(withoutSteps).not.toContain('resolution');
  });
});

describe('a catalog whose documentation_url ends in .html', () => {
  it('has a page file at every URL it emits, and the paste box finds the code from that URL', async () => {
    const {outDir} = sites.programs;
    const exported = JSON.parse(await fs.readFile(path.join(outDir, 'errors/catalog.json'), 'utf8')) as {
      codes: {code: string | number; documentation_url: string}[];
    };
    const lookup = JSON.parse(await fs.readFile(path.join(outDir, 'errors/lookup.json'), 'utf8')) as LookupExport;
    for (const {code, documentation_url: url} of exported.codes) {
      expect(url, String(code)).toMatch(/^https:\/\/docs\.example\.org\/errors\/[a-z0-9-]+\.html$/);
      expect(existsSync(path.join(outDir, new URL(url).pathname)), url).toBe(true);
      expect((await explain(url, lookup)).matches[0]?.code, url).toBe(code);
    }
  });
});

describe('the demo site', () => {
  const demo = sites.demo;

  it('has on every code page only the sections docs/reading-error-pages.md lists, in its order', async () => {
    const guide = await fs.readFile(path.join(root, 'docs/reading-error-pages.md'), 'utf8');
    const documented = [...guide.matchAll(/^\| [^|]+ \| `#([a-z-]+)` \|/gm)].map((m) => m[1]!);
    const catalog = await loadCatalog(demo.catalog);
    for (const entry of catalog.codes) {
      const $ = await readPage(demo.outDir, `/errors/${entry.slug}`);
      // Each example response has an anchor of its own inside #example-response.
      const sections = $('main h2[id], main h3[id]')
        .toArray()
        .map((h) => $(h).attr('id')!)
        .filter((id) => !id.startsWith('example-') || id === 'example-response');
      expect(
        sections.filter((id) => !documented.includes(id)),
        entry.codeText,
      ).toEqual([]);
      expect(sections, entry.codeText).toEqual(documented.filter((id) => sections.includes(id)));
    }
  });

  it('fails verification when a catalog message changes but the site is not rebuilt', async () => {
    const edited = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-'));
    await fs.cp(demo.catalog, edited, {recursive: true});
    const file = path.join(edited, 'categories/authentication.yaml');
    await fs.writeFile(
      file,
      (await fs.readFile(file, 'utf8')).replace('message: Authentication token expired', 'message: Your token has expired'),
    );
    const mismatches = await verifySite(await loadCatalog(edited), demo.outDir, {routeBase: '/errors'});
    expect(mismatches.map(formatMismatch)).toEqual([
      '/errors/2002 message: expected "Your token has expired", found "Authentication token expired"',
      '/errors 2002 message: expected "Your token has expired", found "Authentication token expired"',
      '/errors/categories/authentication 2002 message: expected "Your token has expired", found "Authentication token expired"',
      '/errors/status/401 2002 message: expected "Your token has expired", found "Authentication token expired"',
    ]);
  });

  it('fails verification when a guide gains a code but the site is not rebuilt: the code and status pages lack the link, the guide the row', async () => {
    const edited = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-'));
    await fs.cp(demo.catalog, edited, {recursive: true});
    const file = path.join(edited, 'guides/token-expired.md');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(/^codes: \[(.*)\]$/m, 'codes: [$1, 5000]'));
    const mismatches = await verifySite(await loadCatalog(edited), demo.outDir, {routeBase: '/errors'});
    expect(mismatches.map(formatMismatch)).toEqual([
      '/errors/5000 guides: expected "/errors/guides/rate-limited /errors/guides/token-expired", found "/errors/guides/rate-limited"',
      '/errors/status/429 guides: expected "/errors/guides/llm-upstream-failures /errors/guides/rate-limited /errors/guides/streaming-stops /errors/guides/token-expired", found "/errors/guides/llm-upstream-failures /errors/guides/rate-limited /errors/guides/streaming-stops"',
      '/errors/guides/token-expired codes: expected "2002 2005 2006 2001 2003 2004 5000", found "2002 2005 2006 2001 2003 2004"',
    ]);
  });

  it('fails verification when a generated table cell is tampered with, naming the page and cell', async () => {
    const tampered = await fs.mkdtemp(path.join(os.tmpdir(), 'site-'));
    await fs.cp(demo.outDir, tampered, {recursive: true});
    const index = path.join(tampered, 'errors.html');
    const $ = load(await fs.readFile(index, 'utf8'));
    $('[data-table="status-mapping"] tr[data-status="500"] td').eq(1).text('8000-8008, 9000');
    await fs.writeFile(index, $.html());
    const mismatches = await verifySite(await loadCatalog(demo.catalog), tampered, {routeBase: '/errors'});
    expect(mismatches.map(formatMismatch)).toEqual([
      '/errors status 500 codes: expected "8000-8001, 8004-8008, 9000", found "8000-8008, 9000"',
    ]);
  });

  it('links each status page to the guides that involve its codes, and a status no guide involves to none', async () => {
    const links = async (url: string) => {
      const $ = await readPage(demo.outDir, url);
      return $('[data-status] [data-guides] > li > a')
        .toArray()
        .map((a) => $(a).attr('href'));
    };
    // 429: the rate-limit guide's codes, 7003 (an upstream's rate limit) and 5003 (a concurrency limit on streams).
    expect(await links('/errors/status/429')).toEqual([
      '/errors/guides/llm-upstream-failures',
      '/errors/guides/rate-limited',
      '/errors/guides/streaming-stops',
    ]);
    expect(await links('/ja/errors/status/401')).toEqual(['/ja/errors/guides/streaming-stops', '/ja/errors/guides/token-expired']);
    const catalog = await loadCatalog(demo.catalog);
    const involved = new Set(catalog.guides.flatMap(guideCodes));
    const codesOf = (status: number) => catalog.codes.filter((c) => c.status === status);
    const unguided = catalog.statuses.find((s) => codesOf(s.status).length > 0 && !codesOf(s.status).some((c) => involved.has(c.codeText)));
    expect(unguided).toBeDefined();
    const $ = await readPage(demo.outDir, `/errors/status/${unguided!.status}`);
    expect($('#guides').length).toBe(0);
  });

  it('lists each page\'s sections in "On this page", and the codes around a code page\'s own in its category', async () => {
    const catalog = await loadCatalog(demo.catalog);
    const ids = ($: ReturnType<typeof load>, selector: string) =>
      $(selector)
        .toArray()
        .map((el) => ($(el).attr('href') ?? `#${$(el).attr('id')}`).slice(1));
    for (const entry of catalog.codes) {
      const $ = await readPage(demo.outDir, `/errors/${entry.slug}`);
      expect(ids($, 'aside [data-toc] a'), entry.codeText).toEqual(ids($, 'main section > h2'));
      expect(ids($, '[class*="tocMobile"] [data-toc] a')).toEqual(ids($, 'aside [data-toc] a'));
      const category = catalog.categories.find((c) => c.id === entry.categoryId)!;
      const nearby = $('[data-nav-nearby] a:not([class*="navMore"])')
        .toArray()
        .map((a) => $(a).attr('href'));
      const at = category.codes.indexOf(entry);
      expect(nearby.length).toBe(Math.min(category.codes.length, 13));
      expect(nearby).toContain(`/errors/${entry.slug}`);
      expect($('[data-nav-nearby] a[aria-current="page"]').attr('href')).toBe(`/errors/${entry.slug}`);
      // A window of consecutive codes of the category, in its order.
      const first = category.codes.findIndex((c) => `/errors/${c.slug}` === nearby[0]);
      expect(nearby).toEqual(category.codes.slice(first, first + nearby.length).map((c) => `/errors/${c.slug}`));
      expect(at - first).toBeGreaterThanOrEqual(0);
    }
    for (const guide of catalog.guides) {
      const $ = await readPage(demo.outDir, `/errors/guides/${guide.slug}`);
      const headings = ids($, 'main h2[id]');
      expect(ids($, 'aside [data-toc] a'), guide.slug).toEqual(headings);
    }
    const $ = await readPage(demo.outDir, '/errors');
    expect(
      $('[data-nav-reference] a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(['/errors', ...catalog.categories.map((c) => `/errors/categories/${c.id}`)]);
  });

  it('serves stable section anchors on code pages', async () => {
    const $ = await readPage(demo.outDir, '/errors/5000');
    const ids = $('main h2[id]')
      .toArray()
      .map((h) => $(h).attr('id'));
    // The answer first: what it is, what it means, why, what to do; then the reference.
    expect(ids).toEqual([
      'message',
      'description',
      'causes',
      'resolution',
      'retry',
      'placeholders',
      'handle-in-code',
      'example-response',
      'localized-messages',
      'guides',
      'related',
      'documentation-url',
    ]);
    expect(mainText($)).toContain('https://docs.llm-copilot-agent.dev/errors/5000');
  });

  it('renders the pages as the snapshots record (normalized text)', async () => {
    for (const page of ['/errors/5000', '/errors/7001', '/errors/categories/internal', '/errors/status/503']) {
      expect(pageText(await readPage(demo.outDir, page))).toMatchSnapshot(page);
    }
  });

  it('writes the unknown-code page as 404.html in each locale, and no page where only "not found" would answer', async () => {
    expect(existsSync(path.join(demo.outDir, '404.html'))).toBe(true);
    const catalog = await loadCatalog(demo.catalog);
    for (const {locale, routeBase} of builtLocales(demo, catalog.locales)) {
      const $ = load(await fs.readFile(path.join(demo.outDir, routeBase, '404.html'), 'utf8'));
      expect($('[data-unknown-code-page] h1').length, locale).toBe(1);
      expect($('meta[name="robots"]').attr('content'), locale).toBe('noindex');
      // Code groups' patterns and sections without a page of their own.
      const stray = (await fs.readdir(path.join(demo.outDir, routeBase))).filter(
        (f) => f.startsWith(':') || /^(categories|status)\.html$/.test(f),
      );
      expect(stray, locale).toEqual([]);
    }
    const sitemap = await fs.readFile(path.join(demo.outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://docs.llm-copilot-agent.dev/errors/5000</loc>');
    expect(sitemap).not.toMatch(/<loc>[^<]*(404\.html|:slug|\/errors\/(categories|status)<)/);
  });
});

describe('a broken catalog', () => {
  it('fails the build with every error and file:line:column, and writes no site', () => {
    const outDir = path.join(os.tmpdir(), `broken-site-${process.pid}`);
    const result = docusaurusBuild(path.join(root, 'tests/fixtures/broken-site'), outDir);
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('The error catalog has 9 errors; no pages were built:');
    expect(output).toContain('broken/categories/a.yaml:24:13 error codes[1].status: must be a status from 0 to 599');
    expect(output).toContain('broken/categories/b.yaml:6:11 error codes[0].code: duplicate code 100');
    expect(existsSync(outDir)).toBe(false);
  });
});
