/**
 * What `docusaurus swizzle` may do with the plugin's components. Pages take only the data the plugin prepared, as
 * props or through useCodePage, so wrapping one is safe; ejecting copies a file whose relative imports (the shared
 * ErrorCatalog parts, the page data types) do not resolve in a site, so it stays unsafe. The route groups are internal.
 */
import type {SwizzleConfig} from '@docusaurus/types';

const pages: Record<string, string> = {
  ErrorCodePage: 'The page of one code',
  ErrorIndexPage: 'The error index, with the paste box',
  ErrorCategoryPage: 'A category and its codes',
  ErrorStatusPage: 'A status (HTTP, gRPC or exit code) and its codes',
  ErrorStatusReferencePage: 'Every status the catalog declares',
  ErrorTranslationStatusPage: 'Translation coverage per language',
  ErrorGuidesPage: 'The list of troubleshooting guides',
  ErrorGuidePage: 'One troubleshooting guide',
  ErrorProsePage: 'One prose page of the catalog: an overview, best practices, support',
  ErrorRetriesPage: 'The retry strategy',
  ErrorQuickReferencePage: 'Every code on one table',
  ErrorClientHandlingPage: 'Client code that reads the envelope',
  ErrorTagsPage: 'The list of tags',
  ErrorTagPage: 'A tag and its codes',
  ErrorNotFound: 'The answer for a URL that names no code',
  ErrorSearch: 'The "paste your error" box',
  SearchBar: 'The full-text search box in the navbar',
};

export default function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      ...Object.fromEntries(
        Object.entries(pages).map(([name, description]) => [name, {actions: {wrap: 'safe', eject: 'unsafe'}, description}]),
      ),
      ErrorCatalogRoutes: {actions: {wrap: 'forbidden', eject: 'forbidden'}, description: 'Route groups of the reference (internal)'},
    },
  };
}
