import {spawnSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {root, sites} from './sites';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'plugins/docusaurus-plugin-error-catalog/bin/error-catalog.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
const html = async (urlPath: string, outDir = sites.demo.outDir) =>
  load(await fs.readFile(path.join(outDir, `${urlPath.slice(1)}.html`), 'utf8'));

describe('npm run verify (error-catalog verify)', () => {
  it('passes on the demo build, in every locale', () => {
    const result = cli('verify', 'catalog', '--build', sites.demo.outDir);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      `${sites.demo.outDir}: 81 code pages and every table match catalog in en, es, fr, de, ja, zh`,
    );
    expect(result.status).toBe(0);
  });

  it('fails on a tampered page, naming the URL and the field', async () => {
    const tampered = await fs.mkdtemp(path.join(os.tmpdir(), 'site-'));
    await fs.cp(sites.demo.outDir, tampered, {recursive: true});
    const page = path.join(tampered, 'ja/errors/4000.html');
    await fs.writeFile(page, (await fs.readFile(page, 'utf8')).replace('リソースが見つかりません</code>', 'リソースがありません</code>'));
    const result = cli('verify', 'catalog', '--build', tampered);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('/ja/errors/4000 message: expected "リソースが見つかりません", found "リソースがありません"');
  });

  it('fails on a page for a code the catalog does not have', async () => {
    const extra = await fs.mkdtemp(path.join(os.tmpdir(), 'site-'));
    await fs.cp(sites.demo.outDir, extra, {recursive: true});
    await fs.copyFile(path.join(extra, 'errors/2002.html'), path.join(extra, 'errors/2999.html'));
    const result = cli('verify', 'catalog', '--build', extra);
    expect(result.stdout).toContain('/errors/2999 page: expected "no page: the catalog has no such code", found "a page"');
  });
});

describe('aliases', () => {
  it('redirect the name and its spellings to the canonical page, keeping the fragment, in every locale', async () => {
    for (const [alias, locale] of [
      ['EXPIRED_TOKEN', ''],
      ['expired-token', ''],
      ['expired-token', '/ja'],
      ['EXPIRED_TOKEN', '/de'],
    ] as const) {
      const raw = await fs.readFile(path.join(sites.demo.outDir, `${locale.slice(1)}/errors/${alias}.html`.replace(/^\//, '')), 'utf8');
      expect(raw).toContain(`location.replace("${locale}/errors/2002" + location.search + location.hash)`);
      expect(raw).toContain('<meta name="robots" content="noindex">');
      expect(raw).toContain(`<link rel="canonical" href="https://docs.llm-copilot-agent.dev${locale}/errors/2002">`);
    }
  });

  it('never write two files whose names differ only in case, so a case-insensitive file system builds the same site', async () => {
    const files = await fs.readdir(path.join(sites.demo.outDir, 'errors'));
    const caseOnlyTwins = files.filter((f, i) => files.findIndex((g) => g.toLowerCase() === f.toLowerCase()) !== i);
    expect(caseOnlyTwins).toEqual([]);
    // The case variants left out are served by the unknown-code page, which finds the code by its name in any case.
    expect(files).not.toContain('expired_token.html');
  });

  it('cover string codes too: /errors/invalid_api_key leads to /errors/invalid-api-key', async () => {
    const raw = await fs.readFile(path.join(sites.synaxis.outDir, 'errors/invalid_api_key.html'), 'utf8');
    expect(raw).toContain('location.replace("/errors/invalid-api-key"');
  });
});

describe('tombstones', () => {
  it('keep a removed code’s page: since when, why, and what replaces it, marked in the index and out of current counts', async () => {
    const $ = await html('/errors/104', sites.minimal.outDir);
    const note = $('[role="note"]').text();
    expect(note).toContain('This code was removed in version 2.0 and is no longer returned.');
    expect(note).toContain('Merged into the new limiter.');
    expect($('[role="note"] a').attr('href')).toBe('/errors/102');
    const index = await html('/errors', sites.minimal.outDir);
    expect(index('tr[data-code="104"]').text()).toContain('Removed');
    expect(index('[data-total]').text().trim()).toBe('3');
    expect(index('[data-table="status-mapping"] tr[data-status="429"] td').eq(1).text().trim()).toBe('102');
  });
});

describe('edit and feedback links', () => {
  const catalogPath = 'plugins/docusaurus-plugin-error-catalog/src/__tests__/__fixtures__/minimal';
  const editBase = `https://git.example.com/minimal/edit/main/${catalogPath}`;
  const lineOf = async (file: string, line: string) =>
    (await fs.readFile(path.join(root, catalogPath, file), 'utf8')).split('\n').indexOf(line) + 1;
  const links = async (urlPath: string) => {
    const $ = await html(urlPath, sites.minimal.outDir);
    const feedback = $('[data-feedback-link]').attr('href');
    return {
      edit: $('[data-edit-link]').attr('href'),
      editLabel: $('[data-edit-link]').text(),
      feedback: feedback && Object.fromEntries(new URL(feedback).searchParams),
      footers: $('[data-page-links]').length,
    };
  };

  it('open the line where a code is written, and prefill a report with the page', async () => {
    const line = await lineOf('categories/client.yaml', '  - code: 100');
    expect(line).toBeGreaterThan(1);
    expect(await links('/errors/100')).toEqual({
      edit: `${editBase}/categories/client.yaml#L${line}`,
      editLabel: 'Edit this code',
      feedback: {title: 'Docs: 100 BAD_INPUT', body: 'https://docs.example.com/errors/100', labels: 'docs,code'},
      footers: 1,
    });
    expect(await links('/ja/errors/100')).toEqual({
      edit: `${editBase}/categories/client.yaml#L${line}`,
      editLabel: 'このコードを編集',
      feedback: {title: 'Docs: 100 BAD_INPUT', body: 'https://docs.example.com/ja/errors/100', labels: 'docs,code'},
      footers: 1,
    });
  });

  it('open a category, status or guide where it is written; pages computed from the whole catalog have none', async () => {
    expect(await links('/errors/categories/client')).toMatchObject({
      edit: `${editBase}/categories/client.yaml`,
      editLabel: 'Edit this category',
      feedback: {title: 'Docs: Client Errors', labels: 'docs,category'},
    });
    expect(await links('/errors/status/429')).toMatchObject({
      edit: `${editBase}/catalog.yaml#L${await lineOf('catalog.yaml', '  "429":')}`,
      editLabel: 'Edit this status',
      feedback: {title: 'Docs: HTTP 429 Too Many Requests', labels: 'docs,status'},
    });
    expect(await links('/errors/guides/throttled')).toMatchObject({edit: `${editBase}/guides/throttled.md`, editLabel: 'Edit this guide'});
    for (const page of ['/errors', '/errors/guides', '/errors/guides/retries', '/errors/guides/quick-reference']) {
      expect((await links(page)).footers, page).toBe(0);
    }
    expect((await html('/errors/5000'))('[data-page-links]').length, 'the demo sets neither option').toBe(0);
  });
});

describe('sharing', () => {
  it('gives code pages a title and description from the code and message, Open Graph tags and JSON-LD', async () => {
    const $ = await html('/errors/5000');
    expect($('title').text()).toBe(
      '5000 RATE_LIMIT_EXCEEDED: Rate limit exceeded. Please retry after 3600 seconds | LLM-CoPilot-Agent API',
    );
    expect($('meta[name="description"]').attr('content')).toMatch(
      /^5000 RATE_LIMIT_EXCEEDED \(HTTP 429\): Rate limit exceeded\. Please retry after 3600 seconds — /,
    );
    expect($('meta[property="og:title"]').attr('content')).toBe($('title').text());
    expect($('meta[property="og:description"]').attr('content')).toBe($('meta[name="description"]').attr('content'));
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:url"]').attr('content')).toBe('https://docs.llm-copilot-agent.dev/errors/5000');
    const jsonLd = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()) as {'@type': string; itemListElement?: {item: string}[]; headline?: string});
    expect(jsonLd.map((d) => d['@type'])).toEqual(['TechArticle', 'BreadcrumbList']);
    expect(jsonLd[0]!.headline).toBe('5000 RATE_LIMIT_EXCEEDED: Rate limit exceeded');
    expect(jsonLd[1]!.itemListElement!.map((i) => i.item)).toEqual([
      'https://docs.llm-copilot-agent.dev/errors',
      'https://docs.llm-copilot-agent.dev/errors/categories/rate-limiting',
      'https://docs.llm-copilot-agent.dev/errors/5000',
    ]);
  });
});

describe('links from prose', () => {
  it('turn code references in the guides into links to the code pages', async () => {
    const $ = await html('/docs/reading-error-pages');
    const hrefs = $('main a code')
      .toArray()
      .map((c) => `${$(c).text()} → ${$(c).parent().attr('href')}`);
    expect(hrefs).toEqual(expect.arrayContaining(['EXPIRED_TOKEN → /errors/2002', '5000 → /errors/5000', '4000 → /errors/4000']));
    const ja = await html('/ja/docs/reading-error-pages');
    expect(
      ja('main a code')
        .filter((_, c) => ja(c).text() === 'EXPIRED_TOKEN')
        .parent()
        .attr('href'),
    ).toBe('/ja/errors/2002');
  });
});
