import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildContent, createMarkdownRenderer, loadCatalog, type PageSubject} from '../model';
import {optionsSchema, type EditUrlParams} from '../options';
import {pageLinker} from '../pageLinks';
import {demoCatalog, fixture, repoRoot} from './helpers';

const problems = (options: unknown) => {
  const result = optionsSchema.safeParse(options);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('editUrl and feedbackUrl options', () => {
  it('take a base URL or a function, and a URL pattern of known placeholders', () => {
    expect(
      problems({editUrl: 'https://github.com/o/r/edit/main/', feedbackUrl: 'https://github.com/o/r/issues/new?title={title}'}),
    ).toEqual([]);
    expect(problems({editUrl: () => undefined, feedbackUrl: 'mailto:docs@example.com?subject={kind}%20{id}&body={url}'})).toEqual([]);
    expect(problems({editUrl: 'github.com/o/r'})).toEqual(['editUrl: must be an http(s) URL or a function']);
    expect(problems({editUrl: 'javascript:alert(1)//'})).toEqual(['editUrl: must be an http(s) URL or a function']);
    expect(problems({feedbackUrl: 'https://x.example/new?title={code}'})).toEqual([
      'feedbackUrl: may hold only the placeholders {url}, {title}, {id}, {kind}',
    ]);
    expect(problems({feedbackUrl: 'javascript:alert("{title}")'})).toEqual(['feedbackUrl: must be an http(s) or mailto: URL']);
  });
});

describe('pageLinker', () => {
  const subject = (over: Partial<PageSubject> = {}): PageSubject => ({
    kind: 'code',
    id: 'invalid api key',
    title: 'invalid api key <Invalid & "key">',
    url: 'https://docs.example.com/errors/invalid-api-key',
    locale: 'en',
    file: '/site/catalog/categories/auth #1.yaml',
    line: () => 12,
    ...over,
  });

  it('resolves the file against a base URL as a path from the site directory, with the line as a fragment', () => {
    const links = pageLinker({editUrl: 'https://git.example.com/o/r/edit/main/website'}, '/site/website')!;
    expect(links(subject()).editUrl).toBe('https://git.example.com/o/r/edit/main/catalog/categories/auth%20%231.yaml#L12');
    expect(links(subject({file: '/site/website/catalog/guides/g.md', line: () => 1})).editUrl).toBe(
      'https://git.example.com/o/r/edit/main/website/catalog/guides/g.md',
    );
  });

  it('asks a function, and leaves the link out where it answers nothing', () => {
    const seen: EditUrlParams[] = [];
    const links = pageLinker(
      {
        editUrl: (params) => {
          seen.push(params);
          return params.kind === 'code' ? `https://cms.example/${params.locale}/${params.id}` : undefined;
        },
      },
      '/site',
    )!;
    expect(links(subject({locale: 'ja'}))).toEqual({editUrl: 'https://cms.example/ja/invalid api key'});
    expect(links(subject({kind: 'guide'}))).toEqual({});
    expect(seen[0]).toEqual({
      kind: 'code',
      id: 'invalid api key',
      locale: 'ja',
      permalink: '/errors/invalid-api-key',
      filePath: 'catalog/categories/auth #1.yaml',
      line: 12,
    });
  });

  it('fills the feedback pattern with URL-encoded values, and reads no line for it', () => {
    const links = pageLinker({feedbackUrl: 'https://x.example/new?title={title}&body={url}&labels={kind},{id}'}, '/site')!;
    const never = () => {
      throw new Error('the line is read only for edit links');
    };
    const {feedbackUrl} = links(subject({line: never}));
    const query = new URL(feedbackUrl!).searchParams;
    expect(query.get('title')).toBe('invalid api key <Invalid & "key">');
    expect(query.get('body')).toBe('https://docs.example.com/errors/invalid-api-key');
    expect(query.get('labels')).toBe('code,invalid api key');
  });

  it('is absent without either option', () => {
    expect(pageLinker({}, '/site')).toBeUndefined();
  });
});

describe('edit links of a built catalog', () => {
  it.each([
    ['the demo', demoCatalog],
    ['the minimal fixture', fixture('minimal')],
  ])('point each code of %s at the line where its entry starts, and each category, status and guide at its file', async (_, dir) => {
    const catalog = await loadCatalog(dir);
    const editUrl = ({filePath, line}: EditUrlParams) => `https://git.example/${filePath}#${line}`;
    const pageLinks = pageLinker({editUrl}, repoRoot);
    const content = buildContent(catalog, {routeBase: '/errors', siteUrl: 'https://x.example', pageLinks}, await createMarkdownRenderer());
    const target = (url: string | undefined) => {
      const [file, line] = url!.slice('https://git.example/'.length).split('#');
      return {text: readFileSync(path.join(repoRoot, file!), 'utf8').split('\n'), line: Number(line)};
    };
    for (const page of content.codes) {
      const {text, line} = target(page.links?.editUrl);
      expect(page.links?.kind).toBe('code');
      expect(text[line - 1], String(page.code)).toMatch(new RegExp(`^\\s*(- )?code: ['"]?${String(page.code)}['"]?$`));
    }
    for (const page of content.categories) {
      const {text, line} = target(page.links?.editUrl);
      expect([text[line - 1], text[line]], page.category.id).toEqual(['category:', `  id: ${page.category.id}`]);
    }
    for (const page of content.statuses) {
      const {text, line} = target(page.links?.editUrl);
      expect(text[line - 1], String(page.status)).toMatch(new RegExp(`^\\s*['"]?${page.status}['"]?:`));
    }
    for (const page of content.guides) {
      const {text, line} = target(page.links?.editUrl);
      expect([path.basename(page.links!.editUrl!.split('#')[0]!), line, text[0]]).toEqual([`${page.slug}.md`, 1, '---']);
    }
    expect(content.retries).not.toHaveProperty('links');
    expect(content.index).not.toHaveProperty('links');
  });
});
