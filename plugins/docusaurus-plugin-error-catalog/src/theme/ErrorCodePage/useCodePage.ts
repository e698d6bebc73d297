import {useEffect, useReducer} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {readCodePage} from '@error-catalog/code-page-data';
import files from '@error-catalog/code-pages';
import type {CodePageData} from '../../pageData';

/**
 * The data of the code page at `routePath`, from its file: the path below the
 * base URL plus .json, as codePageData.ts names it. In the browser this suspends
 * until the file is fetched, so the page needs a Suspense boundary above it.
 */
export function useCodePage(routePath: string): {page: CodePageData; file: string; url: string} {
  const {baseUrl} = useDocusaurusContext().siteConfig;
  // With trailingSlash: true, Docusaurus gives the route's path with a slash at the end; the file has none.
  const file = `${routePath.slice(baseUrl.length).replace(/\/+$/, '')}.json`;
  const url = `${baseUrl}${files.url}/${file}`;
  const {data, next} = readCodePage(file, url);
  const [, showNext] = useReducer((n: number) => n + 1, 0);
  useEffect(() => void next?.then(showNext), [next]);
  return {page: data as CodePageData, file, url};
}
