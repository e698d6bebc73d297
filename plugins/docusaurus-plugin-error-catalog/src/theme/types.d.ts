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
