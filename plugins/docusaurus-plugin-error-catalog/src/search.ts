/**
 * Full-text search with Pagefind, run as part of `docusaurus build`: each
 * locale's pages get their own index at <locale base>/pagefind/, which Pagefind
 * splits by <html lang> and segments for Chinese and Japanese.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';

export interface IndexOptions {
  /** The locale's output directory. */
  outDir: string;
  /** Top-level directories holding other locales' builds, left to their own index. */
  otherLocaleDirs: string[];
  /** Runs once Pagefind has read the pages, beside its writing the index: for HTML files it must not read. */
  afterRead?: () => Promise<void>;
}

/** A glob for the locale's own HTML files: every top-level file and directory except other locales' builds. */
async function ownPagesGlob(outDir: string, otherLocaleDirs: string[]): Promise<string> {
  const escape = (name: string) => name.replace(/[\\?*[\]{}<>,:!]/g, '\\$&');
  const entries = (await fs.readdir(outDir, {withFileTypes: true})).filter((e) => !otherLocaleDirs.includes(e.name));
  const patterns = entries.flatMap((e) => {
    if (e.isDirectory()) return [`${escape(e.name)}/**/*.html`];
    return e.name.endsWith('.html') ? [escape(e.name)] : [];
  });
  return `{${patterns.join(',')}}`;
}

/**
 * Indexes the locale's pages as Docusaurus wrote them. Pages that are not content keep it out of the index
 * themselves (data-pagefind-ignore="all"), such as the not-found page, but Pagefind still reads and parses them.
 */
export async function indexSearch({outDir, otherLocaleDirs, afterRead}: IndexOptions): Promise<{pages: number; filesRead: number}> {
  const pagefind = await import('pagefind');
  try {
    const {index, errors} = await pagefind.createIndex({
      // Navigation, footers, the skip link and the error matcher's form repeat on every page, and a doc's table of
      // contents repeats its headings: not content.
      excludeSelectors: [
        'nav',
        'footer',
        '.navbar',
        'a[href="#__docusaurus_skipToContent_fallback"]',
        '[data-error-search]',
        '.theme-doc-toc-mobile',
        '.theme-doc-toc-desktop',
      ],
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Pagefind reads and parses the files itself: about twice as fast as sending it each page over its pipe.
    const added = await index.addDirectory({path: outDir, glob: await ownPagesGlob(outDir, otherLocaleDirs)});
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(outDir, 'pagefind');
    const write = async () => {
      // Pagefind adds files beside an earlier build's, whose hashed names differ: start from none.
      await fs.rm(outputPath, {recursive: true, force: true});
      const written = await index.writeFiles({outputPath});
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    };
    await Promise.all([write(), afterRead?.()]);
    // Pagefind's count is of the files it read, the skipped ones too; each page in the index has a fragment.
    return {pages: (await fs.readdir(path.join(outputPath, 'fragment'))).length, filesRead: added.page_count};
  } finally {
    await pagefind.close();
  }
}
