import {distance} from 'fastest-levenshtein';
import {identifiersOf, normalize} from 'docusaurus-plugin-error-catalog/match';

export interface CodeKey {
  code: string | number;
  name?: string | undefined;
}

/** The code a URL segment spells exactly, ignoring case, `-` and `_`: `expired-token` → EXPIRED_TOKEN. */
export function exactCode<T extends CodeKey>(query: string, codes: T[]): T | undefined {
  const q = normalize(query);
  const matches = codes.filter((c) => identifiersOf(c).includes(q));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The codes nearest to what someone typed: numeric neighbours first for a
 * number, then edit distance to the code or the name (case, `-`, `_` ignored).
 */
export function nearestCodes<T extends CodeKey>(query: string, codes: T[], limit = 5): T[] {
  const q = normalize(query);
  const asNumber = /^\d+$/.test(q) ? Number(q) : undefined;
  return codes
    .map((c) => ({
      c,
      numeric: asNumber !== undefined && typeof c.code === 'number' ? Math.abs(c.code - asNumber) : Infinity,
      text: Math.min(...identifiersOf(c).map((id) => distance(q, id))),
    }))
    .sort((a, b) => a.numeric - b.numeric || a.text - b.text || String(a.c.code).localeCompare(String(b.c.code)))
    .slice(0, limit)
    .map((s) => s.c);
}
