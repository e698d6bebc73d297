import {translate} from '@docusaurus/Translate';
import type {GeneratedGuideId} from '../../pageData';
import {useStatusLabels, type StatusLabels} from './statusLabels';

export function guidesLabel(): string {
  return translate({id: 'errorCatalog.guides.title', message: 'Troubleshooting guides'});
}

/** Titles and one-line descriptions of the generated guides; the status reference's name the catalog's transport. */
export function useGeneratedGuide(): (id: GeneratedGuideId) => {title: string; description: string} {
  const statusLabels = useStatusLabels();
  return (id) => generatedGuide(id, statusLabels);
}

function generatedGuide(id: GeneratedGuideId, statusLabels: StatusLabels): {title: string; description: string} {
  switch (id) {
    case 'statuses':
      return {title: statusLabels.reference, description: statusLabels.referenceDescription};
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
