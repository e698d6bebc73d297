/** The data of the pages that list codes: the index, categories, statuses and tags. */
import type {CategoryPageData, IndexPageData, StatusPageData, TagPageData, TagsIndexPageData} from '../../pageData';
import {codeCounts, statusTable} from '../derive';
import {guideCodes} from '../guides';
import {type Context, listedRanges, mapList, mapText, paginate, subjectLinks, text} from './context';
import {categoryRowData, generatedGuides, guideLink, headerData, prosePageLinks, summary, tagLink} from './links';
import {statusName} from '../transports';

export function statusRows(ctx: Context): IndexPageData['statuses'] {
  const {catalog, paths, l10n} = ctx;
  return statusTable(catalog).map((row) => ({
    status: row.status,
    title: row.title,
    meaning: text(
      l10n.status(
        catalog.statuses.find((s) => s.status === row.status)!,
        'meaning',
      ),
    ),
    ranges: listedRanges(row.ranges),
    count: row.codes.length,
    permalink: paths.status(row.status),
  }));
}

export function indexPage(ctx: Context, statuses: IndexPageData['statuses'], codesPerPage: number): IndexPageData {
  const {catalog, paths, md, l10n, statusPermalinks} = ctx;
  const listsCodes = catalog.codes.length <= codesPerPage;
  return {
    product: catalog.product.name,
    locale: l10n.locale,
    permalink: paths.index,
    counts: codeCounts(catalog.codes),
    listsCodes,
    categories: catalog.categories.map((c) => ({
      ...categoryRowData(ctx, c),
      descriptionHtml: mapText(l10n.category(c, 'description'), md.block),
      codes: listsCodes ? c.codes.map((e) => summary(ctx, e)) : [],
    })),
    statuses,
    statusPermalinks,
    prosePages: prosePageLinks(ctx),
    guides: catalog.guides.map((g) => guideLink(ctx, g)),
    guidesPermalink: paths.guides,
    generatedGuides: generatedGuides(ctx),
  };
}

export function categoryPages(ctx: Context, codesPerPage: number): CategoryPageData[] {
  const {catalog, paths, md, l10n, statusPermalinks} = ctx;
  return catalog.categories.flatMap((c) => {
    const category = {...categoryRowData(ctx, c), descriptionHtml: mapText(l10n.category(c, 'description'), md.block)};
    const codes = c.codes.map((e) => summary(ctx, e));
    const links = subjectLinks(ctx, {kind: 'category', id: c.id, title: category.title.value, permalink: category.permalink, ref: c.ref});
    return paginate(codes, codesPerPage, (n) => paths.listPage(paths.category(c.id), n)).map(({items, pagination}) => ({
      product: catalog.product.name,
      category,
      codes: items,
      pagination,
      statusPermalinks,
      indexPermalink: paths.index,
      ...links,
    }));
  });
}

/** One page, or numbered pages, for each declared status; one that no code uses says so. */
export function statusPages(ctx: Context, codesPerPage: number): StatusPageData[] {
  const {catalog, paths, md, l10n} = ctx;
  const table = statusTable(catalog);
  const categoryTitle = new Map(catalog.categories.map((c) => [c.id, text(l10n.category(c, 'title'))]));
  return catalog.statuses.flatMap((s) => {
    const codes = catalog.codes
      .filter((c) => c.status === s.status)
      .map((e) => ({...summary(ctx, e), category: {title: categoryTitle.get(e.categoryId)!, permalink: paths.category(e.categoryId)}}));
    const page = {
      product: catalog.product.name,
      permalink: paths.status(s.status),
      status: s.status,
      title: s.title,
      meaning: text(l10n.status(s, 'meaning')),
      descriptionHtml: mapText(l10n.status(s, 'description'), md.block),
      troubleshootingHtml: mapList(l10n.status(s, 'troubleshooting'), md.inline),
      headers: s.headers.map((h) => headerData(ctx, h, l10n.statusHeader(s.status, h))),
      ranges: table.find((row) => row.status === s.status)?.ranges ?? [],
      guides: catalog.guides
        .filter((g) => guideCodes(g).some((code) => ctx.byCode.get(code)?.status === s.status))
        .map((g) => guideLink(ctx, g)),
      indexPermalink: paths.index,
      ...subjectLinks(ctx, {
        kind: 'status',
        id: String(s.status),
        title: statusName(catalog.transport!, s.status, s.title),
        permalink: paths.status(s.status),
        ref: s.ref,
      }),
    };
    return paginate(codes, codesPerPage, (n) => paths.listPage(page.permalink, n)).map(({items, pagination}) => ({
      ...page,
      codes: items,
      pagination,
    }));
  });
}

export function tagPages(ctx: Context, codesPerPage: number): {tagsIndex?: TagsIndexPageData; tags: TagPageData[]} {
  const {catalog, paths, md, statusPermalinks} = ctx;
  const ids = Object.keys(catalog.tags);
  if (ids.length === 0) return {tags: []};
  const tagged = new Map(ids.map((id) => [id, catalog.codes.filter((e) => e.tags.includes(id))]));
  return {
    tagsIndex: {
      product: catalog.product.name,
      permalink: paths.tags,
      indexPermalink: paths.index,
      tags: ids.map((id) => ({...tagLink(ctx, id), count: tagged.get(id)!.length})),
    },
    tags: ids.flatMap((id) => {
      const codes = tagged.get(id)!.map((e) => summary(ctx, e));
      const {description} = catalog.tags[id]!;
      const tag = {...tagLink(ctx, id), ...(description ? {descriptionHtml: md.block(description)} : {}), count: codes.length};
      return paginate(codes, codesPerPage, (n) => paths.listPage(tag.permalink, n)).map(({items, pagination}) => ({
        product: catalog.product.name,
        tag,
        codes: items,
        pagination,
        statusPermalinks,
        tagsPermalink: paths.tags,
        indexPermalink: paths.index,
      }));
    }),
  };
}
