import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  buildContent,
  createMarkdownRenderer,
  formatCoverage,
  formatDiagnostic,
  loadCatalog,
  Localizer,
  readCatalog,
  translationCoverage,
} from '../model';
import {fixture} from './helpers';

async function withLocaleFile(name: string, text: string, catalogEdit?: [string, string]) {
  // Same directory name as the fixture, so diagnostics read minimal/locales/….
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'catalog-')), 'minimal');
  await fs.cp(fixture('minimal'), dir, {recursive: true});
  await fs.writeFile(path.join(dir, 'locales', name), text);
  if (catalogEdit) {
    const file = path.join(dir, 'catalog.yaml');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(...catalogEdit));
  }
  return readCatalog(dir);
}

describe('translations', () => {
  it('fall back to the source language field by field, marked as fallback', async () => {
    const catalog = await loadCatalog(fixture('minimal'));
    const ja = new Localizer(catalog, 'ja');
    const badInput = catalog.codes[0]!;
    expect(ja.code(badInput, 'message')).toEqual({value: 'フィールド {field} が不正です'});
    expect(ja.code(badInput, 'description')).toEqual({value: 'A field failed validation.', fallback: true});
    expect(new Localizer(catalog, 'en').code(badInput, 'description')).toEqual({value: 'A field failed validation.'});
  });

  it('render localized pages: translated text, English fallbacks flagged, plural messages formatted in the locale', async () => {
    const catalog = await loadCatalog(fixture('minimal'));
    const content = buildContent(
      catalog,
      {routeBase: '/ja/errors', locale: 'ja', siteUrl: 'https://docs.example.com'},
      await createMarkdownRenderer(),
    );
    const [badInput, , slowDown] = content.codes;
    expect(badInput!.title).toEqual({value: '不正な入力'});
    expect(badInput!.exampleMessage).toEqual({value: 'フィールド email が不正です'});
    expect(badInput!.causesHtml).toEqual({value: ['フィールドが空です。']});
    expect(badInput!.resolutionHtml).toEqual({value: ['Send a value.'], fallback: true});
    expect(slowDown!.exampleMessage).toEqual({value: '30 秒後に再試行してください'});
    expect(badInput!.localizedMessages).toEqual([
      {locale: 'en', language: '英語', message: {value: 'Field {field} is invalid'}},
      {locale: 'ja', language: '日本語', message: {value: 'フィールド {field} が不正です'}},
    ]);
    expect(JSON.parse(badInput!.examples[0]!.body).error.message).toBe('フィールド email が不正です');
    expect(badInput!.examples[0]!.headers).toContainEqual(['Content-Language', 'ja']);
    expect(content.index.categories[0]!.title).toEqual({value: 'クライアントエラー'});
  });

  it('produce one message bundle per locale, filled with the source text where untranslated', async () => {
    const catalog = await loadCatalog(fixture('minimal'));
    const {bundles} = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
    expect(bundles.map((b) => b.locale)).toEqual(['en', 'ja']);
    expect(bundles[1]).toEqual({
      locale: 'ja',
      sourceLocale: 'en',
      variants: {},
      messages: {
        '100': 'フィールド {field} が不正です',
        '101': 'Not found',
        '102': '{seconds, plural, other {# 秒後に再試行してください}}',
        '104': 'Old limit reached',
      },
      fallback: ['101', '104'],
    });
  });

  it('report coverage per locale, with every missing field', async () => {
    const coverage = translationCoverage(await loadCatalog(fixture('minimal')));
    expect(coverage.map(formatCoverage)).toEqual([
      'ja: 6/35 fields translated (17.1%), 29 missing; 1/2 guides translated, 1 missing, 0 stale',
    ]);
    expect(coverage[0]!.missing).toContainEqual({kind: 'code', key: '101', field: 'message'});
    expect(coverage[0]!.missing).toContainEqual({kind: 'code', key: '102', field: 'headers.Retry-After'});
    expect(coverage[0]!.missing).toContainEqual({kind: 'code', key: '104', field: 'lifecycle.removed'});
    expect(coverage[0]!.missing).not.toContainEqual({kind: 'code', key: '100', field: 'title'});
  });
});

describe('broken translations', () => {
  it('fail when a message loses or adds a placeholder, naming file:line and the difference', async () => {
    const {catalog, diagnostics} = await withLocaleFile(
      'ja.yaml',
      'locale: ja\ncodes:\n  "100":\n    message: "フィールド {name} が不正です"\n',
    );
    expect(catalog).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'minimal/locales/ja.yaml:4:14 error codes.100.message: placeholders differ from the en message: lacks {field}; has {name}, which the source message does not',
    ]);
  });

  it('fail when a plural message does not parse', async () => {
    const {diagnostics} = await withLocaleFile('ja.yaml', 'locale: ja\ncodes:\n  "102":\n    message: "{seconds, plural, other {# 秒}"\n');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^minimal\/locales\/ja\.yaml:4:14 error codes\.102\.message: not a valid ICU message/),
    ]);
  });

  it('fail on codes, categories and statuses the catalog does not have', async () => {
    const {diagnostics} = await withLocaleFile(
      'ja.yaml',
      'locale: ja\ncategories:\n  server: {title: サーバー}\nstatuses:\n  "500": {meaning: 失敗}\ncodes:\n  "999": {title: 不明}\n',
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'minimal/locales/ja.yaml:3:3 error categories.server: unknown category "server"',
      'minimal/locales/ja.yaml:5:3 error statuses.500: status 500 is not declared in catalog.yaml',
      'minimal/locales/ja.yaml:7:3 error codes.999: unknown code 999',
    ]);
  });

  it('fail for a locale the catalog does not list, or a file named after another locale', async () => {
    expect((await withLocaleFile('de.yaml', 'locale: de\n')).diagnostics.map(formatDiagnostic)).toEqual([
      'minimal/locales/de.yaml:1:9 error locale: locale de is not listed in catalog.yaml locales (en, ja)',
    ]);
    expect((await withLocaleFile('fr.yaml', 'locale: ja\n')).diagnostics.map(formatDiagnostic)).toEqual([
      'minimal/locales/fr.yaml:1:9 error locale: the file for locale ja must be named ja.yaml',
    ]);
  });
});
