/**
 * The keys a pasted text could match, computed as the build files codes under
 * them (model/lookup.ts): identifiers as `#` + the value without case, `-`, `_`
 * and spaces, and whole words of messages, lowercased.
 */
import type {LookupBodyFields} from '../pageData';
import {bodyFieldKind, identifierOf, jsonFields, mentionsIn, parseJsonBody} from './match';
import {idKey, words} from './text';

export function queryKeys(input: string, bodyFields: LookupBodyFields): string[] {
  const text = input.trim();
  const body = parseJsonBody(text);
  const keys = body
    ? jsonFields(body).flatMap(({path, value}) => {
        const kind = bodyFieldKind(path, bodyFields);
        return kind === 'message' ? words(value) : kind ? [idKey(identifierOf(value))] : [];
      })
    : // The whole text may be a code, with spaces or without.
      [idKey(text), ...mentionsIn(text).map(({value}) => idKey(value)), ...words(text)];
  return [...new Set(keys)];
}
