/**
 * Code pages carry their data outside the bundler. A data module per code made
 * the bundler compile and chunk a module per code: at 10,000 codes, bundling took
 * 18 s and 3.9 GB, against 7 s and 1.9 GB without.
 * Instead, each code page's data is a JSON file that the browser build emits as
 * an asset (in `docusaurus start` too): static rendering reads it from the build
 * output, and the browser fetches it, for hydration as after a navigation.
 */
import {createHash} from 'node:crypto';
import path from 'node:path';
import type {Compiler, WebpackPluginInstance} from 'webpack';
import type {CodePageData} from './pageData';

/** The code pages' data files, by path under the data directory. */
export interface CodePageFiles {
  /** Where the files go below the site's base URL; it names their content hash, so browsers may cache them for good. */
  dir: string;
  files: Map<string, string>;
}

/**
 * The file of the page at `routePath`: its path below the base URL, plus `.json`.
 * The theme (ErrorCodePage/useCodePage.ts) derives the same name from the route.
 */
export const codePageFile = (routePath: string, baseUrl: string) => `${routePath.slice(baseUrl.length)}.json`;

export function codePageFiles(pages: readonly CodePageData[], baseUrl: string): CodePageFiles {
  const hash = createHash('sha256');
  const files = new Map<string, string>();
  for (const page of pages) {
    const json = JSON.stringify(page);
    const file = codePageFile(page.permalink, baseUrl);
    hash.update(file).update('\0').update(json).update('\0');
    files.set(file, json);
  }
  return {dir: `assets/error-catalog/${hash.digest('hex').slice(0, 12)}`, files};
}

/**
 * The generated module that tells the theme where the files are: their URL below
 * the base URL, and for static rendering (`outDir` given) their directory.
 */
export const codePageDataModule = (files: CodePageFiles, outDir?: string) =>
  `export default ${JSON.stringify({url: files.dir, ...(outDir && {dir: path.join(outDir, files.dir)})})};\n`;

/**
 * The browser build's plugin that emits the files as assets; it reads them when the bundler asks, so a catalog edit
 * shows. An edit also renames the directory, so the previous directory's files are removed once the new ones are out:
 * `docusaurus start` keeps its output in memory and would otherwise hold every version of every file.
 */
export function emitCodePageFiles(current: () => CodePageFiles): WebpackPluginInstance {
  const name = 'error-catalog-code-pages';
  return {
    apply(compiler: Compiler) {
      const {RawSource} = compiler.webpack.sources;
      let emitted: CodePageFiles | undefined;
      let superseded: CodePageFiles | undefined;
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
          const files = current();
          if (emitted && emitted.dir !== files.dir) superseded = emitted;
          emitted = files;
          for (const [file, json] of files.files) compilation.emitAsset(path.posix.join(files.dir, file), new RawSource(json));
        });
      });
      compiler.hooks.afterEmit.tapPromise(name, async () => {
        const unlink = compiler.outputFileSystem?.unlink;
        if (!superseded || !unlink) return;
        const {dir, files} = superseded;
        superseded = undefined;
        await Promise.all(
          [...files.keys()].map(
            (file) =>
              new Promise<void>((resolve) =>
                unlink.call(compiler.outputFileSystem, path.join(compiler.outputPath, dir, file), () => resolve()),
              ),
          ),
        );
      });
    },
  };
}
