/** Reading the pages of a built test site. */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';

/** Every HTML file below a directory of the build. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true, withFileTypes: true});
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** A page as Docusaurus wrote it: `<path>.html` with trailingSlash: false, `<path>/index.html` otherwise. */
export async function readPage(outDir: string, urlPath: string): Promise<CheerioAPI> {
  const file = path.join(outDir, urlPath.replace(/^\//, ''));
  return load(await fs.readFile(existsSync(`${file}.html`) ? `${file}.html` : path.join(file, 'index.html'), 'utf8'));
}
