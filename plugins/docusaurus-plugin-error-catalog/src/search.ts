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
  /** Output paths (relative to outDir) that are not pages: alias redirects. */
  skip: Set<string>;
}

async function htmlFiles(dir: string, rel = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, rel), {withFileTypes: true});
  const nested = await Promise.all(
    entries.map(async (e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return htmlFiles(dir, child);
      return e.name.endsWith('.html') ? [child] : [];
    }),
  );
  return nested.flat();
}

/** The URL a static host serves a file at, relative to the locale's base. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;

export async function indexSearch({outDir, otherLocaleDirs, skip}: IndexOptions): Promise<{pages: number}> {
  const pagefind = await import('pagefind');
  try {
    const {index, errors} = await pagefind.createIndex({
      // Navigation, footers and the error matcher's form repeat on every page: not content.
      excludeSelectors: ['nav', 'footer', '.navbar', '[data-error-search]', '.theme-doc-toc-mobile'],
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const files = (await htmlFiles(outDir)).filter(
      (f) => f !== '404.html' && !skip.has(f) && !otherLocaleDirs.some((dir) => f.startsWith(`${dir}/`)),
    );
    // Pagefind parses pages in its own process: send a batch of requests at a time, in file order so the index is
    // the same on every build, rather than one request per round trip.
    for (let i = 0; i < files.length; i += 16) {
      const batch = files.slice(i, i + 16);
      const contents = await Promise.all(batch.map((file) => fs.readFile(path.join(outDir, file), 'utf8')));
      const results = await Promise.all(batch.map((file, n) => index.addHTMLFile({url: urlOf(file), content: contents[n]!})));
      results.forEach((added, n) => {
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${batch[n]}: ${added.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({outputPath: path.join(outDir, 'pagefind')});
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return {pages: files.length};
  } finally {
    await pagefind.close();
  }
}
