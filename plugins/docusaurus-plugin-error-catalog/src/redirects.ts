/** Static redirect pages for code aliases: they work on any static host, keep the #fragment, and are never indexed. */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import type {ErrorCatalogContent} from './model';

export interface Redirect {
  /** URL segment under the route base, e.g. `EXPIRED_TOKEN`. */
  from: string;
  /** The canonical page, e.g. `/ja/errors/2002`. */
  to: string;
  title: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function redirectHtml(redirect: Redirect, canonicalUrl: string, locale: string): string {
  const to = escapeHtml(redirect.to);
  // JSON.stringify cannot close the script element here: targets are URL paths of safe characters.
  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(redirect.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonicalUrl)}">
<script>location.replace(${JSON.stringify(redirect.to)} + location.search + location.hash);</script>
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body><p><a href="${to}">${escapeHtml(redirect.title)}</a></p></body>
</html>
`;
}

/** Writes one page per alias, in the file layout the site's trailingSlash setting gives its pages. */
export async function writeRedirects(
  content: ErrorCatalogContent,
  options: {outDir: string; routeBasePath: string; siteUrl: string; trailingSlash: boolean | undefined},
): Promise<number> {
  const dir = path.join(options.outDir, options.routeBasePath);
  for (const redirect of content.redirects) {
    const file = options.trailingSlash === false ? path.join(dir, `${redirect.from}.html`) : path.join(dir, redirect.from, 'index.html');
    await fs.mkdir(path.dirname(file), {recursive: true});
    await fs.writeFile(file, redirectHtml(redirect, `${options.siteUrl.replace(/\/+$/, '')}${redirect.to}`, content.locale));
  }
  return content.redirects.length;
}
