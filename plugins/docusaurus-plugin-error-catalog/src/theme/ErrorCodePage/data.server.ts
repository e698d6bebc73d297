/**
 * Code page data while rendering static HTML: read from the JSON files that the
 * browser build emitted into the build output (codePageData.ts). The plugin
 * aliases `@error-catalog/code-page-data` here in the server build only.
 */
import {readFileSync} from 'node:fs';
import files from '@error-catalog/code-pages';

export const readCodePage = (file: string): {data: unknown} => ({data: JSON.parse(readFileSync(`${files.dir!}/${file}`, 'utf8'))});
