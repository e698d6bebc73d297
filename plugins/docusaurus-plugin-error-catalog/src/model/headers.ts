/** The headers of an error response, declared for every response, for a status or for one code. */
import type {Header} from './schema';
import type {ResponseHeader} from './types';

/**
 * What a response with a code carries: the catalog's headers, then its status's, then the code's own. A header
 * declared again, in any case, replaces the earlier declaration: a code may say more about its status's Retry-After.
 */
export function responseHeaders(everyResponse: Header[], status: Header[], own: Header[]): ResponseHeader[] {
  const byName = new Map<string, ResponseHeader>();
  const declare = (scope: ResponseHeader['scope']) => (header: Header) => {
    byName.delete(header.name.toLowerCase());
    byName.set(header.name.toLowerCase(), {...header, scope});
  };
  everyResponse.forEach(declare('catalog'));
  status.forEach(declare('status'));
  own.forEach(declare('code'));
  return [...byName.values()];
}
