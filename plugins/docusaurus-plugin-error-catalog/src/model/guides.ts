/**
 * Symptom guides: `guides/<slug>.md`, YAML front matter and a Markdown body;
 * their translations are `locales/<locale>/guides/<slug>.md`.
 */
import {createHash} from 'node:crypto';
import type {Diagnostic} from './diagnostics';
import {codePath, envelopeBodySchema, valueAt, wireCode} from './envelopeFormat';
import type {FlowStep, GuideFrontMatter, GuideTranslationFrontMatter} from './schema';
import {diagnosticAt} from './source';
import type {GeneratedGuideId} from '../pageData';
import {transportIds, transports} from './transports';
import {overHttp, type Catalog, type CodeEntry, type HttpCatalog, type SourceRef} from './types';
import type {ErrorReference} from './markdown';
import {unknownReference, type Declared} from './validate';

export const guidesDirName = 'guides';

/**
 * The guides generated from a catalog's entries, and their URL segments: a status reference where codes have a
 * status, and client handling where they are sent over HTTP.
 */
export function generatedGuides(catalog: Catalog): {id: GeneratedGuideId; slug: string}[] {
  return [
    ...(catalog.transport ? [{id: 'statuses' as const, slug: catalog.transport.referenceSlug}] : []),
    {id: 'retries', slug: 'retries'},
    {id: 'quick-reference', slug: 'quick-reference'},
    ...(overHttp(catalog) ? [{id: 'client-handling' as const, slug: 'client-handling'}] : []),
  ];
}

/** Slugs a guide file may not take: those of the generated guides of any catalog. */
export const reservedGuideSlugs: readonly string[] = [
  ...transportIds.map((id) => transports[id].referenceSlug),
  'retries',
  'quick-reference',
  'client-handling',
];

export type Flow = NonNullable<GuideFrontMatter['flow']>;

/** A Markdown file of the catalog (a guide, a prose page, or a translation of one): its body and where it was read. */
export interface MarkdownFile {
  /** The file name without `.md`: its URL segment among the guides. */
  slug: string;
  /** The Markdown after the front matter; a translation's, when empty, falls back to its source's. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The front matter, for diagnostics. */
  ref: SourceRef;
  /** The body's `:error[…]` references, each of which must name a code. */
  references: ErrorReference[];
}

export interface Guide extends GuideFrontMatter, MarkdownFile {
  /** The file's `guideHash`, which its translations record as `source_hash`. */
  hash: string;
}

/** A translation of a guide: its text, and where it was read, for diagnostics and the fallback to the source. */
export interface GuideTranslation extends GuideTranslationFrontMatter, MarkdownFile {
  locale: string;
}

/**
 * What a translation records as `source_hash`: any change to the source file,
 * front matter or body, makes its translations stale. Line endings don't count.
 */
export function guideHash(text: string): string {
  // The prefix keeps YAML from reading an all-digit hash as a number.
  return `sha256:${createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12)}`;
}

/**
 * Splits `---\n<yaml>\n---\n<body>`. The YAML keeps a leading empty line, so
 * its line numbers are the file's.
 */
export function splitFrontMatter(text: string): {yaml: string; body: string; bodyLine: number} | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return {yaml: `\n${match[1]!}`, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length};
}

/**
 * Error bodies shown in guides must be what the API sends: every `json` code
 * block that holds an error response validates against one of the catalog's
 * envelopes, and its code is a catalog code.
 */
export function checkGuideExamples(guides: Pick<Guide, 'body' | 'bodyLine' | 'ref'>[], catalog: HttpCatalog): Diagnostic[] {
  const {formats} = catalog.envelope;
  const wireCodes = new Set(catalog.codes.map((e) => String(wireCode(catalog, e))));
  const out: Diagnostic[] = [];
  for (const guide of guides) {
    const fence = /^[ \t]*```(json|http)[^\n]*\n([\s\S]*?)^[ \t]*```/gm;
    for (let match = fence.exec(guide.body); match; match = fence.exec(guide.body)) {
      const line = guide.bodyLine + guide.body.slice(0, match.index).split('\n').length - 1;
      const language = match[1]!;
      const problem = (message: string): Diagnostic => ({
        severity: 'error',
        file: guide.ref.source.file,
        line,
        column: 1,
        field: 'body',
        message,
      });
      // An http block is a status line and headers, then the body after the first blank line.
      const json = language === 'http' ? /\r?\n\s*\r?\n([\s\S]*)$/.exec(match[2]!)?.[1] : match[2]!;
      if (json === undefined || json.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch (error) {
        out.push(problem(`${language} code block: the body does not parse as JSON: ${(error as Error).message}`));
        continue;
      }
      // An error body is one with the code field of one of the formats.
      const shown = formats.filter((format) => valueAt(value, codePath(format)) !== undefined);
      if (shown.length === 0) continue;
      const fitting = shown.find((format) => envelopeBodySchema(format).safeParse(value).success);
      if (!fitting) {
        const issues = envelopeBodySchema(shown[0]!).safeParse(value).error!.issues;
        const detail = issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
        const names = formats.map((f) => f.id).join(', ');
        out.push(problem(`${language} code block is an error body but matches no envelope of the catalog (${names}): ${detail}`));
        continue;
      }
      const code = valueAt(value, codePath(fitting));
      if (!wireCodes.has(String(code))) out.push(problem(`${language} code block shows code ${String(code)}, which is not in the catalog`));
    }
  }
  return out;
}

/** The steps a step leads to, in reading order: the next step, or yes then no. */
export function stepTargets(step: FlowStep): string[] {
  if ('next' in step) return [step.next];
  if ('ask' in step) return [step.yes, step.no];
  return [];
}

/** Step ids in reading order: depth first from `start`, yes before no. */
export function flowOrder(flow: Flow): string[] {
  const order: string[] = [];
  const visit = (id: string) => {
    const step = flow.steps[id];
    if (!step || order.includes(id)) return;
    order.push(id);
    for (const target of stepTargets(step)) visit(target);
  };
  visit(flow.start);
  return order;
}

function flowProblems(flow: Flow): {path: (string | number)[]; message: string}[] {
  const problems: {path: (string | number)[]; message: string}[] = [];
  const ids = Object.keys(flow.steps);
  if (!flow.steps[flow.start]) problems.push({path: ['flow', 'start'], message: `start names no step; the steps are ${ids.join(', ')}`});
  for (const [id, step] of Object.entries(flow.steps)) {
    for (const key of ['next', 'yes', 'no'] as const) {
      const target = (step as Record<string, unknown>)[key];
      if (typeof target === 'string' && !flow.steps[target])
        problems.push({path: ['flow', 'steps', id, key], message: `step "${target}" does not exist`});
    }
  }
  if (problems.length > 0) return problems;
  const reached = new Set(flowOrder(flow));
  for (const id of ids) {
    if (!reached.has(id))
      problems.push({path: ['flow', 'steps', id], message: `step "${id}" cannot be reached from start "${flow.start}"`});
  }
  // A step must lead to an end, or readers following it loop for ever.
  const ending = new Set(ids.filter((id) => 'end' in flow.steps[id]!));
  for (let grew = true; grew;) {
    grew = false;
    for (const id of ids) {
      if (!ending.has(id) && stepTargets(flow.steps[id]!).some((t) => ending.has(t))) {
        ending.add(id);
        grew = true;
      }
    }
  }
  for (const id of ids) {
    if (reached.has(id) && !ending.has(id))
      problems.push({path: ['flow', 'steps', id], message: `no path from step "${id}" reaches an end step`});
  }
  return problems;
}

/** The body's `:error[…]` references that name no code. */
export function unknownReferences(guide: Pick<Guide, 'references' | 'bodyLine' | 'ref'>, declared: Declared): Diagnostic[] {
  return guide.references.flatMap(({code, line, column}): Diagnostic[] => {
    if (declared.codes.has(code) || declared.names.has(code)) return [];
    const problem = unknownReference(declared.codes, declared, code, `code ${code}`)!;
    const message = `:error[${code}] names no code of the catalog${problem.severity === 'warning' ? ` (unless ${declared.unreadable.join(' or ')} does)` : ''}`;
    return [{severity: problem.severity, file: guide.ref.source.file, line: guide.bodyLine + line - 1, column, field: 'body', message}];
  });
}

/** The body's `:error[…]` references to a name several codes share: a reader could not tell which code is meant. */
export function ambiguousReferences(documents: Pick<Guide, 'references' | 'bodyLine' | 'ref'>[], codes: CodeEntry[]): Diagnostic[] {
  const holders = new Map<string, string[]>();
  for (const c of codes)
    if (c.name !== undefined && c.namesakes.length > 0) holders.set(c.name, [...(holders.get(c.name) ?? []), c.codeText]);
  const isCode = new Set(codes.map((c) => c.codeText));
  return documents.flatMap((doc) =>
    doc.references.flatMap(({code, line, column}): Diagnostic[] => {
      const shared = holders.get(code);
      if (!shared || isCode.has(code)) return [];
      const message = `:error[${code}] is the name of codes ${shared.join(', ')}: write the code you mean`;
      return [{severity: 'error', file: doc.ref.source.file, line: doc.bodyLine + line - 1, column, field: 'body', message}];
    }),
  );
}

/** Checks what the front matter schema cannot: known codes, unique slugs, a flow that can be followed. */
export function validateGuides(guides: Guide[], declared: Declared): Diagnostic[] {
  const unknown = (guide: Guide, path: (string | number)[], code: string | number) => {
    const problem = unknownReference(declared.codes, declared, code, `code ${code}`);
    return problem ? [diagnosticAt(guide.ref.source, path, problem.message, {severity: problem.severity})] : [];
  };
  const out: Diagnostic[] = [];
  const at = (guide: Guide, path: (string | number)[], message: string) => diagnosticAt(guide.ref.source, path, message);
  for (const guide of guides) {
    if (reservedGuideSlugs.includes(guide.slug)) {
      out.push(at(guide, [], `guides/${guide.slug}.md would take the URL of the generated ${guide.slug} guide; rename the file`));
    }
    guide.codes.forEach((code, i) => {
      out.push(...unknown(guide, ['codes', i], code));
    });
    out.push(...unknownReferences(guide, declared));
    if (!guide.flow) continue;
    for (const [id, step] of Object.entries(guide.flow.steps)) {
      step.codes?.forEach((code, i) => {
        out.push(...unknown(guide, ['flow', 'steps', id, 'codes', i], code));
      });
    }
    out.push(...flowProblems(guide.flow).map((p) => at(guide, p.path, p.message)));
  }
  return out;
}

const stepKinds = ['do', 'ask', 'end'] as const;
const stepKind = (step: FlowStep) => stepKinds.find((kind) => kind in step)!;
const sameCodes = (a: readonly (string | number)[] | undefined, b: readonly (string | number)[] | undefined) =>
  (a ?? []).map(String).join('\n') === (b ?? []).map(String).join('\n');

/**
 * The file a translation translates, from `bySlug` (the files of `dir`): an error where there is none, and a warning
 * where the translation records another version of it.
 */
export function translatedSource<Source extends {slug: string; hash: string}>(
  t: {slug: string; source_hash?: string; ref: SourceRef},
  bySlug: Map<string, Source>,
  dir: string,
  out: Diagnostic[],
): Source | undefined {
  const source = bySlug.get(t.slug);
  const sourceFile = `${dir}/${t.slug}.md`;
  if (!source) {
    out.push(diagnosticAt(t.ref.source, [], `there is no ${sourceFile} to translate; a translation takes the file name of its source`));
    return undefined;
  }
  if (t.source_hash !== source.hash) {
    const message =
      t.source_hash === undefined
        ? `records no source_hash: once it matches ${sourceFile}, set source_hash: ${source.hash}`
        : `translates an earlier version of ${sourceFile}: bring it up to date, then set source_hash: ${source.hash}`;
    out.push(diagnosticAt(t.ref.source, t.source_hash === undefined ? [] : ['source_hash'], message, {severity: 'warning'}));
  }
  return source;
}

/**
 * A translation must have a source guide and keep its structure: the codes,
 * the flow's start, its step ids, each step's kind, edges and codes. It states
 * them only to repeat them; its references are checked as the source's are.
 */
export function validateGuideTranslations(translations: GuideTranslation[], guides: Guide[], declared: Declared): Diagnostic[] {
  const bySlug = new Map(guides.map((g) => [g.slug, g]));
  const out: Diagnostic[] = [];
  for (const t of translations) {
    const at = (path: (string | number)[], message: string, key?: string) => diagnosticAt(t.ref.source, path, message, {key});
    const source = translatedSource(t, bySlug, guidesDirName, out);
    if (!source) continue;
    const sourceFile = `${guidesDirName}/${t.slug}.md`;
    if (t.codes && !sameCodes(t.codes, source.codes))
      out.push(
        at(['codes'], `differs from the codes of ${sourceFile} (${source.codes.join(', ')}); a translation keeps them or leaves them out`),
      );
    out.push(...unknownReferences(t, declared));
    if (!t.flow) continue;
    if (!source.flow) {
      out.push(at(['flow'], `${sourceFile} has no flow to translate`));
      continue;
    }
    if (t.flow.start !== undefined && t.flow.start !== source.flow.start)
      out.push(
        at(['flow', 'start'], `${sourceFile} starts at step "${source.flow.start}"; a translation keeps the start or leaves it out`),
      );
    for (const id of Object.keys(source.flow.steps)) {
      if (!(id in t.flow.steps)) out.push(at(['flow', 'steps'], `lacks step "${id}" of ${sourceFile}; translate its text`));
    }
    for (const [id, step] of Object.entries(t.flow.steps)) {
      const original = source.flow.steps[id];
      if (!original) {
        out.push(at(['flow', 'steps'], `${sourceFile} has no step "${id}"; a translation has exactly the source's steps`, id));
        continue;
      }
      const kind = stepKind(original);
      const texts = stepKinds.filter((k) => step[k] !== undefined);
      if (texts.length !== 1 || texts[0] !== kind)
        out.push(
          at(['flow', 'steps', id], `step "${id}" is a \`${kind}\` step in ${sourceFile}: give its text as \`${kind}\` and nothing else`),
        );
      for (const edge of ['next', 'yes', 'no'] as const) {
        const target = step[edge];
        const expected = (original as Partial<Record<typeof edge, string>>)[edge];
        if (target !== undefined && target !== expected)
          out.push(
            at(
              ['flow', 'steps', id, edge],
              expected === undefined
                ? `step "${id}" has no \`${edge}\` in ${sourceFile}`
                : `step "${id}" leads to "${expected}" in ${sourceFile}; a translation keeps its steps' edges or leaves them out`,
            ),
          );
      }
      if (step.codes && !sameCodes(step.codes, original.codes))
        out.push(at(['flow', 'steps', id, 'codes'], `differs from the codes of step "${id}" in ${sourceFile}`));
    }
  }
  return out;
}

/** Every code a guide involves: its `codes`, then those its flow steps name. */
export function guideCodes(guide: Guide): string[] {
  const flowCodes = guide.flow ? Object.values(guide.flow.steps).flatMap((s) => s.codes ?? []) : [];
  return [...new Set([...guide.codes, ...flowCodes].map(String))];
}
