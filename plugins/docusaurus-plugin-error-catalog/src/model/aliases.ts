/**
 * The URLs a code answers to besides its canonical page: its symbolic name (unless other codes share it) and
 * its code in upper/lower case with `-` or `_`, plus declared former URLs.
 * People type `/errors/EXPIRED_TOKEN`; published links must keep working.
 */
import type {CodeEntry} from './types';

const urlSafe = /^[A-Za-z0-9._~-]+$/;

function spellings(text: string): string[] {
  const forms = [text, text.toLowerCase(), text.toUpperCase()];
  return forms.flatMap((f) => [f, f.replace(/_/g, '-'), f.replace(/-/g, '_')]);
}

/** Every URL segment that redirects to the entry's page, canonical slug excluded, sorted. */
export function aliasSegments(entry: AliasedEntry): string[] {
  let segments = segmentsOf.get(entry);
  if (!segments) {
    const all = new Set([...(ownName(entry) ? spellings(entry.name!) : []), ...spellings(entry.codeText), ...entry.aliases]);
    all.delete(entry.slug);
    segmentsOf.set(entry, (segments = [...all].filter((s) => urlSafe.test(s)).sort()));
  }
  return segments;
}

type AliasedEntry = Pick<CodeEntry, 'codeText' | 'name' | 'slug' | 'aliases' | 'namesakes'>;

/** Whether the entry's name leads to it: it has one, and no other code shares it. */
const ownName = (entry: AliasedEntry) => entry.name !== undefined && entry.namesakes.length === 0;

/** Validation, the lock, the search data and the redirects all ask for an entry's segments; loaded entries never change. */
const segmentsOf = new WeakMap<AliasedEntry, string[]>();

/** Canonical slug first, then the aliases: every URL segment the entry answers to. */
export function publishedSegments(entry: AliasedEntry): string[] {
  return [entry.slug, ...aliasSegments(entry)];
}

/**
 * The alias segments the build writes redirect files for: one per spelling that differs in more than case, and none
 * that is a case variant of the canonical page, so a case-insensitive file system (macOS, Windows) gets the same site.
 * The spelling kept is the catalog's own (code, alias, name); other case variants are served by the unknown-code page,
 * which finds a code by its code or name in any case.
 */
export function redirectSegments(entry: AliasedEntry): string[] {
  const written = new Set([entry.slug.toLowerCase()]);
  const segments = aliasSegments(entry);
  // The catalog's own spellings first (the code as written, which a {code} documentation_url uses), then the lowercase
  // ones people type.
  const preferred = [
    entry.codeText,
    ...entry.aliases,
    ...(ownName(entry) ? [entry.name!] : []),
    ...segments.filter((s) => s === s.toLowerCase()),
  ];
  return [...preferred.filter((s) => segments.includes(s)), ...segments].filter((segment) => {
    const key = segment.toLowerCase();
    if (written.has(key)) return false;
    written.add(key);
    return true;
  });
}
