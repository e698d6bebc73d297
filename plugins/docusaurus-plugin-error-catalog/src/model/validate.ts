/** Cross-checks that a schema cannot express: uniqueness, ranges, references, URLs, placeholders. */
import type {Diagnostic} from './diagnostics';
import {parseMessage} from './messages';
import {aliasSegments} from './aliases';
import {reservedSegments} from './paths';
import type {CodeValue} from './schema';
import {diagnosticAt} from './source';
import type {Catalog, CodeEntry, SourceRef} from './types';

/** Catalog order: numeric codes ascending, then string codes alphabetically. */
export function compareCodes(a: {code: CodeValue}, b: {code: CodeValue}): number {
  if (typeof a.code === 'number' && typeof b.code === 'number') return a.code - b.code;
  if (typeof a.code === 'number') return -1;
  if (typeof b.code === 'number') return 1;
  return a.code.localeCompare(b.code);
}

function at(ref: SourceRef, field: (string | number)[], message: string, severity: Diagnostic['severity'] = 'error') {
  return diagnosticAt(ref.source, [...ref.path, ...field], message, {severity});
}

function where(ref: SourceRef): string {
  const d = diagnosticAt(ref.source, ref.path, '');
  return `${d.file}:${d.line}:${d.column}`;
}

/** Reports every later holder of a key that an earlier entry already holds. */
function duplicates<T>(items: T[], key: (item: T) => string, report: (item: T, first: T) => Diagnostic): Diagnostic[] {
  const seen = new Map<string, T>();
  const out: Diagnostic[] = [];
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first) out.push(report(item, first));
    else seen.set(k, item);
  }
  return out;
}

function checkPlaceholders(entry: CodeEntry): Diagnostic[] {
  const parsed = parseMessage(entry.message);
  if (!parsed.ok) return [at(entry.ref, ['message'], parsed.error)];
  const declared = new Set(Object.keys(entry.params));
  const out: Diagnostic[] = [];
  for (const name of parsed.placeholders) {
    if (!declared.has(name)) out.push(at(entry.ref, ['message'], `placeholder {${name}} is used but not declared in params`));
  }
  for (const name of declared) {
    if (!parsed.placeholders.has(name)) out.push(at(entry.ref, ['params', name], `param "${name}" is declared but not used in message`));
  }
  return out;
}

export interface ValidateOptions {
  /** Every code written in any readable category file, including entries that failed the schema. */
  declaredCodes: Set<string>;
  /** catalog.yaml passed the schema, so statuses, envelope and URL pattern can be checked. */
  rootValid: boolean;
}

export function validateCatalog(catalog: Catalog, options: ValidateOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const {codes, categories} = catalog;
  const byCode = new Map(codes.map((c) => [c.codeText, c]));

  out.push(
    ...duplicates(
      categories,
      (c) => c.id,
      (c, first) => at(c.ref, ['id'], `duplicate category id "${c.id}", first declared at ${where(first.ref)}`),
    ),
    ...duplicates(
      codes,
      (c) => c.codeText,
      (c, first) => at(c.ref, ['code'], `duplicate code ${c.codeText}, first declared at ${where(first.ref)}`),
    ),
    ...duplicates(
      codes,
      (c) => c.name,
      (c, first) => at(c.ref, ['name'], `duplicate name ${c.name}, also used by code ${first.codeText} at ${where(first.ref)}`),
    ),
    ...duplicates(
      [...byCode.values()],
      (c) => c.slug,
      (c, first) =>
        at(c.ref, ['code'], `code ${c.codeText} would get the same URL (/${c.slug}) as code ${first.codeText} at ${where(first.ref)}`),
    ),
  );

  // Alias URLs (names, case and -/_ variants, former URLs) must each lead to one code; hosts may ignore case.
  const owner = new Map<string, CodeEntry>();
  for (const entry of byCode.values()) owner.set(entry.slug, entry);
  for (const entry of byCode.values()) {
    const clashes = new Map<CodeEntry, string[]>();
    for (const segment of aliasSegments(entry)) {
      const key = segment.toLowerCase();
      const other = owner.get(key);
      if ((reservedSegments as readonly string[]).includes(key)) {
        out.push(at(entry.ref, ['aliases'], `URL /${segment} of code ${entry.codeText} is taken by the ${key} pages`));
      } else if (other && other !== entry) {
        // Codes that share a slug are reported above already.
        if (other.slug !== entry.slug) clashes.set(other, [...(clashes.get(other) ?? []), segment]);
      } else {
        owner.set(key, entry);
      }
    }
    for (const [other, segments] of clashes) {
      const field = segments.some((s) => entry.aliases.includes(s))
        ? 'aliases'
        : segments.some((s) => s.toLowerCase() === entry.name.toLowerCase())
          ? 'name'
          : 'code';
      out.push(
        at(
          entry.ref,
          [field],
          `URLs ${segments.map((s) => `/${s}`).join(', ')} of code ${entry.codeText} would also lead to code ${other.codeText}`,
        ),
      );
    }
  }

  const ranged = categories.filter((c) => c.range).sort((a, b) => a.range!.min - b.range!.min);
  for (let i = 1; i < ranged.length; i++) {
    const prev = ranged[i - 1]!;
    const cur = ranged[i]!;
    if (cur.range!.min <= prev.range!.max) {
      out.push(
        at(
          cur.ref,
          ['range'],
          `range ${cur.range!.min}-${cur.range!.max} overlaps category "${prev.id}" (${prev.range!.min}-${prev.range!.max})`,
        ),
      );
    }
  }

  const {rootValid} = options;
  const statuses = new Set(catalog.statuses.map((s) => s.status));
  const usedStatuses = new Set(codes.map((c) => c.status));
  // Only when every entry passed the schema; otherwise a dropped entry may be the user.
  const allEntriesValid = options.declaredCodes.size === byCode.size;
  for (const s of catalog.statuses) {
    if (allEntriesValid && !usedStatuses.has(s.status))
      out.push(at(s.ref, [], `status ${s.status} is declared but no code uses it`, 'warning'));
  }

  const pattern = catalog.documentationUrl;
  const codePatternMisfits = rootValid && pattern.includes('{code}') ? codes.filter((c) => encodeURIComponent(c.codeText) !== c.slug) : [];
  if (codePatternMisfits.length > 0) {
    out.push(
      at(
        catalog.ref,
        ['documentation_url'],
        `{code} gives URLs that are not the canonical page of ${codePatternMisfits.map((c) => `${c.codeText} (/${c.slug})`).join(', ')}; use {slug}`,
      ),
    );
  }

  if (rootValid) {
    const {format, alternatives} = catalog.envelope;
    alternatives.forEach((alternative, i) => {
      if (alternative === format) out.push(at(catalog.ref, ['envelope', 'alternatives', i], `${format} is already the envelope's format`));
      else if (alternatives.indexOf(alternative) !== i)
        out.push(at(catalog.ref, ['envelope', 'alternatives', i], `${alternative} is listed twice`));
    });
    if (catalog.retry.initial_delay_seconds > catalog.retry.max_delay_seconds) {
      out.push(at(catalog.ref, ['retry', 'initial_delay_seconds'], 'must not exceed max_delay_seconds'));
    }
  }

  const needsType = rootValid && [catalog.envelope.format, ...catalog.envelope.alternatives].includes('openai');
  for (const category of categories) {
    for (const entry of category.codes) {
      if (category.range) {
        if (typeof entry.code !== 'number') {
          out.push(
            at(
              entry.ref,
              ['code'],
              `string code in category "${category.id}", which has a numeric range ${category.range.min}-${category.range.max}`,
            ),
          );
        } else if (entry.code < category.range.min || entry.code > category.range.max) {
          out.push(
            at(entry.ref, ['code'], `code ${entry.code} is outside its category's range ${category.range.min}-${category.range.max}`),
          );
        }
      }
      if ((reservedSegments as readonly string[]).includes(entry.slug)) {
        out.push(at(entry.ref, ['code'], `code ${entry.codeText} would get the URL /${entry.slug}, which the ${entry.slug} pages use`));
      }
      if (rootValid && !statuses.has(entry.status)) {
        out.push(at(entry.ref, ['status'], `status ${entry.status} is not declared under statuses in catalog.yaml`));
      }
      if (needsType && !entry.type) {
        out.push(at(entry.ref, [], 'field "type" is required by the openai envelope'));
      }
      out.push(...checkPlaceholders(entry));
      entry.tags.forEach((tag, i) => {
        if (rootValid && !Object.hasOwn(catalog.tags, tag)) {
          const declared = Object.keys(catalog.tags);
          out.push(
            at(
              entry.ref,
              ['tags', i],
              `tag "${tag}" is not declared under tags in catalog.yaml${declared.length ? ` (declared: ${declared.join(', ')})` : ''}`,
            ),
          );
        }
      });

      const refs: [CodeValue, (string | number)[]][] = entry.related.map((r, i) => [r, ['related', i]]);
      if (entry.lifecycle.replaced_by !== undefined) refs.push([entry.lifecycle.replaced_by, ['lifecycle', 'replaced_by']]);
      for (const [target, field] of refs) {
        if (String(target) === entry.codeText) out.push(at(entry.ref, field, `code ${entry.codeText} refers to itself`));
        else if (!options.declaredCodes.has(String(target))) out.push(at(entry.ref, field, `unknown code ${target}`));
      }
      if (entry.lifecycle.replaced_by !== undefined && !entry.lifecycle.deprecated && !entry.lifecycle.removed) {
        out.push(at(entry.ref, ['lifecycle', 'replaced_by'], 'replaced_by needs lifecycle.deprecated or lifecycle.removed'));
      }
      const headerNames = entry.headers.map((h) => h.name.toLowerCase());
      headerNames.forEach((name, i) => {
        if (headerNames.indexOf(name) !== i)
          out.push(at(entry.ref, ['headers', i, 'name'], `header ${entry.headers[i]!.name} is listed twice`));
      });
    }
  }
  return out;
}
