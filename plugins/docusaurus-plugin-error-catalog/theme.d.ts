/** Types of the theme components the plugin provides, for sites that wrap or re-export them. */
declare module '@theme/ErrorSearchBar' {
  export default function ErrorSearchBar(): import('react').JSX.Element;
}
