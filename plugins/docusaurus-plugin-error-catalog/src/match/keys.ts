/**
 * The keys a pasted text could match, computed as the build files codes under
 * them (model/lookup.ts): identifiers as `#` + the value without case, `-`, `_`
 * and spaces, and whole words of messages, lowercased.
 */
import {identifierFields, identifierOf, jsonFields, mentionsIn, messageFields, parseJsonBody} from './match';
import {idKey, words} from './text';

export function queryKeys(input: string): string[] {
  const text = input.trim();
  const body = parseJsonBody(text);
  const keys = body
    ? jsonFields(body).flatMap(({path, value}) => {
        const key = path.split('.').pop()!;
        return identifierFields.includes(key) ? [idKey(identifierOf(value))] : messageFields.includes(key) ? words(value) : [];
      })
    : // The whole text may be a code, with spaces or without.
      [idKey(text), ...mentionsIn(text).map(({value}) => idKey(value)), ...words(text)];
  return [...new Set(keys)];
}
