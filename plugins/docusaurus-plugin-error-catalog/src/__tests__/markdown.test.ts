import {promises as fs} from 'node:fs';
import path from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {createMarkdownRenderer} from '../model';
import {isPlainText} from '../model/markdown';
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
    const [{unified}, {default: remarkParse}, {default: remarkGfm}, {default: remarkRehype}, {default: rehypeStringify}, {toString}] =
      await Promise.all([
        import('unified'),
        import('remark-parse'),
        import('remark-gfm'),
        import('remark-rehype'),
        import('rehype-stringify'),
        import('mdast-util-to-string'),
      ]);
    const full = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
    const parser = unified().use(remarkParse).use(remarkGfm);
    const strings = [...(await catalogStrings(demoCatalog)), ...(await catalogStrings(synaxisCatalog)), ...tricky];
    const plain = strings.filter(isPlainText);
    // The shortcut must carry most real fields, or it buys nothing.
    expect(plain.length / strings.length).toBeGreaterThan(0.5);
    for (const text of strings) {
      expect(md.block(text), text).toBe(String(full.processSync(text)).trim());
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
    expect(first).toBe(
      '<p>Retry after <a href="/errors/4290" title="Rate limited"><code>4290</code></a>, not after <code>quota</code>.</p>',
    );
    expect(md.document(text, link('Rate limited'))).toBe(first);
    expect(md.document(text, link('Too many requests'))).toContain('title="Too many requests"');
    // An inline code that had no page gets its link once it has one.
    expect(md.document(text, (code) => ({url: `/errors/${code}`, title: code}))).toContain('<a href="/errors/quota" title="quota">');
  });
});
