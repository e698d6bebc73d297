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
 * themselves (data-pagefind-ignore="all"): the not-found page and the alias redirects, which the plugin writes
 * while this runs.
 */
export async function indexSearch({outDir, otherLocaleDirs}: IndexOptions): Promise<{pages: number}> {
  const pagefind = await import('pagefind');
  try {
    const {index, errors} = await pagefind.createIndex({
      // Navigation, footers and the error matcher's form repeat on every page: not content.
      excludeSelectors: ['nav', 'footer', '.navbar', '[data-error-search]', '.theme-doc-toc-mobile'],
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Pagefind reads and parses the files itself: about twice as fast as sending it each page over its pipe.
    const added = await index.addDirectory({path: outDir, glob: await ownPagesGlob(outDir, otherLocaleDirs)});
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(outDir, 'pagefind');
    // Pagefind adds files beside an earlier build's, whose hashed names differ: start from none.
    await fs.rm(outputPath, {recursive: true, force: true});
    const written = await index.writeFiles({outputPath});
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind counts every file it read, the skipped ones too; each page in the index has a fragment.
    return {pages: (await fs.readdir(path.join(outputPath, 'fragment'))).length};
  } finally {
    await pagefind.close();
  }
}
