/**
 * Files the build publishes beside the pages: message bundles, the JSON
 * export, the JSON Schemas, Markdown twins with llms.txt, and alias redirects.
 * Pure: postBuild only writes what this returns.
 */
import {escapeAttribute, escapeText} from 'entities';
import htmlescape from 'htmlescape';
import type {Catalog, ErrorCatalogContent, MarkdownRenderer} from './model';
import type {LookupExport} from './pageData';
import {catalogExport, catalogJsonSchemas, codeMarkdown, llmsTxt, prosePageMarkdown, routePaths} from './model';

export interface OutputFile {
  /** Path relative to the locale's output directory. */
  path: string;
  content: string;
}

export interface OutputOptions {
  routeBasePath: string;
  /** The locale's public origin, e.g. https://docs.example.com. */
  siteUrl: string;
  /** The locale's baseUrl, e.g. `/` or `/ja/`. */
  baseUrl: string;
  trailingSlash: boolean | undefined;
}

/**
 * A redirect page that works on any static host, keeps the #fragment and is never indexed: search engines are told
 * noindex, and a site search that reads it finds no content.
 */
export function redirectHtml(to: string, title: string, canonicalUrl: string, locale: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(locale)}">
<head>
<meta charset="utf-8">
<title>${escapeText(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeAttribute(canonicalUrl)}">
<script>location.replace(${htmlescape(to)} + location.search + location.hash);</script>
<meta http-equiv="refresh" content="0; url=${escapeAttribute(to)}">
</head>
<body data-pagefind-ignore="all"><p><a href="${escapeAttribute(to)}">${escapeText(title)}</a></p></body>
</html>
`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function outputFiles(catalog: Catalog, content: ErrorCatalogContent, md: MarkdownRenderer, options: OutputOptions): OutputFile[] {
  const base = options.routeBasePath;
  const origin = options.siteUrl.replace(/\/+$/, '');
  const localeBase = `${options.baseUrl.replace(/\/+$/, '')}/${base}`;
  const paths = routePaths(`/${base}`);
  const pageFile = (segment: string) => (options.trailingSlash === false ? `${base}/${segment}.html` : `${base}/${segment}/index.html`);
  return [
    ...content.bundles.map((bundle) => ({path: paths.messages(bundle.locale).slice(1), content: json(bundle)})),
    {path: `${base}/catalog.json`, content: json(catalogExport(catalog, md))},
    // The matcher's data in one file, for the runtime's matchError: what the paste box loads shard by shard.
    {path: `${base}/lookup.json`, content: JSON.stringify({origin, ...content.lookupShards} satisfies LookupExport)},
    ...Object.entries(catalogJsonSchemas()).map(([kind, schema]) => ({path: `${base}/schema/${kind}.schema.json`, content: json(schema)})),
    ...catalog.codes.map((entry, i) => ({
      path: `${base}/${entry.slug}.md`,
      content: codeMarkdown(catalog, entry, content.locale, content.codes[i]!, md),
    })),
    ...catalog.prosePages.map((page) => ({
      path: `${base}/guides/${page.slug}.md`,
      content: prosePageMarkdown(catalog, page, content.locale, md),
    })),
    {path: 'llms.txt', content: llmsTxt(catalog, content.locale, origin, localeBase, md)},
    ...content.redirects.map((r) => ({path: pageFile(r.from), content: redirectHtml(r.to, r.title, origin + r.to, content.locale)})),
  ];
}
