/** Cross-checks that a schema cannot express: uniqueness, ranges, references, URLs, placeholders. */
import type {Diagnostic} from './diagnostics';
import {coerce, compare} from 'semver';
import {exampleValues} from './envelope';
import {fieldPath, type EnvelopeFormat} from './envelopeFormat';
import {codeMessages, exampleMisfits, messageField, parseMessage, quotedPlaceholderProblem} from './messages';
import {aliasSegments} from './aliases';
import {segmentProblem} from './paths';
import type {CodeValue} from './schema';
import {diagnosticAt} from './source';
import {statusProblem} from './transports';
import type {Catalog, CodeEntry, SourceRef} from './types';

/** Catalog order: numeric codes ascending, then string codes alphabetically. */
export function compareCodes(a: {code: CodeValue}, b: {code: CodeValue}): number {
  if (typeof a.code === 'number' && typeof b.code === 'number') return a.code - b.code;
  if (typeof a.code === 'number') return -1;
  if (typeof b.code === 'number') return 1;
  return a.code.localeCompare(b.code);
}

const withoutHttp = 'applies only to codes sent over HTTP: catalog.yaml has no envelope';
const withoutStatus = 'applies only to codes with a status: catalog.yaml has no envelope and no transport';

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

/** A header named twice in one list, in any case. */
function headersListedTwice(headers: {name: string}[], ref: SourceRef, path: (string | number)[]): Diagnostic[] {
  const names = headers.map((h) => h.name.toLowerCase());
  return names.flatMap((name, i) =>
    names.indexOf(name) === i ? [] : [at(ref, [...path, i, 'name'], `header ${headers[i]!.name} is listed twice`)],
  );
}

/** A catalog's own envelope: each path once, no value inside another, and the fields a client reads. */
function checkEnvelopeFields(catalog: Catalog, format: EnvelopeFormat): Diagnostic[] {
  const out: Diagnostic[] = [];
  const dotted = format.fields.map((f) => f.path.join('.'));
  format.fields.forEach((field, i) => {
    const first = dotted.indexOf(dotted[i]!);
    if (first !== i) out.push(at(catalog.ref, ['envelope', 'fields', i, 'path'], `${dotted[i]} is already field ${first + 1}`));
    const holder = dotted.findIndex((other) => dotted[i]!.startsWith(`${other}.`));
    if (holder >= 0) {
      out.push(
        at(
          catalog.ref,
          ['envelope', 'fields', i, 'path'],
          `${dotted[holder]} holds a value (field ${holder + 1}), so it has no field ${dotted[i]}`,
        ),
      );
    }
  });
  const carries = (source: string) => format.fields.some((f) => 'from' in f && f.from === source);
  if (!carries('code') && !carries('name')) {
    out.push(at(catalog.ref, ['envelope', 'fields'], 'needs a field from code (or from name): the code a client reads'));
  }
  if (!carries('message')) out.push(at(catalog.ref, ['envelope', 'fields'], 'needs a field from message'));
  return out;
}

/** Each message uses only declared params, each param is used by some message, and no quote hides one. */
function checkPlaceholders(entry: CodeEntry): Diagnostic[] {
  const declared = new Set(Object.keys(entry.params));
  const used = new Set<string>();
  // A param a quote hides is reported at that quote, not as unused.
  const quotedAway = new Set<string>();
  const misfits = new Map<string, Diagnostic>();
  const out: Diagnostic[] = [];
  for (const {variant, text} of codeMessages(entry)) {
    const field = messageField(variant);
    const parsed = parseMessage(text);
    if (!parsed.ok) {
      out.push(at(entry.ref, field, parsed.error));
      // A message that can't be read may use any param: none is called unused.
      for (const name of declared) used.add(name);
      continue;
    }
    for (const name of parsed.placeholders) {
      used.add(name);
      if (!declared.has(name)) out.push(at(entry.ref, field, `placeholder {${name}} is used but not declared in params`));
    }
    for (const name of declared) {
      const quoted = parsed.placeholders.has(name) ? undefined : quotedPlaceholderProblem(text, name);
      if (!quoted) continue;
      quotedAway.add(name);
      out.push(at(entry.ref, field, quoted));
    }
    for (const {name, problem} of exampleMisfits(text, exampleValues(entry))) {
      misfits.set(`${name} ${problem}`, at(entry.ref, ['params', name, 'example'], problem));
    }
  }
  out.push(...misfits.values());
  for (const name of declared) {
    if (used.has(name) || quotedAway.has(name)) continue;
    const where = Object.keys(entry.variants).length > 0 ? 'any message' : 'message';
    out.push(at(entry.ref, ['params', name], `param "${name}" is declared but not used in ${where}`));
  }
  return out;
}

/**
 * What the category files declare, read from their raw data: entries that failed the schema, and what a file with YAML
 * errors still shows, count too.
 */
export interface Declared {
  codes: Set<string>;
  /** Symbolic names, which guides may use for codes. */
  names: Set<string>;
  categories: Set<string>;
  /** Category files that could not be read whole: they may declare what the others refer to. */
  unreadable: string[];
}

/**
 * A reference to a code or category id that no category file declares: an error, or while a category file can't be
 * read, a warning that says so, because that file may declare it. A broken file causes no errors elsewhere.
 */
export function unknownReference(
  set: Set<string>,
  declared: Declared,
  key: string | number,
  what: string,
): {message: string; severity: Diagnostic['severity']} | undefined {
  if (set.has(String(key))) return undefined;
  if (declared.unreadable.length === 0) return {message: `unknown ${what}`, severity: 'error'};
  return {message: `unknown ${what}, unless ${declared.unreadable.join(' or ')}, which can't be read, declares it`, severity: 'warning'};
}

export interface ValidateOptions {
  declared: Declared;
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
    // Codes may share a name (SQLSTATE's null_value_not_allowed is 22004 and 39004), unless the name is what a client reads.
    ...(catalog.envelope?.identifier === 'name'
      ? duplicates(
          codes.filter((c) => c.name !== undefined),
          (c) => c.name!,
          (c, first) =>
            at(
              c.ref,
              ['name'],
              `name ${c.name} is also the name of code ${first.codeText} at ${where(first.ref)}: the envelope sends the name as the code, so a client could not tell them apart`,
            ),
        )
      : []),
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
    // Segment problems by field and reason, so the case variants of one bad code make one error, not one each.
    const refused = new Map<string, {field: (string | number)[]; problem: string; segments: string[]}>();
    for (const segment of aliasSegments(entry)) {
      const key = segment.toLowerCase();
      const other = owner.get(key);
      const problem = segmentProblem(segment);
      if (problem) {
        // A case variant of the code's own URL shares its problem, which the code's check reports.
        if (key === entry.slug) continue;
        const field = entry.aliases.includes(segment)
          ? ['aliases', entry.aliases.indexOf(segment)]
          : key === entry.name?.toLowerCase()
            ? ['name']
            : ['code'];
        const id = `${field.join('.')} ${problem}`;
        const seen = refused.get(id);
        if (seen) seen.segments.push(segment);
        else refused.set(id, {field, problem, segments: [segment]});
      } else if (other && other !== entry) {
        // Codes that share a slug, or a name, are reported as such already.
        if (other.slug !== entry.slug && other.name !== entry.name) clashes.set(other, [...(clashes.get(other) ?? []), segment]);
      } else {
        owner.set(key, entry);
      }
    }
    const written = [entry.codeText, ...(entry.name ? [entry.name] : []), ...entry.aliases];
    for (const {field, problem, segments} of refused.values()) {
      // The spelling the catalog wrote first, then its variants.
      const [first, ...variants] = segments.sort((a, b) => Number(written.includes(b)) - Number(written.includes(a)));
      const also = variants.length > 0 ? ` (and ${variants.map((s) => `/${s}`).join(', ')})` : '';
      out.push(at(entry.ref, field, `URL /${first}${also} of code ${entry.codeText} ${problem}`));
    }
    for (const [other, segments] of clashes) {
      const field = segments.some((s) => entry.aliases.includes(s))
        ? 'aliases'
        : segments.some((s) => s.toLowerCase() === entry.name?.toLowerCase())
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

  // A case-insensitive file system keeps one redirect file of two that differ only in case.
  for (const entry of byCode.values()) {
    out.push(
      ...duplicates(
        entry.aliases.map((alias, i) => ({alias, i})),
        ({alias}) => alias.toLowerCase(),
        ({alias, i}, first) =>
          at(
            entry.ref,
            ['aliases', i],
            `alias ${alias} differs from alias ${first.alias} only in case; keep one (URLs are matched without case)`,
          ),
      ),
    );
  }

  out.push(...replacementCycles(byCode));

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

  const pattern = catalog.documentationUrl;
  const codePatternMisfits = rootValid && pattern?.includes('{code}') ? codes.filter((c) => encodeURIComponent(c.codeText) !== c.slug) : [];
  if (codePatternMisfits.length > 0) {
    out.push(
      at(
        catalog.ref,
        ['documentation_url'],
        `{code} gives URLs that are not the canonical page of ${codePatternMisfits.map((c) => `${c.codeText} (/${c.slug})`).join(', ')}; use {slug}`,
      ),
    );
  }

  const {transport} = catalog;
  if (rootValid && catalog.envelope && transport?.id !== 'http') {
    out.push(at(catalog.ref, ['transport'], 'must be http, or be left out: the envelope describes HTTP responses'));
  }
  if (rootValid && !catalog.envelope && transport?.id === 'http') {
    out.push(at(catalog.ref, ['transport'], 'http needs an envelope: declare the body of error responses under envelope'));
  }
  if (rootValid && !transport && catalog.statuses.length > 0) out.push(at(catalog.ref, ['statuses'], withoutStatus));
  if (rootValid && transport) {
    for (const s of catalog.statuses) {
      const problem = statusProblem(transport, s.status);
      if (problem) out.push(at(s.ref, [], problem));
    }
  }
  if (rootValid && !catalog.envelope) {
    // Without an envelope nothing is an HTTP response, so nothing may describe one.
    if (catalog.headers.length > 0) out.push(at(catalog.ref, ['headers'], withoutHttp));
    for (const s of catalog.statuses) if (s.headers.length > 0) out.push(at(s.ref, ['headers'], withoutHttp));
  }
  if (rootValid && catalog.envelope) {
    const [own, ...alternatives] = catalog.envelope.formats;
    alternatives.forEach(({id}, i) => {
      if (id === own!.id) out.push(at(catalog.ref, ['envelope', 'alternatives', i], `${id} is already the envelope's format`));
      else if (alternatives.findIndex((a) => a.id === id) !== i)
        out.push(at(catalog.ref, ['envelope', 'alternatives', i], `${id} is listed twice`));
    });
    if (own!.id === 'custom') out.push(...checkEnvelopeFields(catalog, own!));
    if (catalog.envelope.retryAfterDetail !== undefined && !fieldPath(own!, 'details')) {
      out.push(at(catalog.ref, ['envelope', 'retry_after_detail'], `the envelope's ${own!.id} format has no field from details`));
    }
  }
  if (rootValid && catalog.retry && catalog.retry.initial_delay_seconds > catalog.retry.max_delay_seconds) {
    out.push(at(catalog.ref, ['retry', 'initial_delay_seconds'], 'must not exceed max_delay_seconds'));
  }

  // A field the API always sends needs its value on every code.
  const alwaysSent = (source: 'name' | 'type') =>
    rootValid && catalog.envelope
      ? catalog.envelope.formats.flatMap((f) => f.fields).find((f) => 'from' in f && f.from === source && !('or' in f))
      : undefined;
  const nameField = alwaysSent('name');
  const typeField = alwaysSent('type');
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
      const slugProblem = entry.slug === '' ? 'is empty: the code has no letter or digit a-z, 0-9' : segmentProblem(entry.slug);
      if (slugProblem) out.push(at(entry.ref, ['code'], `code ${entry.codeText} would get the URL /${entry.slug}, which ${slugProblem}`));
      if (rootValid && transport && entry.status === undefined) {
        const why = catalog.envelope
          ? 'catalog.yaml has an envelope, so the code is sent with an HTTP status'
          : `catalog.yaml declares transport ${transport.id}, so every code has ${transport.statusNoun}`;
        out.push(at(entry.ref, [], `field "status" is required: ${why}`));
      }
      if (rootValid && !transport && entry.status !== undefined) out.push(at(entry.ref, ['status'], withoutStatus));
      if (rootValid && !catalog.envelope) {
        for (const field of ['headers', 'example'] as const) {
          if (Object.keys(entry[field]).length > 0) out.push(at(entry.ref, [field], withoutHttp));
        }
      }
      const statusMisfit = rootValid && transport && entry.status !== undefined && statusProblem(transport, entry.status);
      if (statusMisfit) out.push(at(entry.ref, ['status'], statusMisfit));
      else if (rootValid && transport && entry.status !== undefined && !statuses.has(entry.status)) {
        out.push(at(entry.ref, ['status'], `status ${entry.status} is not declared under statuses in catalog.yaml`));
      }
      if (rootValid && entry.severity !== undefined && !Object.hasOwn(catalog.severities, entry.severity)) {
        const declared = Object.keys(catalog.severities);
        out.push(
          at(
            entry.ref,
            ['severity'],
            `severity "${entry.severity}" is not declared under severities in catalog.yaml${declared.length ? ` (declared: ${declared.join(', ')})` : ''}`,
          ),
        );
      }
      if (nameField && entry.name === undefined) {
        out.push(at(entry.ref, [], `field "name" is required: the envelope's field ${nameField.path.join('.')} carries it`));
      }
      if (typeField && entry.type === undefined) {
        out.push(at(entry.ref, [], `field "type" is required: the envelope's field ${typeField.path.join('.')} carries it`));
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
        else {
          const unknown = unknownReference(options.declared.codes, options.declared, target, `code ${target}`);
          if (unknown) out.push(at(entry.ref, field, unknown.message, unknown.severity));
        }
      }
      if (entry.retryable === 'conditional' && entry.retry_condition === undefined) {
        out.push(at(entry.ref, ['retryable'], 'conditional needs retry_condition: when a retry can succeed'));
      }
      if (entry.retry_condition !== undefined && entry.retryable !== 'conditional') {
        out.push(at(entry.ref, ['retry_condition'], 'applies only with retryable: conditional'));
      }
      const errorsFrom = transport?.errorsFrom;
      if (errorsFrom && entry.status !== undefined && entry.status < errorsFrom.status) {
        out.push(at(entry.ref, ['status'], `status ${entry.status} is not an error: ${errorsFrom.rule}`));
      }
      out.push(...lifecycleOrder(entry));
      if (entry.lifecycle.replaced_by !== undefined && !entry.lifecycle.deprecated && !entry.lifecycle.removed) {
        out.push(at(entry.ref, ['lifecycle', 'replaced_by'], 'replaced_by needs lifecycle.deprecated or lifecycle.removed'));
      }
      out.push(...headersListedTwice(entry.headers, entry.ref, ['headers']));
    }
  }
  if (rootValid) {
    out.push(...headersListedTwice(catalog.headers, catalog.ref, ['headers']));
    for (const status of catalog.statuses) out.push(...headersListedTwice(status.headers, status.ref, ['headers']));
  }
  return out;
}

/** since ≤ deprecated.since ≤ removed.since: a code can't be deprecated before it exists, or removed before deprecated. */
function lifecycleOrder(entry: CodeEntry): Diagnostic[] {
  const {since, deprecated, removed} = entry.lifecycle;
  const events: [string, string, (string | number)[]][] = since ? [['introduced', since, ['lifecycle', 'since']]] : [];
  if (deprecated) events.push(['deprecated', deprecated.since, ['lifecycle', 'deprecated', 'since']]);
  if (removed) events.push(['removed', removed.since, ['lifecycle', 'removed', 'since']]);
  const out: Diagnostic[] = [];
  for (let i = 1; i < events.length; i++) {
    const [earlierEvent, earlier] = events[i - 1]!;
    const [event, version, field] = events[i]!;
    const [a, b] = [coerce(earlier), coerce(version)];
    if (a && b && compare(b, a) < 0) out.push(at(entry.ref, field, `${event} in ${version}, before it was ${earlierEvent} in ${earlier}`));
  }
  return out;
}

/** Codes whose replaced_by chain comes back to them: a reader following "use X instead" would go round forever. */
function replacementCycles(byCode: Map<string, CodeEntry>): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Every entry is walked once: a chain that reaches an entry an earlier walk settled ends there.
  const settled = new Set<CodeEntry>();
  for (const start of byCode.values()) {
    const chain = new Map<CodeEntry, number>();
    let entry: CodeEntry | undefined = start;
    while (entry && !settled.has(entry) && !chain.has(entry)) {
      chain.set(entry, chain.size);
      entry = entry.lifecycle.replaced_by === undefined ? undefined : byCode.get(String(entry.lifecycle.replaced_by));
    }
    if (entry && chain.has(entry)) {
      const loop = [...chain.keys()].slice(chain.get(entry));
      const path = [...loop, entry].map((e) => e.codeText).join(' → ');
      for (const e of loop) out.push(at(e.ref, ['lifecycle', 'replaced_by'], `replaced_by goes round in a circle: ${path}`));
    }
    for (const e of chain.keys()) settled.add(e);
  }
  return out;
}
