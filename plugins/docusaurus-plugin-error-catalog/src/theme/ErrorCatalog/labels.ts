import {translate} from '@docusaurus/Translate';
import type {EnvelopeFormatData, Retryable} from '../../pageData';

/** Labels used by more than one page. */
export function errorsLabel(): string {
  return translate({id: 'errorCatalog.breadcrumbs.errors', message: 'Errors'});
}

/** Whether a code is retryable: Yes, No or Under a condition; nothing where the catalog does not say. */
export function retryAnswer(value: Retryable | undefined): string {
  if (value === 'conditional') return translate({id: 'errorCatalog.code.retryable.conditional', message: 'Under a condition'});
  return yesNo(value);
}

/** Yes or No; nothing where the catalog does not say. */
export function yesNo(value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? translate({id: 'errorCatalog.yes', message: 'Yes'}) : translate({id: 'errorCatalog.no', message: 'No'});
}

export function formatRange(range: {min: number; max: number}): string {
  return `${range.min}–${range.max}`;
}

/** The name of an envelope format, for tabs; the API's own format is its default. */
export function formatLabel(format: EnvelopeFormatData, isDefault: boolean): string {
  if (format.contentType === 'application/problem+json')
    return translate({id: 'errorCatalog.format.problem', message: 'RFC 9457 problem+json'});
  return isDefault
    ? translate({id: 'errorCatalog.format.default', message: 'JSON (default)'})
    : translate({id: 'errorCatalog.format.json', message: 'JSON'});
}
