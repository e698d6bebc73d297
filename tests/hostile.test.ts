/** The hostile catalog (tests/hostile.ts) builds into a site where nothing injected is live, in any output. */
import {spawnSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import type {Element} from 'domhandler';
import type {Browser} from 'playwright-core';
import ts from 'typescript';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  clientModule,
  codeLabel,
  createMarkdownRenderer,
  loadCatalog,
  typescriptExport,
  type HttpCatalog,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {launchChromium, serveSite} from './browser';
import {htmlFiles} from './builtPages';
import {hostileCodes, scriptPayloads} from './hostile';
import {loadHttpCatalog, sites} from './sites';

const site = sites.hostile;

const safeUrl = /^(https?:|mailto:|[/#?.]|[^:]*$)/i;

/** Everything in a page that could run: script elements holding a payload, event handlers, unsafe URLs. */
function liveParts(html: string): string[] {
  const $ = load(html);
  return $('*')
    .toArray()
    .filter((node): node is Element => 'attribs' in node)
    .flatMap((el) => [
      ...(el.tagName === 'script' && /alert\(/.test($(el).text()) && $(el).attr('type') !== 'application/ld+json'
        ? [`script: ${$(el).text()}`]
        : []),
      ...(['svg', 'iframe', 'object', 'embed'].includes(el.tagName) && $(el).closest('main').length ? [el.tagName] : []),
      ...Object.entries(el.attribs).flatMap(([name, value]) =>
        /^on/i.test(name) || (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) && !safeUrl.test(value.trim()))
          ? [`${el.tagName} ${name}=${value}`]
          : [],
      ),
    ]);
}

describe('a hostile catalog', () => {
  let catalog: HttpCatalog;
  beforeAll(async () => {
    catalog = await loadHttpCatalog(site.catalog);
  });

  it('builds a page for every code, whatever its first letter or prefix', async () => {
    expect(catalog.codes.map((c) => c.codeText).sort()).toEqual(hostileCodes().sort());
    for (const section of [
      'categories/constructor',
      'status/400',
      'tags/constructor',
      'guides/hostile-guide',
      'guides/hostile-page',
      'translations',
    ]) {
      const $ = load(await fs.readFile(path.join(site.outDir, `errors/${section}/index.html`), 'utf8'));
      expect($('[data-unknown-code]').length, section).toBe(0);
      expect($('main h1').text(), section).not.toBe('');
    }
  });

  it('shows variant messages keyed by prototype names, and a shared prototype name, as plain text', async () => {
    const withVariants = catalog.codes.find((c) => Object.hasOwn(c.variants, 'constructor'))!;
    const $ = load(await fs.readFile(path.join(site.outDir, `errors/${withVariants.slug}/index.html`), 'utf8'));
    const variants = $('[data-field="message-variant"]');
    expect(variants.map((_, v) => $(v).attr('data-variant')).get()).toEqual(['constructor', 'valueof']);
    expect(variants.first().text()).toContain('javascript:alert("variant")');
    expect(variants.find('a').length).toBe(0);
    // valueOf is the name of code valueOf and of two others: each page links the other two.
    expect(catalog.codes.filter((c) => c.name === 'valueOf').map((c) => c.codeText)).toEqual(['dx-code', 'ex-code', 'valueOf']);
    const dx = load(await fs.readFile(path.join(site.outDir, 'errors/dx-code/index.html'), 'utf8'));
    expect(
      dx('[data-field="namesakes"] code')
        .map((_, c) => dx(c).text())
        .get(),
    ).toEqual(['ex-code', 'valueOf']);
  });

  it('publishes no live script, event handler or unsafe URL in any page', async () => {
    const files = await htmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(hostileCodes().length);
    for (const file of files) expect(liveParts(await fs.readFile(file, 'utf8')), path.relative(site.outDir, file)).toEqual([]);
  });

  it('keeps catalog text inside the JSON-LD, escaped, and intact once parsed', async () => {
    const html = await fs.readFile(path.join(site.outDir, `errors/${catalog.codes[0]!.slug}/index.html`), 'utf8');
    const blocks = load(html)('script[type="application/ld+json"]').toArray();
    expect(blocks.length).toBe(2);
    // The page data escapes < > & U+2028 U+2029; Docusaurus's minifier then re-serializes the JSON, keeping only `<`
    // escaped, which is what keeps `</script>` from closing the element.
    for (const block of blocks) expect(load(html)(block).html()).not.toMatch(/</);
    const article = JSON.parse(load(html)(blocks[0]!).html()!) as {headline: string; isPartOf: {name: string}};
    expect(article.headline).toContain(scriptPayloads.closeScript);
    expect(article.isPartOf.name).toBe(catalog.product.name);
  });

  it('carries catalog text into edit and feedback links only URL-encoded, and intact once decoded', async () => {
    for (const entry of catalog.codes) {
      const $ = load(await fs.readFile(path.join(site.outDir, `errors/${entry.slug}/index.html`), 'utf8'));
      const edit = new URL($('[data-edit-link]').attr('href')!);
      expect(decodeURIComponent(edit.pathname), entry.codeText).toBe(`/en/code/${entry.codeText}`);
      expect(Number(edit.searchParams.get('line'))).toBeGreaterThan(1);
      const feedback = new URL($('[data-feedback-link]').attr('href')!).searchParams;
      expect([feedback.get('about'), feedback.get('id')], entry.codeText).toEqual([codeLabel(entry), entry.codeText]);
      expect(feedback.get('page')).toBe(`https://hostile.example.com/errors/${entry.slug}`);
    }
  });

  it('writes Markdown twins and llms.txt whose headings are only their own', async () => {
    const {fromMarkdown} = await import('mdast-util-from-markdown');
    const headings = (markdown: string) =>
      fromMarkdown(markdown)
        .children.filter((n) => n.type === 'heading')
        .map((n) => `${'#'.repeat((n as {depth: number}).depth)} ${JSON.stringify(n).includes('Injected') ? 'INJECTED' : ''}`);
    // One h1 per twin, the code's own: the title holding a line break and "# Injected heading" stays inside it.
    for (const entry of catalog.codes) {
      const twin = await fs.readFile(path.join(site.outDir, `errors/${entry.slug}.md`), 'utf8');
      expect(
        headings(twin).filter((h) => h.startsWith('# ')),
        entry.codeText,
      ).toEqual([entry.codeText === hostileCodes()[0] ? '# INJECTED' : '# ']);
      expect(headings(twin).some((h) => h.startsWith('## INJECTED'))).toBe(false);
    }
    // A prose page's title holds the same line break: its twin still has one h1.
    const prose = await fs.readFile(path.join(site.outDir, 'errors/guides/hostile-page.md'), 'utf8');
    expect(headings(prose).filter((h) => h.startsWith('# '))).toEqual(['# INJECTED']);
    const llms = await fs.readFile(path.join(site.outDir, 'llms.txt'), 'utf8');
    expect(headings(llms).filter((h) => h.startsWith('# '))).toHaveLength(1);
    expect(llms).not.toMatch(/^export const pwned/m);
  });

  it('quotes catalog text in the generated TypeScript, Python and shell, so none of it runs', async () => {
    const tsSource = ts.createSourceFile('errors.ts', typescriptExport(catalog), ts.ScriptTarget.ES2022);
    const names = tsSource.statements.flatMap((s) => ('name' in s && s.name ? [(s.name as ts.Identifier).text] : []));
    expect(names).not.toContain('pwned');
    expect(tsSource.statements.some((s) => ts.isExpressionStatement(s))).toBe(false);
    const client = ts.createSourceFile('client.ts', clientModule(catalog, 'ts'), ts.ScriptTarget.ES2022);
    expect(client.statements.some((s) => ts.isExpressionStatement(s) || ts.isEmptyStatement(s))).toBe(false);
    const python = spawnSync(
      'python3',
      ['-c', 'import ast,sys; t=ast.parse(sys.stdin.read()); print(sum(isinstance(n, ast.Name) and n.id=="pwned" for n in ast.walk(t)))'],
      {input: clientModule(catalog, 'python'), encoding: 'utf8'},
    );
    expect(python.stderr).toBe('');
    expect(python.stdout.trim()).toBe('0');
    const shell = clientModule(catalog, 'bash');
    expect(spawnSync('bash', ['-n'], {input: shell, encoding: 'utf8'}).status).toBe(0);
    for (const line of shell.split(/\r?\n|\u2028|\u2029/).filter((l) => l.includes('pwned'))) expect(line.trimStart()).toMatch(/^#/);
  });
});

describe('a hostile catalog in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite(site.outDir)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("fits every code page to a phone's width, whatever its code and name", async () => {
    const catalog = await loadCatalog(site.catalog);
    const page = await (await browser.newContext({viewport: {width: 390, height: 800}})).newPage();
    const wider: string[] = [];
    for (const entry of catalog.codes) {
      await page.goto(`${server.url}/errors/${entry.slug}`, {waitUntil: 'load'});
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wider.push(`${entry.codeText}: ${width}px`);
    }
    expect(wider).toEqual([]);
    await page.context().close();
  });

  it('runs nothing on any page, even when every link is clicked', async () => {
    await createMarkdownRenderer();
    const pages = (await htmlFiles(path.join(site.outDir, 'errors')))
      .map((f) => `/${path.relative(site.outDir, f)}`.replace(/\/index\.html$/, '').replace(/\.html$/, ''))
      .filter((p) => !p.includes('/page/'));
    const dialogs: string[] = [];
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const url of pages) {
      await page.goto(server.url + url);
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      // Every link on the page is clicked as a reader would, in the page's own event loop. A click that would leave
      // for an http(s) or mail URL is stopped, so the next link is clicked on the same page; a link to anything else
      // (javascript:, data:) is left to run, and would open a dialog.
      const protocols = await page.evaluate(() => {
        const leaves = (a: HTMLAnchorElement) => ['http:', 'https:', 'mailto:'].includes(a.protocol);
        document.addEventListener(
          'click',
          (e) => {
            const a = (e.target as HTMLElement).closest('a');
            if (a && leaves(a)) e.preventDefault();
          },
          true,
        );
        return Array.from(document.querySelectorAll('a')).map((a) => {
          a.click();
          return a.hasAttribute('href') ? a.protocol : 'no URL';
        });
      });
      expect(protocols.length, url).toBeGreaterThan(0);
      expect(
        protocols.filter((p) => !['http:', 'https:', 'mailto:', 'no URL'].includes(p)),
        url,
      ).toEqual([]);
    }
    await context.close();
    expect(dialogs).toEqual([]);
  }, 300_000);
});
