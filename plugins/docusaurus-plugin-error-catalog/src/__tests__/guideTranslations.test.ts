import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  buildContent,
  createMarkdownRenderer,
  formatCoverage,
  formatDiagnostic,
  guideHash,
  readCatalog,
  translationCoverage,
} from '../model';
import {fixture} from './helpers';

const sourceGuide = `---
title: Requests fail
summary: What to do when requests fail.
symptoms: ['Field email is invalid']
codes: [100, 102]
flow:
  title: Sending again
  start: send
  steps:
    send: {do: Send the request, next: failed}
    failed: {ask: Did it fail with 102?, codes: [102], yes: wait, no: done}
    wait: {end: Wait and send it again, codes: [102]}
    done: {end: Use the response}
---

Read \`error.code\` first.
`;

const japanese = (hash: string, extra = '') => `---
source_hash: ${hash}
title: リクエストが失敗する
summary: リクエストが失敗したときの対処。
symptoms: ['フィールド email が無効です']
flow:
  title: 再送信
  steps:
    send: {do: リクエストを送信する}
    failed: {ask: 102 で失敗しましたか？}
    wait: {end: 待ってから再送信する}
    done: {end: レスポンスを使う}
${extra}---

まず \`error.code\` を読みます。
`;

describe('translated guides', () => {
  let dir: string;
  const write = async (rel: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(dir, rel)), {recursive: true});
    await fs.writeFile(path.join(dir, rel), text);
  };
  const errors = async () => (await readCatalog(dir)).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

  beforeEach(async () => {
    dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'guide-l10n-')), 'cat');
    await fs.cp(fixture('minimal'), dir, {recursive: true});
    // Only this test's guide, so the counts are its own.
    for (const own of ['guides', 'locales/ja']) await fs.rm(path.join(dir, own), {recursive: true});
    await write('guides/requests-fail.md', sourceGuide);
  });
  afterEach(async () => fs.rm(path.dirname(dir), {recursive: true, force: true}));

  it('show the translated title, summary, symptoms, body and flow on the locale’s pages, and the source elsewhere', async () => {
    await write('locales/ja/guides/requests-fail.md', japanese(guideHash(sourceGuide)));
    const {catalog, diagnostics} = await readCatalog(dir);
    expect(diagnostics.filter((d) => d.file.includes('guides')).map(formatDiagnostic)).toEqual([]);
    const md = await createMarkdownRenderer();
    const ja = buildContent(catalog!, {routeBase: '/ja/errors', locale: 'ja', siteUrl: 'https://x.example'}, md);
    const page = ja.guides[0]!;
    expect(page.title).toEqual({value: 'リクエストが失敗する'});
    expect(page.summary).toEqual({value: 'リクエストが失敗したときの対処。'});
    expect(page.symptoms).toEqual({value: ['フィールド email が無効です']});
    expect(page.body.value).toEqual([{html: expect.stringContaining('まず <code>error.code</code> を読みます。')}]);
    expect(page.body.fallback).toBeUndefined();
    expect(page.flow!.fallback).toBeUndefined();
    expect(page.flow!.title).toBe('再送信');
    expect(page.flow!.steps.map((s) => [s.id, s.kind, s.text, s.codes.map((c) => c.code)])).toEqual([
      ['send', 'do', 'リクエストを送信する', []],
      ['failed', 'ask', '102 で失敗しましたか？', [102]],
      ['wait', 'end', '待ってから再送信する', [102]],
      ['done', 'end', 'レスポンスを使う', []],
    ]);
    expect(ja.guidesIndex.guides[0]!.symptoms).toEqual({value: ['フィールド email が無効です']});
    expect(ja.codes.find((c) => c.code === 102)!.guides[0]!.title).toEqual({value: 'リクエストが失敗する'});

    const en = buildContent(catalog!, {routeBase: '/errors', siteUrl: 'https://x.example'}, md);
    expect(en.guides[0]!.title).toEqual({value: 'Requests fail'});
    expect(en.guides[0]!.flow!.steps[0]!.text).toBe('Send the request');
  });

  it('fall back to the source part by part, marked, where a translation or part of it is missing', async () => {
    const md = await createMarkdownRenderer();
    const untranslated = buildContent((await readCatalog(dir)).catalog!, {routeBase: '/ja/errors', locale: 'ja', siteUrl: 'https://x'}, md);
    const page = untranslated.guides[0]!;
    expect(page.title).toEqual({value: 'Requests fail', fallback: true});
    expect(page.symptoms).toEqual({value: ['Field email is invalid'], fallback: true});
    expect(page.body.fallback).toBe(true);
    expect(page.flow!.fallback).toBe(true);
    expect(page.flow!.steps[0]!.text).toBe('Send the request');

    await write('locales/ja/guides/requests-fail.md', `---\nsource_hash: ${guideHash(sourceGuide)}\ntitle: リクエストが失敗する\n---\n`);
    const partial = buildContent((await readCatalog(dir)).catalog!, {routeBase: '/ja/errors', locale: 'ja', siteUrl: 'https://x'}, md);
    const partly = partial.guides[0]!;
    expect(partly.title).toEqual({value: 'リクエストが失敗する'});
    expect(partly.summary).toEqual({value: 'What to do when requests fail.', fallback: true});
    expect(partly.body.fallback).toBe(true);
    expect(partly.flow!.fallback).toBe(true);
  });

  it('fail the check, at each place, where a translation changes the structure of its source guide', async () => {
    await write(
      'locales/ja/guides/requests-fail.md',
      `---
codes: [100]
flow:
  start: failed
  steps:
    send: {ask: 送信しましたか？, next: done}
    failed: {ask: 失敗しましたか？, yes: done, codes: [100]}
    extra: {end: 余分}
    done: {end: 完了}
---

:error[999] を参照。
`,
    );
    await write('locales/ja/guides/no-source.md', japanese(guideHash(sourceGuide)));
    await write('locales/de/guides/requests-fail.md', japanese(guideHash(sourceGuide)));
    await write('locales/en/guides/requests-fail.md', japanese(guideHash(sourceGuide)));
    await write('locales/ja/notes.md', 'stray');
    expect(await errors()).toEqual([
      'cat/locales/de:1:1 error locale de is not listed in catalog.yaml locales (en, ja)',
      'cat/locales/en:1:1 error en is the source language of the catalog; its guides and pages live in guides/ and pages/',
      'cat/locales/ja/guides/no-source.md:2:1 error there is no guides/no-source.md to translate; a translation takes the file name of its source',
      'cat/locales/ja/guides/requests-fail.md:2:8 error codes: differs from the codes of guides/requests-fail.md (100, 102); a translation keeps them or leaves them out',
      'cat/locales/ja/guides/requests-fail.md:4:10 error flow.start: guides/requests-fail.md starts at step "send"; a translation keeps the start or leaves it out',
      'cat/locales/ja/guides/requests-fail.md:6:5 error flow.steps: lacks step "wait" of guides/requests-fail.md; translate its text',
      'cat/locales/ja/guides/requests-fail.md:6:11 error flow.steps.send: step "send" is a `do` step in guides/requests-fail.md: give its text as `do` and nothing else',
      'cat/locales/ja/guides/requests-fail.md:6:33 error flow.steps.send.next: step "send" leads to "failed" in guides/requests-fail.md; a translation keeps its steps\' edges or leaves them out',
      'cat/locales/ja/guides/requests-fail.md:7:34 error flow.steps.failed.yes: step "failed" leads to "wait" in guides/requests-fail.md; a translation keeps its steps\' edges or leaves them out',
      'cat/locales/ja/guides/requests-fail.md:7:47 error flow.steps.failed.codes: differs from the codes of step "failed" in guides/requests-fail.md',
      'cat/locales/ja/guides/requests-fail.md:8:5 error flow.steps.extra: guides/requests-fail.md has no step "extra"; a translation has exactly the source\'s steps',
      'cat/locales/ja/guides/requests-fail.md:12:1 error body: :error[999] names no code of the catalog',
      'cat/locales/ja/notes.md:1:1 error a locale directory holds only guides/ and pages/',
    ]);
  });

  it('count translated, missing and stale guides per locale, and warn with the hash to record', async () => {
    await write('guides/second.md', sourceGuide.replace('Requests fail', 'Second guide'));
    await write('locales/ja/guides/requests-fail.md', japanese('sha256:000000000000'));
    const {catalog, diagnostics} = await readCatalog(dir);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const [ja] = translationCoverage(catalog!);
    expect(ja!.guides).toEqual({total: 2, translated: 1, missing: ['second'], stale: ['requests-fail']});
    expect(formatCoverage(ja!)).toMatch(/; 1\/2 guides translated, 1 missing, 1 stale$/);
    expect(diagnostics.filter((d) => d.severity === 'warning' && d.file.includes('guides')).map(formatDiagnostic)).toEqual([
      `cat/locales/ja/guides/requests-fail.md:2:14 warning source_hash: translates an earlier version of guides/requests-fail.md: bring it up to date, then set source_hash: ${guideHash(sourceGuide)}`,
    ]);

    await write('locales/ja/guides/requests-fail.md', japanese(guideHash(sourceGuide)));
    expect(translationCoverage((await readCatalog(dir)).catalog!)[0]!.guides.stale).toEqual([]);
    // Any edit to the source guide makes its translation stale again; line endings don't.
    await write('guides/requests-fail.md', sourceGuide.replace(/\n/g, '\r\n'));
    expect(translationCoverage((await readCatalog(dir)).catalog!)[0]!.guides.stale).toEqual([]);
    await write('guides/requests-fail.md', sourceGuide.replace('first', 'before anything else'));
    expect(translationCoverage((await readCatalog(dir)).catalog!)[0]!.guides.stale).toEqual(['requests-fail']);
  });
});
