import {translate} from '@docusaurus/Translate';
import type {GeneratedGuideId} from '../../pageData';

export function guidesLabel(): string {
  return translate({id: 'errorCatalog.guides.title', message: 'Troubleshooting guides'});
}

/** Titles and one-line descriptions of the generated guides. */
export function generatedGuide(id: GeneratedGuideId): {title: string; description: string} {
  switch (id) {
    case 'http-statuses':
      return {
        title: translate({id: 'errorCatalog.guides.httpStatuses', message: 'HTTP status reference'}),
        description: translate({
          id: 'errorCatalog.guides.httpStatuses.description',
          message: 'Every HTTP status the API returns: what it means, what to check, and its codes.',
        }),
      };
    case 'retries':
      return {
        title: translate({id: 'errorCatalog.guides.retries', message: 'Retry strategy'}),
        description: translate({
          id: 'errorCatalog.guides.retries.description',
          message: 'Which codes to retry, and how long to wait.',
        }),
      };
    case 'quick-reference':
      return {
        title: translate({id: 'errorCatalog.guides.quickReference', message: 'Quick reference'}),
        description: translate({
          id: 'errorCatalog.guides.quickReference.description',
          message: 'Every code and its quick fix in one table.',
        }),
      };
    case 'client-handling':
      return {
        title: translate({id: 'errorCatalog.guides.clientHandling', message: 'Handling errors in client code'}),
        description: translate({
          id: 'errorCatalog.guides.clientHandling.description',
          message: 'TypeScript, Python and curl code that reads the error envelope and retries what can be retried.',
        }),
      };
  }
}
