/**
 * `urls.lock.json` records every URL under the route base ever published and
 * the code it belongs to. Entries are never dropped: a published code cannot be
 * deleted (only marked removed), a retired code cannot be reused, and a URL
 * that once worked must keep leading to the same code.
 */
import {z} from 'zod';
import {publishedSegments} from './aliases';
import type {Diagnostic} from './diagnostics';
import {keyedRecord} from './schema';
import {diagnosticAt, type SourceFile} from './source';
import type {Catalog} from './types';
import {stated} from './stated';

export const lockFileName = 'urls.lock.json';

const lockSchema = z.strictObject({
  $comment: z.string().optional(),
  codes: keyedRecord(
    z.string(),
    z.strictObject({
      name: z.string().optional(),
      /** URL segments under the route base, canonical first. */
      urls: z.array(z.string()).min(1),
      /** The version that removed the code, once it is removed. */
      removed: z.string().optional(),
    }),
  ),
});

export type UrlLock = z.infer<typeof lockSchema>;

export {lockSchema};

/** The lock after this catalog: every previous entry kept, today's codes and URLs added. */
export function updatedLock(catalog: Catalog, previous: UrlLock | undefined): UrlLock {
  const codes: UrlLock['codes'] = {};
  const current = new Map(catalog.codes.map((c) => [c.codeText, c]));
  for (const entry of catalog.codes) {
    const before = previous?.codes[entry.codeText];
    const urls = publishedSegments(entry);
    for (const url of before?.urls ?? []) if (!urls.includes(url)) urls.push(url);
    codes[entry.codeText] = {
      ...stated('name', entry.name),
      urls,
      ...(entry.lifecycle.removed ? {removed: entry.lifecycle.removed.since} : {}),
    };
  }
  // Codes deleted from the catalog stay locked, so the check keeps failing until they are restored.
  for (const [code, locked] of Object.entries(previous?.codes ?? {})) if (!current.has(code)) codes[code] = locked;
  return {
    $comment:
      'Every URL under the error route base ever published, by code. Written by `error-catalog lock`; never edit or delete entries.',
    codes,
  };
}

/** Problems with the catalog against its lock; `unrecorded` are the ones `error-catalog lock` fixes. */
export function checkLock(catalog: Catalog, lock: UrlLock, source: SourceFile): {errors: Diagnostic[]; unrecorded: Diagnostic[]} {
  const errors: Diagnostic[] = [];
  const unrecorded: Diagnostic[] = [];
  const byCode = new Map(catalog.codes.map((c) => [c.codeText, c]));
  const command = '`error-catalog lock` and commit urls.lock.json';

  for (const [code, locked] of Object.entries(lock.codes)) {
    const entry = byCode.get(code);
    if (!entry) {
      errors.push(
        diagnosticAt(
          source,
          ['codes'],
          `code ${code}${locked.name ? ` (${locked.name})` : ''} was published at /${locked.urls[0]}; deleting it breaks that link: restore it and mark it lifecycle.removed`,
          {
            key: code,
          },
        ),
      );
      continue;
    }
    const at = (field: (string | number)[], message: string) => diagnosticAt(entry.ref.source, [...entry.ref.path, ...field], message);
    if (locked.removed && !entry.lifecycle.removed) {
      errors.push(
        at(
          ['lifecycle'],
          `code ${code} was retired in ${locked.removed} (${lockFileName}); a retired code is never reused: give this error a new code`,
        ),
      );
    }
    const served = new Set(publishedSegments(entry));
    for (const url of locked.urls) {
      if (!served.has(url))
        errors.push(at(['aliases'], `URL /${url} was published for code ${code}; keep it working: add "${url}" to aliases`));
    }
    if (entry.lifecycle.removed && !locked.removed)
      unrecorded.push(at(['lifecycle', 'removed'], `the removal of code ${code} is not recorded in ${lockFileName}; run ${command}`));
  }
  for (const entry of catalog.codes) {
    const locked = lock.codes[entry.codeText];
    const missing = publishedSegments(entry).filter((url) => !locked?.urls.includes(url));
    if (missing.length > 0) {
      unrecorded.push(
        diagnosticAt(
          entry.ref.source,
          [...entry.ref.path, 'code'],
          `${locked ? `URLs ${missing.map((u) => `/${u}`).join(', ')} of code ${entry.codeText} are` : `code ${entry.codeText} is`} not recorded in ${lockFileName}; run ${command}`,
        ),
      );
    }
  }
  return {errors, unrecorded};
}
