import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  buildContent,
  compressCodeRanges,
  createMarkdownRenderer,
  formatDiagnostic,
  guideCodes,
  isCurrent,
  loadCatalog,
  readCatalog,
  statusTable,
  type Catalog,
  type ErrorCatalogContent,
} from '../model';
import {chartScale, mermaidSource, readableScale} from '../theme/ErrorCatalog/flow';
import {demoCatalog, fixture, synaxisCatalog} from './helpers';

const guide = (frontMatter: string, body = 'Body.\n') => `---\n${frontMatter.trim()}\n---\n${body}`;

describe('symptom guides in a catalog', () => {
  let dir: string;

  beforeAll(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'guides-')), 'cat');
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    // Only this test's guides, so each problem listed is one of theirs.
    for (const own of ['guides', 'locales/ja']) await fs.rm(path.join(dir, own), {recursive: true});
    await fs.mkdir(path.join(dir, 'guides'));
  });
  afterAll(async () => fs.rm(path.dirname(dir), {recursive: true, force: true}));

  it('fails the check for unknown codes, broken flows, reserved slugs and wrong examples, listing every problem with its position', async () => {
    const files: Record<string, string> = {
      'bad-codes.md': guide(`
title: Something fails
summary: It fails.
symptoms: ['It failed']
codes: [100, 999]
flow:
  start: one
  steps:
    one: {do: Try, next: two}
    two: {ask: Worked?, yes: done, no: nowhere, codes: [998]}
    done: {end: Stop}
    orphan: {end: Never reached}
`),
      'loop.md': guide(`
title: Loops
summary: Loops for ever.
symptoms: ['Still waiting']
codes: [101]
flow:
  start: a
  steps:
    a: {do: Wait, next: b}
    b: {do: Wait more, next: a}
`),
      'retries.md': guide(`
title: Takes a generated slug
summary: Clashes.
symptoms: ['x']
codes: [100]
`),
      'no-front-matter.md': '# Just Markdown\n',
      'wrong-example.md': guide(
        `
title: Shows a body the API never sends
summary: Wrong.
symptoms: ['x']
codes: [100]
`,
        '\nText.\n\n```json\n{"error": {"code": 100, "message": "Hi"}}\n```\n',
      ),
    };
    for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, 'guides', name), text);
    const {catalog, diagnostics} = await readCatalog(dir);
    expect(catalog).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([
      'cat/guides/bad-codes.md:5:14 error codes[1]: unknown code 999',
      'cat/guides/bad-codes.md:10:40 error flow.steps.two.no: step "nowhere" does not exist',
      'cat/guides/bad-codes.md:10:57 error flow.steps.two.codes[0]: unknown code 998',
      'cat/guides/loop.md:9:8 error flow.steps.a: no path from step "a" reaches an end step',
      'cat/guides/loop.md:10:8 error flow.steps.b: no path from step "b" reaches an end step',
      'cat/guides/no-front-matter.md:1:1 error a guide or page starts with YAML front matter between two --- lines (title, summary, …)',
      'cat/guides/retries.md:2:1 error guides/retries.md would take the URL of the generated retries guide; rename the file',
      'cat/guides/wrong-example.md:10:1 error body: json code block is an error body but matches no envelope of the catalog (nested): ' +
        'error.request_id: Invalid input: expected string, received undefined',
    ]);
  });

  it('publishes prose pages beside the guides, in their order, and checks them as it checks guides', async () => {
    const prose = path.join(path.dirname(dir), 'prose');
    await fs.cp(dir, prose, {recursive: true});
    await fs.rm(path.join(prose, 'guides'), {recursive: true});
    await fs.mkdir(path.join(prose, 'guides'));
    await fs.mkdir(path.join(prose, 'pages'));
    await fs.mkdir(path.join(prose, 'locales/ja/pages'), {recursive: true});
    const write = (rel: string, text: string) => fs.writeFile(path.join(prose, rel), text);
    await write('guides/shared.md', guide(`title: A guide\nsummary: S.\nsymptoms: [x]`));
    await write('pages/support.md', guide(`title: Support\nposition: 2`, '\nQuote `100` and the request id.\n'));
    await write('pages/overview.md', guide(`title: Overview\nsummary: How errors look.\nposition: 1`, '\n## Fields\n\nSee :error[100].\n'));
    const valid = await readCatalog(prose);
    expect(valid.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(valid.catalog!.prosePages.map((p) => p.slug)).toEqual(['overview', 'support']);
    const content = buildContent(
      valid.catalog!,
      {routeBase: '/errors', siteUrl: 'https://docs.example.com'},
      await createMarkdownRenderer(),
    );
    expect(content.prosePages.map((p) => [p.permalink, p.title.value, p.summary?.value])).toEqual([
      ['/errors/guides/overview', 'Overview', 'How errors look.'],
      ['/errors/guides/support', 'Support', undefined],
    ]);
    expect(content.nav.prosePages.map((p) => p.permalink)).toEqual(['/errors/guides/overview', '/errors/guides/support']);
    const support = content.prosePages[1]!.body.value.map((part) => ('html' in part ? part.html : part.code)).join('');
    expect(support).toContain('<a href="/errors/100"');

    await write('pages/shared.md', guide(`title: Takes a guide's URL`));
    await write('pages/retries.md', guide(`title: Takes a generated guide's URL`));
    await write('pages/wrong.md', guide(`title: Wrong`, '\nSee :error[999].\n\n```json\n{"error": {"code": 100, "message": "Hi"}}\n```\n'));
    await write('locales/ja/pages/missing.md', guide(`title: 翻訳`));
    const {catalog, diagnostics} = await readCatalog(prose);
    expect(catalog).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'prose/locales/ja/pages/missing.md:2:1 error there is no pages/missing.md to translate; a translation takes the file name of its source',
      'prose/pages/retries.md:2:1 error pages/retries.md would take the URL of the generated retries guide; rename the file',
      'prose/pages/shared.md:2:1 error pages/shared.md would take the URL of guides/shared.md; rename the file',
      'prose/pages/wrong.md:5:5 error body: :error[999] names no code of the catalog',
      'prose/pages/wrong.md:7:1 error body: json code block is an error body but matches no envelope of the catalog (nested): ' +
        'error.request_id: Invalid input: expected string, received undefined',
    ]);
  });

  it('reports a flow step nobody reaches', async () => {
    await fs.rm(path.join(dir, 'guides'), {recursive: true, force: true});
    await fs.mkdir(path.join(dir, 'guides'));
    await fs.writeFile(
      path.join(dir, 'guides', 'orphan.md'),
      guide(`
title: Orphan
summary: One step is never reached.
symptoms: ['x']
codes: [100]
flow:
  start: one
  steps:
    one: {end: Stop}
    two: {end: Never}
`),
    );
    const {diagnostics} = await readCatalog(dir);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'cat/guides/orphan.md:10:10 error flow.steps.two: step "two" cannot be reached from start "one"',
    ]);
  });
});

describe('guides and generated pages of the demo catalog', () => {
  let catalog: Catalog;
  let content: ErrorCatalogContent;

  beforeAll(async () => {
    catalog = await loadCatalog(demoCatalog);
    content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
  });

  it('has at least four symptom guides, at least two with a recovery flow', () => {
    expect(catalog.guides.length).toBeGreaterThanOrEqual(4);
    expect(catalog.guides.filter((g) => g.flow).length).toBeGreaterThanOrEqual(2);
  });

  it('links every code page to exactly the guides that involve the code, and every guide page to its codes', () => {
    for (const page of content.codes) {
      const expected = catalog.guides.filter((g) => guideCodes(g).includes(String(page.code))).map((g) => `/errors/guides/${g.slug}`);
      expect(
        page.guides.map((g) => g.permalink),
        String(page.code),
      ).toEqual(expected);
    }
    for (const page of content.guides) {
      const source = catalog.guides.find((g) => g.slug === page.slug)!;
      expect(page.codes.map((c) => String(c.code))).toEqual(guideCodes(source));
      // Each code the guide lists links back to it.
      for (const code of page.codes) {
        expect(content.codes.find((c) => c.code === code.code)!.guides.map((g) => g.permalink)).toContain(page.permalink);
      }
    }
    expect(content.codes.filter((c) => c.guides.length > 0).length).toBeGreaterThan(30);
  });

  it('turns inline code naming a catalog code into a link in guide bodies', () => {
    const page = content.guides.find((g) => g.slug === 'rate-limited')!;
    expect(page.body.value.map((part) => ('html' in part ? part.html : '')).join('')).toContain(
      '<a href="/errors/5000" title="5000 RATE_LIMIT_EXCEEDED: Rate limit exceeded"><code>RATE_LIMIT_EXCEEDED</code></a>',
    );
  });

  it('numbers flow steps in reading order, and the flowchart has one node per step and one edge per transition', () => {
    const page = content.guides.find((g) => g.flow)!;
    const flow = page.flow!;
    expect(flow.steps.map((s) => s.number)).toEqual(flow.steps.map((_, i) => i + 1));
    const source = mermaidSource(flow, {yes: 'Yes', no: 'No'});
    const edges = flow.steps.reduce((n, s) => n + (s.kind === 'do' ? 1 : s.kind === 'ask' ? 2 : 0), 0);
    expect(source.split('\n').filter((l) => l.includes('-->')).length).toBe(edges);
    for (const step of flow.steps) expect(source).toContain(`s${step.number}`);
  });

  it('escapes quotes and angle brackets in flowchart labels, which would end a Mermaid label', () => {
    const source = mermaidSource(
      {steps: [{id: 'a', number: 1, kind: 'end', text: 'Say "retry" <later>', codes: []}]},
      {yes: 'Yes', no: 'No'},
    );
    expect(source).toBe('flowchart TD\n  s1(["1. Say #quot;retry#quot; #lt;later#gt;"])');
  });

  it('lists retryable and non-retryable codes on the retry page exactly as the entries say', () => {
    const current = catalog.codes.filter(isCurrent);
    const {retries} = content;
    expect(retries.retryable.map((r) => r.code)).toEqual(current.filter((e) => e.retryable).map((e) => e.code));
    expect(retries.retryableCount).toBe(current.filter((e) => e.retryable).length);
    for (const row of retries.retryable) {
      const entry = catalog.codes.find((e) => e.code === row.code)!;
      const retryAfter = entry.headers.find((h) => h.name === 'Retry-After');
      expect(row.wait).toEqual(
        retryAfter ? {kind: 'retry-after', in: 'header', from: retryAfter.name, example: String(retryAfter.example)} : {kind: 'backoff'},
      );
    }
    const notRetryable = current.filter((e) => !e.retryable);
    expect(retries.nonRetryable.reduce((n, s) => n + s.count, 0)).toBe(notRetryable.length);
    for (const s of retries.nonRetryable) {
      expect(s.ranges).toEqual(compressCodeRanges(notRetryable.filter((e) => e.status === s.status?.code).map((e) => e.code)));
    }
    expect(retries.policy.schedule).toEqual([1, 2, 4, 8]);
    expect(retries.flows.map((f) => f.permalink)).toEqual(catalog.guides.filter((g) => g.flow).map((g) => `/errors/guides/${g.slug}`));
  });

  it('builds the quick reference and the status reference from the entries', async () => {
    const md = await createMarkdownRenderer();
    const rows = content.quickReference.flatMap((p) => p.rows);
    expect(rows.map((r) => [r.code, r.status, r.retryable])).toEqual(catalog.codes.map((e) => [e.code, e.status, e.retryable]));
    rows.forEach((r, i) => expect(r.quickFixHtml.value).toBe(md.inline(catalog.codes[i]!.resolution[0]!)));
    expect(content.statusReference.statuses.map((s) => [s.status, s.count, s.ranges])).toEqual(
      statusTable(catalog).map((row) => [row.status, row.codes.length, row.ranges]),
    );
  });

  it('gives each tag a page with exactly its codes, and each code page links its tags', () => {
    for (const page of content.tags) {
      expect(page.codes.map((c) => c.code)).toEqual(catalog.codes.filter((e) => e.tags.includes(page.tag.id)).map((e) => e.code));
    }
    expect(content.tagsIndex!.tags.map((t) => t.id)).toEqual(Object.keys(catalog.tags));
    expect(content.codes.find((c) => c.code === 7001)!.tags).toEqual([
      {id: 'llm-provider', title: 'LLM provider', permalink: '/errors/tags/llm-provider'},
    ]);
  });
});

describe('the Synaxis guide', () => {
  it('has the provider fallback flow: rate limited, next provider, next tier', async () => {
    const catalog = await loadCatalog(synaxisCatalog);
    const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://synaxis.example.dev'}, await createMarkdownRenderer());
    const page = content.guides.find((g) => g.slug === 'all-providers-failed')!;
    const text = page.flow!.steps.map((s) => s.text).join('\n');
    expect(text).toMatch(/next provider/i);
    expect(text).toMatch(/next tier/i);
    expect(page.flow!.steps.flatMap((s) => s.codes.map((c) => c.code))).toContain('rate_limit_exceeded');
    expect(content.tags.map((t) => t.tag.id)).toEqual(['groq', 'openai', 'cloudflare', 'gemini']);
  });
});

describe('chartScale', () => {
  const box = {width: 968, height: 720};
  it('draws a chart as wide as its box, never larger than drawn', () => {
    expect(chartScale({width: 1200, height: 600}, box)).toBeCloseTo(968 / 1200);
    expect(chartScale({width: 400, height: 300}, box)).toBe(1);
  });

  it('shrinks a tall chart to the box height when it stays readable, and scrolls it otherwise', () => {
    expect(chartScale({width: 900, height: 1000}, box)).toBeCloseTo(0.72);
    // The demo's rate-limited flow: fitting its height would need 0.33, so it keeps its width's scale and scrolls.
    expect(chartScale({width: 1393, height: 2195}, box)).toBeCloseTo(968 / 1393);
  });

  it('never draws text below the readable scale, on a phone', () => {
    expect(chartScale({width: 1393, height: 2195}, {width: 358, height: 700})).toBe(readableScale);
  });
});
