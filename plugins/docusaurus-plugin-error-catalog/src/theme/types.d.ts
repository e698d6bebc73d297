/** The matcher's data modules, written by the plugin at build time (routes.ts) and aliased in configureWebpack. */
declare module '@error-catalog/lookup/*' {
  const data: unknown;
  export default data;
}

/** The site's Prism themes as a stylesheet for code samples, written by the plugin (codeColors.ts). */
declare module '@error-catalog/code-colors.module.css' {
  const classes: {readonly sample: string};
  export default classes;
}

declare module '@theme-init/NotFound/Content' {
  import type {Props} from '@theme/NotFound/Content';

  export default function NotFoundContent(props: Props): React.JSX.Element;
}

/** Where the code pages' data files are (codePageData.ts): `url` below the base URL; `dir` on disk, in the server build only. */
declare module '@error-catalog/code-pages' {
  const files: {url: string; dir?: string};
  export default files;
}

/** Code page data: ErrorCodePage/data.server.ts in the server build, data.client.ts in the browser's (aliased by the plugin). */
declare module '@error-catalog/code-page-data' {
  /**
   * The data in `file` below the data directory; in the browser, fetched from `url` and suspends until it arrives,
   * unless the route's data of an earlier URL is at hand: then that, and `next` settles once `url` is read.
   */
  export function readCodePage(file: string, url: string): {data: unknown; next?: Promise<void>};
}

/** @theme/Mermaid where the site draws Mermaid diagrams, else ErrorCatalog/MermaidUnavailable (aliased by the plugin). */
declare module '@error-catalog/mermaid' {
  export default function Mermaid(props: {value: string}): React.JSX.Element | null;
}
