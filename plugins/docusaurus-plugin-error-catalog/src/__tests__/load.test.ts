import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {
  buildContent,
  CatalogError,
  createMarkdownRenderer,
  exampleBody,
  formatDiagnostic,
  loadCatalog,
  parseSource,
  readCatalog,
  readSettledCatalog,
  resolveEnvelope,
  SourceCache,
  type Catalog,
} from '../model';
import {demoCatalog, fixture, synaxisCatalog} from './helpers';

describe('readCatalog', () => {
  it('reads the same data as the positional YAML parser, for every file of the demo and Synaxis catalogs', async () => {
    for (const dir of [demoCatalog, synaxisCatalog]) {
      const files = (await fs.readdir(dir, {recursive: true})).filter((f) => /\.(ya?ml|json)$/.test(f));
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) {
        const text = await fs.readFile(path.join(dir, file), 'utf8');
        expect(parseSource(file, text).source.data, file).toEqual(parse(text));
      }
    }
  });

  it('reports every problem of a broken catalog at once, each with file:line:column and field', async () => {
    const {catalog, diagnostics} = await readCatalog(fixture('broken'));
    expect(catalog).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'broken/catalog.yaml:13:5 error statuses.40x: key 40x: must be a status number such as 404',
      'broken/categories/a.yaml:11:14 error codes[0].message: placeholder {value} is used but not declared in params',
      'broken/categories/a.yaml:13:15 error codes[0].params.unused: param "unused" is declared but not used in message',
      // categories/c.yaml can't be read: it may declare 999, so the reference is a warning until it can.
      "broken/categories/a.yaml:19:15 warning codes[0].related[0]: unknown code 999, unless categories/c.yaml, which can't be read, declares it",
      'broken/categories/a.yaml:24:13 error codes[1].status: must be a status from 0 to 599',
      'broken/categories/a.yaml:31:5 error codes[1].colour: unknown field "colour"',
      "broken/categories/a.yaml:33:11 error codes[2].code: code 300 is outside its category's range 100-199",
      'broken/categories/b.yaml:6:11 error codes[0].code: duplicate code 100, first declared at broken/categories/a.yaml:7:5',
      'broken/categories/b.yaml:28:11 error codes[2].code: code rate-limit would get the same URL (/rate-limit) as code Rate_Limit at broken/categories/b.yaml:17:5',
      'broken/categories/c.yaml:5:1 error YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('throws a CatalogError that lists every error from loadCatalog', async () => {
    const error = await loadCatalog(fixture('broken')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).message).toMatch(/^The error catalog has 9 errors; no pages were built:/);
    expect((error as CatalogError).message).toContain('broken/categories/a.yaml:24:13');
  });

  it.each([
    ['empty for a moment', () => ''],
    ['half written', (text: string) => text.slice(0, text.length / 2)],
  ])('reads a catalog caught mid-save, with a file %s, once the save is done (readSettledCatalog)', async (_, partial) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-save-'));
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    const file = path.join(dir, 'catalog.yaml');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, partial(text));
    expect((await readCatalog(dir)).catalog).toBeUndefined();
    setTimeout(() => void fs.writeFile(file, text), 60);
    const {catalog, diagnostics} = await readSettledCatalog(dir, new SourceCache());
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(catalog?.codes).toHaveLength(4);
  });

  it('reads with a SourceCache what a fresh read gives, parsing again only the files that changed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-cache-'));
    await fs.cp(demoCatalog, dir, {recursive: true});
    const cache = new SourceCache();
    const before = (await readCatalog(dir, {cache})).catalog!;
    const file = path.join(dir, 'categories', (await fs.readdir(path.join(dir, 'categories'))).sort()[0]!);
    const text = await fs.readFile(file, 'utf8');
    const message = /^ {4}message: (.+)$/m.exec(text)!;
    await fs.writeFile(file, text.replace(message[0], `    message: Edited ${message[1]}`));
    const cached = await readCatalog(dir, {cache});
    const fresh = await readCatalog(dir);
    expect(cached.diagnostics).toEqual(fresh.diagnostics);
    const after = cached.catalog!;
    // Source objects hold functions and differ by identity: compare the catalogs' data.
    const data = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'source' ? undefined : v))) as unknown;
    expect(data(after)).toEqual(data(fresh.catalog));
    expect(after.codes.some((c) => c.message.startsWith('Edited '))).toBe(true);
    expect(after.ref.source).toBe(before.ref.source);
    expect(after.translations.every((t, i) => t.source === before.translations[i]!.source)).toBe(true);
    const sourceOf = (catalog: Catalog) => catalog.categories.map((c) => c.ref.source).find((s) => file.endsWith(s.file))!;
    expect(sourceOf(after)).not.toBe(sourceOf(before));
    expect(
      after.categories
        .filter((c) => !file.endsWith(c.ref.source.file))
        .every((c) => before.categories.some((b) => b.ref.source === c.ref.source)),
    ).toBe(true);

    expect(cache.unchanged).toBe(false);
    await readCatalog(dir, {cache});
    expect(cache.unchanged).toBe(true);
    // A guide's body is not part of its parsed front matter, but a change to it is a change.
    const guide = path.join(dir, 'guides', (await fs.readdir(path.join(dir, 'guides')))[0]!);
    await fs.appendFile(guide, '\nOne more line.\n');
    await readCatalog(dir, {cache});
    expect(cache.unchanged).toBe(false);
    await fs.rm(guide);
    await readCatalog(dir, {cache});
    expect(cache.unchanged).toBe(false);

    // A file broken by the edit is reported as a fresh read reports it.
    await fs.writeFile(file, `${text}\n  - bad: [`);
    const broken = await readCatalog(dir, {cache});
    expect(broken.catalog).toBeUndefined();
    expect(broken.diagnostics).toEqual((await readCatalog(dir)).diagnostics);
  });

  it('loads the minimal fixture with defaults applied and codes in catalog order', async () => {
    const catalog = await loadCatalog(fixture('minimal'));
    expect(catalog.codes.map((c) => c.code)).toEqual([100, 101, 102, 104]);
    expect(catalog.envelope.identifier).toBe('code');
    expect(catalog.codes[1]!.params).toEqual({});
    expect(catalog.codes.map((c) => c.slug)).toEqual(['100', '101', '102', '104']);
  });

  it('loads the demo catalog: all 81 seed codes in 9 categories', async () => {
    const catalog = await loadCatalog(demoCatalog);
    expect(catalog.codes).toHaveLength(81);
    expect(catalog.categories.map((c) => [c.id, c.codes.length])).toEqual([
      ['validation', 18],
      ['authentication', 9],
      ['authorization', 6],
      ['resource', 10],
      ['rate-limiting', 4],
      ['business-logic', 10],
      ['external-service', 10],
      ['internal', 9],
      ['streaming', 5],
    ]);
  });

  it('loads the string-code Synaxis catalog with slugged URLs', async () => {
    const catalog = await loadCatalog(synaxisCatalog);
    expect(catalog.codes).toHaveLength(22);
    expect(catalog.codes.find((c) => c.code === 'invalid_api_key')!.slug).toBe('invalid-api-key');
  });
});

describe('checks that need a changed catalog', () => {
  async function withEdit(edit: (files: {root: string; category: (name: string) => string}) => Promise<void>) {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-'));
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    await edit({root: path.join(dir, 'catalog.yaml'), category: (name) => path.join(dir, 'categories', name)});
    return readCatalog(dir);
  }
  const replaceIn = async (file: string, from: string, to: string) => {
    const text = await fs.readFile(file, 'utf8');
    if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
    await fs.writeFile(file, text.replace(from, to));
  };

  it('rejects a status no entry of catalog.yaml declares', async () => {
    const {diagnostics} = await withEdit(({category}) => replaceIn(category('client.yaml'), 'status: 404', 'status: 418'));
    expect(diagnostics.map(formatDiagnostic)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/client\.yaml:\d+:13 error codes\[1\]\.status: status 418 is not declared under statuses in catalog\.yaml$/),
      ]),
    );
  });

  it('rejects a malformed status such as "4o4"', async () => {
    const {diagnostics} = await withEdit(({category}) => replaceIn(category('client.yaml'), 'status: 404', 'status: 4o4'));
    expect(diagnostics.map((d) => `${d.field}: ${d.message}`)).toContain('codes[1].status: must be an integer status such as 404');
  });

  it('rejects {code} URLs for codes whose page slug differs', async () => {
    const {diagnostics} = await withEdit(({category}) => replaceIn(category('client.yaml'), 'code: 101', 'code: Not_Found'));
    expect(diagnostics.map((d) => d.message)).toContain(
      '{code} gives URLs that are not the canonical page of Not_Found (/not-found); use {slug}',
    );
  });

  it('rejects a code whose URL would be taken by a generated page', async () => {
    const {diagnostics} = await withEdit(({category}) => replaceIn(category('client.yaml'), 'code: 101', 'code: status'));
    expect(diagnostics.map((d) => d.message)).toContain('code status would get the URL /status, which is the URL of the status pages');
  });

  it('rejects invalid ICU syntax and a plural whose variable is undeclared', async () => {
    const {diagnostics} = await withEdit(async ({category}) => {
      await replaceIn(category('client.yaml'), 'message: Not found', 'message: "Not {found"');
      await replaceIn(category('client.yaml'), 'seconds: {type: number', 'secs: {type: number');
    });
    const messages = diagnostics.map((d) => `${d.field}: ${d.message}`);
    expect(messages).toContain(
      `codes[1].message: not a valid ICU message: a placeholder opened with "{" is not closed with "}" (write a literal brace as '{'), at character 5`,
    );
    expect(messages).toContain('codes[2].message: placeholder {seconds} is used but not declared in params');
    expect(messages).toContain('codes[2].params.secs: param "secs" is declared but not used in message');
  });

  it('accepts _ in category and tag ids, as APIs send them, and gives each its page', async () => {
    const {catalog, diagnostics} = await withEdit(async ({root, category}) => {
      await replaceIn(category('client.yaml'), 'id: client', 'id: client_errors');
      await replaceIn(path.join(path.dirname(root), 'locales/ja.yaml'), '  client:', '  client_errors:');
      await replaceIn(root, 'statuses:', 'tags:\n  upstream_llm: {title: Upstream LLM}\nstatuses:');
      await replaceIn(category('client.yaml'), '    lifecycle: {since: "1.0"}', '    tags: [upstream_llm]\n    lifecycle: {since: "1.0"}');
    });
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const content = buildContent(catalog!, {routeBase: '/errors', siteUrl: 'https://x.example'}, await createMarkdownRenderer());
    expect(content.categories.map((c) => c.category.permalink)).toEqual(['/errors/categories/client_errors']);
    expect(content.tags.map((t) => t.tag.permalink)).toEqual(['/errors/tags/upstream_llm']);
    const body = exampleBody({
      catalog: catalog!,
      entry: catalog!.codes[0]!,
      mode: 'production',
      suggestion: '',
      format: resolveEnvelope({format: 'camel', request_id_example: 'r', alternatives: []}).formats[0]!,
    });
    expect(JSON.stringify(body)).toContain('"category":"client_errors"');
  });

  it('refuses other characters in a category id, saying which', async () => {
    const {diagnostics} = await withEdit(({category}) => replaceIn(category('client.yaml'), 'id: client', 'id: Client.Errors'));
    expect(diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(
        /client\.yaml:2:\d+ error category\.id: must be a lowercase id of letters, digits, - and _, such as rate-limiting/,
      ),
    );
  });

  it('says when ICU quotes swallow a placeholder, in a message and in its translation', async () => {
    const hint = `'{field}' is quoted text in ICU messages, so readers would see {field} instead of its value; write ''{field}'' to show the value between apostrophes`;
    const source = await withEdit(({category}) =>
      replaceIn(category('client.yaml'), 'message: "Field {field} is invalid"', `message: "Field '{field}' is invalid"`),
    );
    expect(source.diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(/client\.yaml:11:\d+ error codes\[0\]\.message: /),
    );
    expect(source.diagnostics.map((d) => d.message)).toContain(hint);
    // Doubled apostrophes are one apostrophe: the value, between apostrophes, is what the author meant.
    const doubled = await withEdit(({category}) =>
      replaceIn(category('client.yaml'), 'message: "Field {field} is invalid"', `message: "Field ''{field}'' is invalid"`),
    );
    expect(doubled.diagnostics).toEqual([]);
    const translated = await withEdit(({root}) =>
      replaceIn(
        path.join(path.dirname(root), 'locales/ja.yaml'),
        'message: "フィールド {field} が不正です"',
        `message: "フィールド '{field}' が不正です"`,
      ),
    );
    expect(translated.diagnostics.map((d) => d.message)).toEqual([`placeholders differ from the en message: lacks {field} (${hint})`]);
  });

  it('keeps a declared status no code uses, without a warning', async () => {
    const {catalog, diagnostics} = await withEdit(({category}) => replaceIn(category('client.yaml'), 'status: 404', 'status: 400'));
    expect(diagnostics).toEqual([]);
    expect(catalog!.statuses.map((s) => s.status)).toContain(404);
  });

  it('hints at the YAML pitfall of ": " inside an unquoted list item', async () => {
    const {diagnostics} = await withEdit(({category}) =>
      replaceIn(category('client.yaml'), 'causes: [The field is empty.]', 'causes:\n      - Header `X: y` is wrong'),
    );
    expect(diagnostics.map((d) => d.message)).toEqual([
      'must be text, not a mapping (key: value lines) (an unquoted line containing ": " is read as a mapping; quote it)',
    ]);
  });
});
