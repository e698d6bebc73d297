import {promises as fs} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {createMarkdownRenderer} from '../model';
import {errorReferences, isPlainText, renderMarkdownFully} from '../model/markdown';
import type {DocumentPart} from '../pageData';
import {demoCatalog, synaxisCatalog} from './helpers';

/** Every string value in the YAML files of a catalog directory. */
async function catalogStrings(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const e of entries.filter((e) => e.isFile() && e.name.endsWith('.yaml'))) {
    walk(parse(await fs.readFile(path.join(e.parentPath, e.name), 'utf8')));
  }
  return strings;
}

const tricky = [
  'He said "hi" & it is > 3 < 4',
  'Use `retry_after` to wait',
  'www.example.com is down',
  'See https://status.example.com',
  'Write to ops@example.com',
  '1. first',
  '2) second',
  '- dash',
  '+ plus',
  '# heading',
  '> quote',
  '    indented',
  'trailing  ',
  'two\nlines',
  'a | b',
  '~~gone~~',
  '**bold** and _em_',
  '[link](https://example.com)',
  '![img](x.png)',
  'a\\b',
  '&amp; entity',
  '= not a heading',
  'Reason: quota exceeded; retry in 30 s (max 5).',
  '日本語のメッセージ。',
  'Prozentsatz 50 % — „Anführung“',
];

describe('Markdown rendering', () => {
  it('renders syntax-free text exactly as the full pipeline does', async () => {
    const md = await createMarkdownRenderer();
    const [{unified}, {default: remarkParse}, {default: remarkGfm}, {toString}] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
      import('mdast-util-to-string'),
    ]);
    const parser = unified().use(remarkParse).use(remarkGfm);
    const strings = [...(await catalogStrings(demoCatalog)), ...(await catalogStrings(synaxisCatalog)), ...tricky];
    const plain = strings.filter(isPlainText);
    // The shortcut must carry most real fields, or it buys nothing.
    expect(plain.length / strings.length).toBeGreaterThan(0.5);
    for (const text of strings) {
      expect(md.block(text), text).toBe(await renderMarkdownFully(text));
      expect(md.plain(text), text).toBe(toString(parser.parse(text)).replace(/\s+/g, ' ').trim());
    }
    for (const text of tricky.slice(1, 20)) expect(isPlainText(text), text).toBe(false);
  }, 60_000);
});

describe('Markdown documents', () => {
  it('renders a document again when what its inline code links to has changed, and only then', async () => {
    const md = await createMarkdownRenderer();
    const text = 'Retry after `4290`, not after `quota`.';
    const link = (title: string) => (code: string) => (code === '4290' ? {url: '/errors/4290', title} : undefined);
    const first = md.document(text, link('Rate limited'));
    expect(first).toEqual([
      {html: '<p>Retry after <a href="/errors/4290" title="Rate limited"><code>4290</code></a>, not after <code>quota</code>.</p>'},
    ]);
    expect(md.document(text, link('Rate limited'))).toBe(first);
    expect(documentHtml(md.document(text, link('Too many requests')))).toContain('title="Too many requests"');
    // An inline code that had no page gets its link once it has one.
    expect(documentHtml(md.document(text, (code) => ({url: `/errors/${code}`, title: code})))).toContain(
      '<a href="/errors/quota" title="quota">',
    );
  });

  it('gives top-level code blocks apart, with their language and text as written, for the theme to highlight', async () => {
    const md = await createMarkdownRenderer();
    const parts = md.document(
      '## Read it\n\nThe body:\n\n```json\n{"error": {"code": "</code><script>"}}\n```\n\n```\nplain\n```\n\n> ```sh\n> nested\n> ```\n',
      () => undefined,
    );
    expect(parts).toEqual([
      {html: '<h2 id="user-content-read-it">Read it</h2>\n<p>The body:</p>'},
      {code: '{"error": {"code": "</code><script>"}}', language: 'json'},
      {code: 'plain'},
      {html: expect.stringMatching(/^<blockquote>\n<pre><code class="language-sh">nested\n<\/code><\/pre>\n<\/blockquote>$/)},
    ]);
  });
});

/** A document's HTML parts, joined: what the other tests read. */
const documentHtml = (parts: DocumentPart[]) => parts.map((part) => ('html' in part ? part.html : '')).join('');

/** A link or image URL that runs script, in the spellings Markdown allows. */
const scriptLinks = [
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click]( javascript:alert(1) "title")',
  '[click](<javascript:alert(1)>)',
  '<javascript:alert(1)>',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">raw</a>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](https://ok.example)<svg onload=alert(1)>',
];

/** What in an HTML fragment could run: script-like elements, event handlers, and URLs with an unsafe scheme. */
function liveParts(html: string): string[] {
  const $ = load(html, null, false);
  return $('*')
    .toArray()
    .flatMap((el) => [
      ...(['script', 'svg', 'iframe', 'object', 'embed', 'style'].includes(el.tagName) ? [el.tagName] : []),
      ...Object.entries(el.attribs).flatMap(([name, value]) =>
        /^on/i.test(name) || (['href', 'src', 'action', 'formaction'].includes(name) && !/^(https?:|mailto:|[/#.]|[^:]*$)/i.test(value))
          ? [`${name}=${value}`]
          : [],
      ),
    ]);
}

describe('Markdown documents with directives', () => {
  it('links :error[…] as the docs do, and keeps other directive-like text as written', async () => {
    const md = await createMarkdownRenderer();
    const link = (code: string) => (code === '4290' ? {url: '/errors/4290', title: 'Rate limited'} : undefined);
    expect(md.document('See :error[4290], then set key:value and :::note', link)).toEqual([
      {html: '<p>See <a href="/errors/4290" title="Rate limited"><code>4290</code></a>, then set key:value and :::note</p>'},
    ]);
    expect(await errorReferences('Intro.\n\nSee :error[4290] and :error[ nope ].')).toEqual([
      {code: '4290', line: 3, column: 5},
      {code: 'nope', line: 3, column: 22},
    ]);
  });
});

describe('Markdown sanitizing', () => {
  it('keeps no script URL, event handler or raw element in any kind of field', async () => {
    const md = await createMarkdownRenderer();
    for (const text of scriptLinks) {
      for (const html of [md.block(text), md.inline(text), documentHtml(md.document(text, () => undefined))]) {
        expect(liveParts(html), text).toEqual([]);
        // A link the sanitizer emptied is text, so nothing looks like a link that leads nowhere.
        expect(load(html, null, false)('a:not([href])').length, text).toBe(0);
      }
    }
  });

  it('keeps the text of a link whose URL it removed', async () => {
    const md = await createMarkdownRenderer();
    expect(md.block('Open [the console](javascript:alert(1)) now')).toBe('<p>Open the console now</p>');
  });

  it('keeps http, https, mailto, relative and fragment links', async () => {
    const md = await createMarkdownRenderer();
    for (const href of [
      'https://example.com/a?b=1',
      'http://example.com',
      'mailto:ops@example.com',
      '/errors/4000',
      '../x',
      '#resolution',
    ]) {
      expect(md.inline(`[x](${href})`), href).toBe(`<a href="${href}">x</a>`);
    }
  });
});
