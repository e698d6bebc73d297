/**
 * Prose pages: `pages/<slug>.md`, what a reference says besides its codes (an overview, best practices, response
 * fields, support), published beside the guides; their translations are `locales/<locale>/pages/<slug>.md`.
 */
import type {Diagnostic} from './diagnostics';
import {reservedGuideSlugs, guidesDirName, translatedSource, unknownReferences, type Guide, type MarkdownFile} from './guides';
import type {ProsePageFrontMatter, ProsePageTranslationFrontMatter} from './schema';
import {diagnosticAt} from './source';
import type {Declared} from './validate';

export const pagesDirName = 'pages';

export interface ProsePage extends ProsePageFrontMatter, MarkdownFile {
  /** What its translations record as `source_hash`. */
  hash: string;
}

export interface ProsePageTranslation extends ProsePageTranslationFrontMatter, MarkdownFile {
  locale: string;
}

/** A prose page shares the guides' URLs: it may take neither a generated guide's slug nor a written guide's. */
export function validateProsePages(pages: ProsePage[], guides: Guide[], declared: Declared): Diagnostic[] {
  const guideSlugs = new Set(guides.map((g) => g.slug));
  return pages.flatMap((page) => {
    const taken = reservedGuideSlugs.includes(page.slug)
      ? `the generated ${page.slug} guide`
      : guideSlugs.has(page.slug)
        ? `${guidesDirName}/${page.slug}.md`
        : undefined;
    return [
      ...(taken
        ? [diagnosticAt(page.ref.source, [], `${pagesDirName}/${page.slug}.md would take the URL of ${taken}; rename the file`)]
        : []),
      ...unknownReferences(page, declared),
    ];
  });
}

/** A translation must have a source page, and is stale once that page changes. */
export function validateProsePageTranslations(translations: ProsePageTranslation[], pages: ProsePage[], declared: Declared): Diagnostic[] {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const out: Diagnostic[] = [];
  for (const t of translations) {
    if (translatedSource(t, bySlug, pagesDirName, out)) out.push(...unknownReferences(t, declared));
  }
  return out;
}
