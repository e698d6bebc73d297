declare module '@error-catalog/lookup' {
  import type {LookupData} from '../pageData';

  const data: LookupData;
  export default data;
}

declare module '@theme-init/NotFound/Content' {
  import type {Props} from '@theme/NotFound/Content';

  export default function NotFoundContent(props: Props): React.JSX.Element;
}
