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
 * Indexes the locale's pages as Docusaurus wrote them. Run it before writing other HTML (alias redirects) into the
 * output; the not-found page keeps its content out of the index itself (data-pagefind-ignore).
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
    const written = await index.writeFiles({outputPath: path.join(outDir, 'pagefind')});
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return {pages: added.page_count};
  } finally {
    await pagefind.close();
  }
}
