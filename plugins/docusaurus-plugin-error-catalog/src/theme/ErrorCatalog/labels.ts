import {translate} from '@docusaurus/Translate';

/** Labels used by more than one page. */
export function errorsLabel(): string {
  return translate({id: 'errorCatalog.breadcrumbs.errors', message: 'Errors'});
}

export function yesNo(value: boolean): string {
  return value ? translate({id: 'errorCatalog.yes', message: 'Yes'}) : translate({id: 'errorCatalog.no', message: 'No'});
}

export function formatRange(range: {min: number; max: number}): string {
  return `${range.min}–${range.max}`;
}
