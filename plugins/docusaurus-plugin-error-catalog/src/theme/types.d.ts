/** The matcher's data modules, written by the plugin at build time (routes.ts) and aliased in configureWebpack. */
declare module '@error-catalog/lookup/*' {
  const data: unknown;
  export default data;
}

declare module '@theme-init/NotFound/Content' {
  import type {Props} from '@theme/NotFound/Content';

  export default function NotFoundContent(props: Props): React.JSX.Element;
}
