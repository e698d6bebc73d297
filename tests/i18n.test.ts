import {spawnSync} from 'node:child_process';
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {
  buildContent,
  createMarkdownRenderer,
  generatedTextPrefix,
  loadCatalog,
  translationCoverage,
} from '../plugins/docusaurus-plugin-error-catalog/src/model';
import {root, sites} from './sites';

const html = async (outDir: string, urlPath: string) =>
  load(await fs.readFile(path.join(outDir, `${urlPath.replace(/^\//, '')}.html`), 'utf8'));
const message = ($: ReturnType<typeof load>) => $('[data-error-code] [data-field="message"]').text().trim();

describe('the localized demo site', () => {
  const {outDir} = sites.demo;

  it('shows NOT_FOUND in each language exactly as the API sends it', async () => {
    expect(message(await html(outDir, '/es/errors/4000'))).toBe('Recurso no encontrado');
    expect(message(await html(outDir, '/fr/errors/4000'))).toBe('Ressource non trouvée');
    expect(message(await html(outDir, '/de/errors/4000'))).toBe('Ressource nicht gefunden');
    expect(message(await html(outDir, '/ja/errors/4000'))).toBe('リソースが見つかりません');
    expect(message(await html(outDir, '/zh/errors/4000'))).toBe('未找到资源');
  });

  it('lists the message in all six languages on every code page, each marked with its language', async () => {
    const $ = await html(outDir, '/de/errors/4000');
    const rows = $('[data-table="localized-messages"] tr[data-locale]').toArray();
    expect(rows.map((r) => [$(r).attr('data-locale'), $(r).find('td').eq(1).attr('lang'), $(r).find('td').eq(1).text().trim()])).toEqual([
      ['en', 'en', 'Resource not found'],
      ['es', 'es', 'Recurso no encontrado'],
      ['fr', 'fr', 'Ressource non trouvée'],
      ['de', 'de', 'Ressource nicht gefunden'],
      ['ja', 'ja', 'リソースが見つかりません'],
      ['zh', 'zh', '未找到资源'],
    ]);
  });

  it('links every locale of a page with hreflang alternates and sets <html lang>', async () => {
    const $ = await html(outDir, '/ja/errors/2002');
    expect($('html').attr('lang')).toBe('ja');
    const alternates = Object.fromEntries(
      $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((l) => [$(l).attr('hreflang'), $(l).attr('href')]),
    );
    expect(alternates).toEqual({
      en: 'https://docs.llm-copilot-agent.dev/errors/2002',
      es: 'https://docs.llm-copilot-agent.dev/es/errors/2002',
      fr: 'https://docs.llm-copilot-agent.dev/fr/errors/2002',
      de: 'https://docs.llm-copilot-agent.dev/de/errors/2002',
      ja: 'https://docs.llm-copilot-agent.dev/ja/errors/2002',
      zh: 'https://docs.llm-copilot-agent.dev/zh/errors/2002',
      'x-default': 'https://docs.llm-copilot-agent.dev/errors/2002',
    });
  });

  it('translates the plugin’s own labels', async () => {
    const $ = await html(outDir, '/de/errors/2002');
    expect(
      $('#resolution')
        .text()
        .replace(/\u200b/g, ''),
    ).toBe(
      JSON.parse(await fs.readFile(path.join(sites.demo.siteDir, 'plugins/docusaurus-plugin-error-catalog/locales/de.json'), 'utf8'))[
        'errorCatalog.code.resolution'
      ],
    );
  });

  it('publishes one message bundle per locale, equal to the catalog', async () => {
    const catalog = await loadCatalog(sites.demo.catalog);
    const {bundles} = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://docs.example.com'}, await createMarkdownRenderer());
    for (const bundle of bundles) {
      const published = JSON.parse(await fs.readFile(path.join(outDir, `errors/messages.${bundle.locale}.json`), 'utf8'));
      expect(published).toEqual(bundle);
      expect(Object.keys(published.messages)).toHaveLength(81);
    }
    expect(bundles.find((b) => b.locale === 'ja')!.messages['4000']).toBe('リソースが見つかりません');
  });

  it('has a translation-status page with the coverage of each locale', async () => {
    const $ = await html(outDir, '/errors/translations');
    const rows = $('[data-table="translation-coverage"] tr[data-locale]').toArray();
    const coverage = translationCoverage(await loadCatalog(sites.demo.catalog));
    expect(rows.map((r) => [$(r).attr('data-locale'), $(r).find('td').eq(1).text().trim()])).toEqual(
      coverage.map((c) => [c.locale, `${c.translated} / ${c.total}`]),
    );
  });
});

describe('untranslated text', () => {
  const {outDir} = sites.minimal;

  it('shows the English text marked lang="en" with a visible notice, never blank', async () => {
    const $ = await html(outDir, '/ja/errors/101');
    // 101 has no Japanese translation at all.
    const fallbackMessage = $('[data-field="message"] [data-fallback]');
    expect(fallbackMessage.attr('lang')).toBe('en');
    expect(fallbackMessage.text()).toContain('Not found');
    const description = $('#description').parent().find('[data-fallback]');
    expect(description.attr('lang')).toBe('en');
    expect(description.find('[data-fallback-notice]').text()).toBe(
      JSON.parse(await fs.readFile(path.join(sites.demo.siteDir, 'plugins/docusaurus-plugin-error-catalog/locales/ja.json'), 'utf8'))[
        'errorCatalog.fallback.notice'
      ],
    );
  });

  it('marks nothing where a translation exists', async () => {
    const $ = await html(outDir, '/ja/errors/100');
    expect($('[data-field="message"]').text().trim()).toBe('フィールド {field} が不正です');
    expect($('[data-field="message"] [data-fallback]')).toHaveLength(0);
    expect($('main h1 + p [data-fallback]')).toHaveLength(0);
    // Its description is not translated, so only that block carries the notice.
    expect($('#description').parent().find('[data-fallback]').attr('lang')).toBe('en');
  });

  it('shows a translated guide in the page’s language, and an untranslated one in English, marked, with the notice', async () => {
    const translated = await html(outDir, '/ja/errors/guides/throttled');
    expect(translated('html').attr('lang')).toBe('ja');
    expect(translated('article h1').text()).toBe('リクエストが制限される');
    expect(translated('[data-symptoms] li').text().trim()).toBe('30 秒後に再試行してください');
    expect(translated('article .markdown').text()).toContain('リクエストを再送する前に Retry-After を読みます。');
    expect(translated('article [data-fallback]')).toHaveLength(0);

    const untranslated = await html(outDir, '/ja/errors/guides/gone');
    expect(untranslated('html').attr('lang')).toBe('ja');
    const parts = untranslated('article [data-fallback]').toArray();
    // Title, summary, symptoms and body: each in English, each marked.
    expect(parts.map((el) => untranslated(el).attr('lang'))).toEqual(['en', 'en', 'en', 'en']);
    expect(untranslated('article h1 [data-fallback]').text()).toContain('A resource has disappeared');
    expect(untranslated('[data-symptoms]').closest('[data-fallback]').find('[data-fallback-notice]').text()).not.toBe('');
    // The index of guides and the code page say the same.
    const index = await html(outDir, '/ja/errors/guides');
    expect(index('[data-guide="/ja/errors/guides/gone"] h3 [data-fallback]').attr('lang')).toBe('en');
    expect(index('[data-guide="/ja/errors/guides/throttled"] [data-fallback]')).toHaveLength(0);
  });

  it('marks nothing in the source language but the other languages’ missing messages', async () => {
    const $ = await html(outDir, '/errors/101');
    expect(
      $('main [data-fallback]')
        .toArray()
        .map((el) => $(el).closest('tr').attr('data-locale')),
    ).toEqual(['ja']);
  });
});

describe('docusaurus write-translations', () => {
  it('extracts every label of the plugin, with the plugin’s own translation as the default', async () => {
    const {siteDir} = sites.minimal;
    const i18nDir = path.join(siteDir, 'i18n');
    try {
      const result = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'write-translations', siteDir, '--locale', 'ja'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      expect(result.status, result.stderr).toBe(0);
      const extracted = JSON.parse(await fs.readFile(path.join(i18nDir, 'ja/code.json'), 'utf8')) as Record<string, {message: string}>;
      const shipped = JSON.parse(
        await fs.readFile(path.join(root, 'plugins/docusaurus-plugin-error-catalog/locales/ja.json'), 'utf8'),
      ) as Record<string, string>;
      // The build writes the generated-text labels into code samples itself; the theme renders the rest.
      const rendered = Object.entries(shipped).filter(([id]) => !id.startsWith(generatedTextPrefix));
      for (const [id, message] of rendered) expect(extracted[id]?.message, id).toBe(message);
    } finally {
      await fs.rm(i18nDir, {recursive: true, force: true});
    }
  });
});
