/** How much of the catalog each locale translates, and what is missing. */
import type {LocalizedText, TranslationStatusPageData} from '../../pageData';
import {translationCoverage} from '../i18n';
import {codeLabel} from '../derive';
import type {Context} from './context';
import {guideLink, prosePageLinks} from './links';
import {statusName} from '../transports';

export function translationStatus(ctx: Context): TranslationStatusPageData {
  const {catalog, paths, byCode, languageName} = ctx;
  const source = catalog.locales[0]!;
  const documents = new Map<string, {title: LocalizedText; permalink: string}>([
    ...catalog.guides.map((g) => [g.slug, guideLink(ctx, g)] as const),
    ...prosePageLinks(ctx).map((link, i) => [catalog.prosePages[i]!.slug, link] as const),
  ]);
  return {
    product: catalog.product.name,
    permalink: paths.translations,
    indexPermalink: paths.index,
    source: {locale: source, language: languageName(source)},
    locales: translationCoverage(catalog).map((coverage) => {
      const groups = new Map<string, {label: string; permalink: string; fields: string[]}>();
      for (const m of coverage.missing) {
        const id = `${m.kind}:${m.key}`;
        if (!groups.has(id)) {
          const label =
            m.kind === 'code' ? codeLabel(byCode.get(m.key)!) : m.kind === 'status' ? statusName(catalog.transport!, Number(m.key)) : m.key;
          const permalink = {
            code: () => paths.code(byCode.get(m.key)!.slug),
            status: () => paths.status(Number(m.key)),
            category: () => paths.category(m.key),
            // Headers of every response: the index is the catalog's own page.
            catalog: () => paths.index,
          }[m.kind]();
          groups.set(id, {label, permalink, fields: []});
        }
        groups.get(id)!.fields.push(m.field);
      }
      const guideLinks = (slugs: string[]) =>
        slugs.map((slug) => {
          const {title, permalink} = documents.get(slug)!;
          return {title, permalink};
        });
      const {guides} = coverage;
      return {
        locale: coverage.locale,
        language: languageName(coverage.locale),
        translated: coverage.translated,
        total: coverage.total,
        missing: [...groups.values()],
        ...(guides.total > 0
          ? {
              guides: {
                total: guides.total,
                translated: guides.translated,
                missing: guideLinks(guides.missing),
                stale: guideLinks(guides.stale),
              },
            }
          : {}),
      };
    }),
  };
}
