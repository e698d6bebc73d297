/** The reference's sections, shown beside each of its pages. */
import type {ReferenceNavData} from '../../pageData';
import type {Context} from './context';
import {categoryRowData, generatedGuides, prosePageLinks} from './links';

export function referenceNav(ctx: Context): ReferenceNavData {
  const {catalog, paths} = ctx;
  return {
    indexPermalink: paths.index,
    categories: catalog.categories.map((c) => {
      const {id, title, permalink, count} = categoryRowData(ctx, c);
      return {id, title, permalink, count};
    }),
    guidesPermalink: paths.guides,
    prosePages: prosePageLinks(ctx),
    generated: generatedGuides(ctx),
    ...(Object.keys(catalog.tags).length > 0 ? {tagsPermalink: paths.tags} : {}),
  };
}
