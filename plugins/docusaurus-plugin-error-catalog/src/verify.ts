/**
 * Checks a built site against the catalog: every code page exists and shows the
 * catalog's facts, and every computed table and count equals what the entries give.
 */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {load as loadHtml, type CheerioAPI} from 'cheerio';
import {
  redirectSegments,
  categoryTable,
  codeCounts,
  distinctName,
  flowOrder,
  guideCodes,
  isCurrent,
  Localizer,
  maxListedRanges,
  publishedSegments,
  readableMessage,
  segmentProblem,
  routePaths,
  statusTable,
  type Catalog,
} from './model';

export interface Mismatch {
  url: string;
  field: string;
  expected: string;
  actual: string;
}

export function formatMismatch(m: Mismatch): string {
  return `${m.url} ${m.field}: expected ${JSON.stringify(m.expected)}, found ${JSON.stringify(m.actual)}`;
}

type Page = CheerioAPI;
type Scope = ReturnType<CheerioAPI>;

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text a reader sees as the value, without the "not translated yet" marker next to it. */
const textOf = (el: Scope) => normalize(el.clone().find('[data-fallback-notice]').remove().end().text());

/** The HTML a static host serves for a URL path, with or without trailing-slash output. */
async function readRaw(buildDir: string, urlPath: string): Promise<string | undefined> {
  const rel = urlPath.replace(/^\/+|\/+$/g, '');
  for (const candidate of [`${rel}.html`, path.join(rel, 'index.html')]) {
    try {
      return await fs.readFile(path.join(buildDir, candidate), 'utf8');
    } catch {
      // try the next layout
    }
  }
  return undefined;
}

async function readPage(buildDir: string, urlPath: string): Promise<Page | undefined> {
  const html = await readRaw(buildDir, urlPath);
  return html === undefined ? undefined : loadHtml(html);
}

/** URL segments of the pages directly under the route base, generated sections excluded. */
async function listPages(buildDir: string, routeBase: string): Promise<string[]> {
  const dir = path.join(buildDir, routeBase);
  const entries = await fs.readdir(dir, {withFileTypes: true}).catch(() => []);
  return (
    entries
      .map((e) =>
        e.isFile() && e.name.endsWith('.html')
          ? e.name.slice(0, -5)
          : e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html'))
            ? e.name
            : '',
      )
      // The build's own pages and files (the sections, the index's index.html without trailingSlash: false) have names
      // no code can take: the same rule check applies.
      .filter((name) => name && !segmentProblem(name))
  );
}

export interface VerifyTarget {
  /** URL path of the error index within the build, e.g. `/errors` or `/ja/errors`. */
  routeBase: string;
  /** The locale those pages were built for; defaults to the catalog's source language. */
  locale?: string;
}

/** Checks one locale's pages; every text the catalog translates is expected in that locale, or its fallback. */
export async function verifySite(
  catalog: Catalog,
  buildDir: string,
  {routeBase, locale = catalog.locales[0]!}: VerifyTarget,
): Promise<Mismatch[]> {
  const paths = routePaths(routeBase);
  const l10n = new Localizer(catalog, locale);
  const out: Mismatch[] = [];
  const expect = (url: string, field: string, expected: string | number, actual: string) => {
    if (String(expected) !== actual) out.push({url, field, expected: String(expected), actual});
  };
  const statusTitle = new Map(catalog.statuses.map((s) => [s.status, s.title]));
  const categoryTitle = new Map(catalog.categories.map((c) => [c.id, l10n.category(c, 'title').value]));
  const template = (entry: Catalog['codes'][number]) => l10n.code(entry, 'message').value;
  const message = (entry: Catalog['codes'][number]) => readableMessage(template(entry));

  const hrefs = ($: Page, selector: string) =>
    $(selector)
      .toArray()
      .map((a) => $(a).attr('href'))
      .join(' ');
  const rowCodes = ($: Page, table: string) =>
    $(`[data-table="${table}"] tr[data-code]`)
      .toArray()
      .map((tr) => $(tr).attr('data-code'))
      .join(' ');

  const pages = new Map<string, Page | undefined>();
  const open = async (url: string) => {
    if (!pages.has(url)) pages.set(url, await readPage(buildDir, url));
    const page = pages.get(url);
    if (!page) out.push({url, field: 'page', expected: 'a page', actual: 'no file in the build'});
    return page;
  };

  /** A list page and the pages that follow it, in order, by their "next" links. */
  const followList = async (url: string): Promise<{url: string; $: Page}[]> => {
    const found: {url: string; $: Page}[] = [];
    for (let next: string | undefined = url; next && found.length <= catalog.codes.length;) {
      const $ = await open(next);
      if (!$) break;
      found.push({url: next, $});
      next = $('[data-pagination] a[data-next]').attr('href');
    }
    return found;
  };

  /** Rows keyed by `data-code` across the pages of a list, each checked for code, name, status/category and message. */
  const checkCodeRows = (url: string, pages: {$: Page}[], codes: Catalog['codes'], column: 'status' | 'category') => {
    const rows = new Map(
      pages.flatMap(({$}) =>
        $('main tr[data-code]')
          .toArray()
          .map((tr) => [$(tr).attr('data-code')!, $(tr)] as const),
      ),
    );
    expect(url, 'code rows', codes.map((c) => c.codeText).join(' '), [...rows.keys()].join(' '));
    for (const c of codes) {
      const row = rows.get(c.codeText);
      if (!row) continue;
      const cell = (name: string) => textOf(row.find(`[data-field="${name}"]`));
      expect(url, `${c.codeText} code`, c.codeText, cell('code'));
      expect(url, `${c.codeText} name`, distinctName(c) ?? '', cell('name'));
      expect(url, `${c.codeText} ${column}`, column === 'status' ? (c.status ?? '') : categoryTitle.get(c.categoryId)!, cell(column));
      expect(url, `${c.codeText} message`, message(c), cell('message'));
    }
  };

  for (const c of catalog.codes) {
    const url = paths.code(c.slug);
    const $ = await open(url);
    if (!$) continue;
    const field = (name: string) => textOf($(`[data-error-code] [data-field="${name}"]`).first());
    expect(url, 'code', c.codeText, field('code'));
    expect(url, 'name', distinctName(c) ?? '', field('name'));
    expect(url, 'status', c.status === undefined ? '' : `${c.status} ${statusTitle.get(c.status)}`, field('status'));
    expect(url, 'category', categoryTitle.get(c.categoryId)!, field('category'));
    expect(url, 'message', message(c), field('message'));
    expect(url, 'message template', message(c) === template(c) ? '' : template(c), field('message-template'));
    const variants = l10n.messages(c).filter((m) => m.variant !== undefined);
    const shownVariants = $('[data-error-code] [data-field="message-variant"]').toArray();
    expect(
      url,
      'message variants',
      variants.map((v) => v.variant).join(' '),
      shownVariants.map((v) => $(v).attr('data-variant')).join(' '),
    );
    for (const [i, v] of variants.entries()) {
      if (shownVariants[i]) expect(url, `message variant ${v.variant}`, readableMessage(v.text.value), textOf($(shownVariants[i])));
    }
    const fallback = l10n.code(c, 'message').fallback ? catalog.locales[0]! : '';
    expect(url, 'message fallback lang', fallback, $('[data-error-code] [data-field="message"] [data-fallback]').attr('lang') ?? '');
    expect(url, '<html lang>', locale, $('html').attr('lang') ?? '');
    const guides = catalog.guides.filter((g) => guideCodes(g).includes(c.codeText)).map((g) => paths.guide(g.slug));
    expect(url, 'guides', guides.join(' '), hrefs($, '[data-error-code] [data-guides] > li > a'));
  }

  // Every alias answers with a redirect page to the canonical one (case variants: see redirectSegments), and no page
  // exists for a code the catalog lacks.
  for (const c of catalog.codes) {
    for (const segment of redirectSegments(c)) {
      const url = paths.code(segment);
      const html = await readRaw(buildDir, url);
      const target = /location\.replace\(("[^"]*")/.exec(html ?? '')?.[1];
      expect(
        url,
        'redirect',
        paths.code(c.slug),
        target ? (JSON.parse(target) as string) : html === undefined ? 'no file in the build' : 'no redirect',
      );
    }
  }
  const known = new Set(catalog.codes.flatMap((c) => publishedSegments(c)));
  // The page hosts serve for unknown URLs (404.html) is no code's page, unless code 404's page took its file.
  const unknownCodePage = (await readPage(buildDir, `${routeBase}/404`))?.('[data-unknown-code-page]').length;
  for (const file of await listPages(buildDir, routeBase)) {
    if (file === '404' && unknownCodePage) continue;
    if (!known.has(file))
      out.push({url: paths.code(file), field: 'page', expected: 'no page: the catalog has no such code', actual: 'a page'});
  }

  const $index = await open(paths.index);
  if ($index) {
    const $ = $index;
    const url = paths.index;
    expect(url, 'total', codeCounts(catalog.codes).current, normalize($('[data-total]').text()));
    const categoryRows = $('[data-table="categories"] tr[data-category]')
      .toArray()
      .map((r) => $(r));
    expect(url, 'category rows', catalog.categories.map((c) => c.id).join(' '), categoryRows.map((r) => r.attr('data-category')).join(' '));
    for (const row of categoryTable(catalog)) {
      const cells = categoryRows.find((r) => r.attr('data-category') === row.id)?.find('td');
      if (!cells) continue;
      expect(url, `category ${row.id} count`, row.count, normalize(cells.eq(2).text()));
      expect(url, `category ${row.id} statuses`, row.statuses.join(', '), normalize(cells.eq(3).text()));
    }
    const statusRows = $('[data-table="status-mapping"] tr[data-status]')
      .toArray()
      .map((r) => $(r));
    const derived = statusTable(catalog);
    expect(url, 'status rows', derived.map((r) => r.status).join(' '), statusRows.map((r) => r.attr('data-status')).join(' '));
    for (const row of derived) {
      const cells = statusRows.find((r) => r.attr('data-status') === String(row.status))?.find('td');
      if (!cells) continue;
      // Too many ranges to read, or none: the cell gives the count (and links to the status page, checked below).
      if (row.ranges.length > maxListedRanges || row.codes.length === 0)
        expect(url, `status ${row.status} codes`, row.codes.length, cells.eq(1).find('[data-code-count]').attr('data-code-count') ?? '');
      else expect(url, `status ${row.status} codes`, row.ranges.join(', '), normalize(cells.eq(1).text()));
    }
    // A catalog too long for one page lists its codes on the category pages, checked below.
    if ($('[data-codes-on-category-pages]').length === 0) {
      checkCodeRows(
        url,
        [{$}],
        catalog.categories.flatMap((c) => c.codes),
        'status',
      );
    }
  }

  for (const category of catalog.categories) {
    const url = paths.category(category.id);
    const pages = await followList(url);
    for (const page of pages) expect(page.url, 'count', category.codes.filter(isCurrent).length, normalize(page.$('[data-count]').text()));
    if (pages.length > 0) checkCodeRows(url, pages, category.codes, 'status');
  }

  const statusOf = new Map(catalog.codes.map((c) => [c.codeText, c.status]));
  for (const row of statusTable(catalog)) {
    const url = paths.status(row.status);
    const pages = await followList(url);
    for (const page of pages) expect(page.url, 'codes', row.ranges.join(', '), normalize(page.$('[data-ranges]').text()));
    const anyCode = catalog.codes.some((c) => c.status === row.status);
    for (const page of pages) expect(page.url, 'says no code has it', String(!anyCode), String(page.$('[data-no-codes]').length > 0));
    const statusGuides = catalog.guides
      .filter((g) => guideCodes(g).some((code) => statusOf.get(code) === row.status))
      .map((g) => paths.guide(g.slug));
    for (const page of pages) expect(page.url, 'guides', statusGuides.join(' '), hrefs(page.$, '[data-status] [data-guides] > li > a'));
    if (pages.length > 0) {
      checkCodeRows(
        url,
        pages,
        catalog.codes.filter((c) => c.status === row.status),
        'category',
      );
    }
  }
  for (const guide of catalog.guides) {
    const url = paths.guide(guide.slug);
    const $ = await open(url);
    if (!$) continue;
    expect(url, 'codes', guideCodes(guide).join(' '), rowCodes($, 'guide-codes'));
    // Each part in this locale, or the source's marked with its language.
    const localized = l10n.guide(guide);
    const langOf = (part: {fallback?: true}) => (part.fallback ? catalog.locales[0]! : '');
    const title = $('article h1').first();
    expect(url, 'title', normalize(localized.title.value), textOf(title));
    expect(url, 'title lang', langOf(localized.title), title.find('[lang]').attr('lang') ?? '');
    const symptoms = $('[data-symptoms]').first();
    const shown = symptoms
      .find('li')
      .toArray()
      .map((li) => normalize($(li).text()));
    expect(url, 'symptoms', localized.symptoms.value.join(' | '), shown.join(' | '));
    expect(url, 'symptoms lang', langOf(localized.symptoms), symptoms.closest('[lang]').not('html').attr('lang') ?? '');
    if (localized.flow) {
      const steps = flowOrder(localized.flow.value).map((id) => {
        const step = localized.flow!.value.steps[id]!;
        return 'do' in step ? step.do : 'ask' in step ? step.ask : step.end;
      });
      const flow = $('[data-flow]').first();
      const shownSteps = flow
        .find('[data-step] > strong')
        .toArray()
        .map((el) => normalize($(el).text()));
      expect(url, 'flow steps', steps.join(' | '), shownSteps.join(' | '));
      expect(url, 'flow lang', langOf(localized.flow), flow.closest('[lang]').not('html').attr('lang') ?? '');
    }
  }
  // Each prose page, in this locale or the source's marked, and in the navigation.
  for (const page of catalog.prosePages) {
    const url = paths.guide(page.slug);
    const $ = await open(url);
    if (!$) continue;
    const {title, body} = l10n.prosePage(page);
    const heading = $('article h1').first();
    expect(url, 'title', normalize(title.value), textOf(heading));
    expect(url, 'title lang', title.fallback ? catalog.locales[0]! : '', heading.find('[lang]').attr('lang') ?? '');
    expect(
      url,
      'body lang',
      body.fallback ? catalog.locales[0]! : '',
      $('[data-document-body]').parent('[data-fallback]').attr('lang') ?? '',
    );
    expect(url, 'navigation', url, $(`[data-nav-guides] a[href="${url}"]`).attr('href') ?? '');
  }

  const $retries = await open(paths.guide('retries'));
  if ($retries && $retries('[data-table="retryable"]').length > 0) {
    const retryable = catalog.codes.filter((c) => isCurrent(c) && c.retryable === true);
    expect(paths.guide('retries'), 'retryable codes', retryable.map((c) => c.codeText).join(' '), rowCodes($retries, 'retryable'));
  }

  const quickReference = await followList(paths.guide('quick-reference'));
  const quickRows = quickReference.flatMap(({$}) =>
    $('[data-table="quick-reference"] tr[data-code]')
      .toArray()
      .map((tr) => $(tr)),
  );
  expect(
    paths.guide('quick-reference'),
    'code rows',
    catalog.codes.map((c) => c.codeText).join(' '),
    quickRows.map((r) => r.attr('data-code')).join(' '),
  );
  for (const [i, row] of quickRows.entries()) {
    const c = catalog.codes[i];
    if (c) expect(paths.guide('quick-reference'), `${c.codeText} status`, c.status ?? '', textOf(row.find('[data-field="status"]')));
  }

  for (const tag of Object.keys(catalog.tags)) {
    const url = paths.tag(tag);
    const pages = await followList(url);
    if (pages.length > 0)
      checkCodeRows(
        url,
        pages,
        catalog.codes.filter((c) => c.tags.includes(tag)),
        'status',
      );
  }
  return out;
}
