/** Tables derived from the entries, so they can never contradict them. */
import type {CodeValue} from './schema';
import {stated} from './stated';
import {hasStatus, type Catalog, type Category, type CodeEntry} from './types';
import {compareCodes} from './validate';

/** A code's name where it says more than the code; a catalog whose names are its codes shows each one once. */
export function distinctName(entry: Pick<CodeEntry, 'codeText' | 'name'>): string | undefined {
  return entry.name === entry.codeText ? undefined : entry.name;
}

/** A code as readers name it: `2001 INVALID_TOKEN`, or `constructor` where the name is the code. */
export function codeLabel(entry: Pick<CodeEntry, 'codeText' | 'name'>): string {
  const name = distinctName(entry);
  return name === undefined ? entry.codeText : `${entry.codeText} ${name}`;
}

/** A code that is still emitted: neither deprecated nor removed. */
export function isCurrent(entry: Pick<CodeEntry, 'lifecycle'>): boolean {
  return !entry.lifecycle.deprecated && !entry.lifecycle.removed;
}

export type Lifecycle = 'current' | 'deprecated' | 'removed';

export function lifecycleState(entry: Pick<CodeEntry, 'lifecycle'>): Lifecycle {
  if (entry.lifecycle.removed) return 'removed';
  return entry.lifecycle.deprecated ? 'deprecated' : 'current';
}

/**
 * Compresses codes into ranges of consecutive integers, string codes listed after:
 * [1000, 1001, 1002, 1004, "x"] → ["1000-1002", "1004", "x"].
 */
export function compressCodeRanges(codes: CodeValue[]): string[] {
  const sorted = [...codes]
    .map((code) => ({code}))
    .sort(compareCodes)
    .map((c) => c.code);
  const out: string[] = [];
  let start: number | undefined;
  let end: number | undefined;
  const flush = () => {
    if (start !== undefined) out.push(start === end ? String(start) : `${start}-${end}`);
    start = end = undefined;
  };
  for (const code of sorted) {
    if (typeof code === 'number') {
      if (end !== undefined && code === end + 1) end = code;
      else {
        flush();
        start = end = code;
      }
    } else {
      flush();
      out.push(code);
    }
  }
  flush();
  return out;
}

export interface StatusRow {
  status: number;
  title: string;
  meaning?: string;
  /** Current codes with this status, in catalog order. */
  codes: CodeValue[];
  ranges: string[];
}

/** The status-mapping table: every declared status, with the current codes that use it, if any. */
export function statusTable(catalog: Catalog): StatusRow[] {
  return catalog.statuses.map((s) => {
    const codes = catalog.codes.filter((c) => c.status === s.status && isCurrent(c)).map((c) => c.code);
    return {status: s.status, title: s.title, ...stated('meaning', s.meaning), codes, ranges: compressCodeRanges(codes)};
  });
}

export interface CategoryRow {
  id: string;
  title: string;
  range?: {min: number; max: number};
  /** Current codes in the category. */
  count: number;
  /** Distinct statuses of its current codes, ascending. */
  statuses: number[];
}

export function categoryRow(category: Category): CategoryRow {
  const current = category.codes.filter(isCurrent);
  return {
    id: category.id,
    title: category.title,
    ...stated('range', category.range),
    count: current.length,
    statuses: [...new Set(current.filter(hasStatus).map((c) => c.status))].sort((a, b) => a - b),
  };
}

export function categoryTable(catalog: Catalog): CategoryRow[] {
  return catalog.categories.map(categoryRow);
}

export interface CodeCounts {
  total: number;
  current: number;
  deprecated: number;
  removed: number;
}

export function codeCounts(codes: Pick<CodeEntry, 'lifecycle'>[]): CodeCounts {
  const counts = {total: codes.length, current: 0, deprecated: 0, removed: 0};
  for (const c of codes) counts[lifecycleState(c)]++;
  return counts;
}
