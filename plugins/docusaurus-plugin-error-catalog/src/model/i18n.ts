/**
 * Translations: their cross-checks, the per-field fallback to the source
 * language, and coverage. Translations are keyed by code, category id and
 * status, never by English text.
 */
import type {Diagnostic} from './diagnostics';
import {exampleValues} from './envelope';
import {codeMessages, exampleMisfits, messageField, parseMessage, quotedPlaceholderProblem} from './messages';
import {stated} from './stated';
import type {Flow, Guide, GuideTranslation} from './guides';
import type {ProsePage, ProsePageTranslation} from './prosePages';
import type {Header, LocaleFile} from './schema';
import {diagnosticAt} from './source';
import type {Catalog, Category, CodeEntry, StatusEntry, ResponseHeader, Translation} from './types';
import {unknownReference, type Declared} from './validate';

/** A translated value, or the source-language value marked as a fallback. */
export interface Localized<T> {
  value: T;
  /** Set when the value is the source language because no translation exists. */
  fallback?: true;
}

export const translatableCodeFields = ['title', 'message', 'description', 'causes', 'resolution', 'retry_condition'] as const;
export const translatableCategoryFields = ['title', 'description'] as const;
export const translatableStatusFields = ['meaning', 'description', 'troubleshooting'] as const;

function pick<T>(source: T, translated: T | undefined, isSource: boolean): Localized<T> {
  if (isSource || translated !== undefined) return {value: translated ?? source};
  return {value: source, fallback: true};
}

/** A field in one locale; a field the source catalog leaves out stays out in every locale. */
type LocalizedField<Source, K extends keyof Source> = Localized<NonNullable<Source[K]>> | (undefined extends Source[K] ? undefined : never);

function pickField<Source, K extends keyof Source>(
  source: Source,
  field: K,
  translated: NonNullable<Source[K]> | undefined,
  isSource: boolean,
): LocalizedField<Source, K> {
  const value = source[field];
  return (value === undefined ? undefined : pick(value as NonNullable<Source[K]>, translated, isSource)) as LocalizedField<Source, K>;
}

/** A guide in one locale: each part translated, or the source guide's, marked. */
export interface LocalizedGuide {
  title: Localized<string>;
  summary: Localized<string>;
  symptoms: Localized<string[]>;
  /** Markdown. */
  body: Localized<string>;
  flow?: Localized<Flow>;
}

export interface LocalizedProsePage {
  title: Localized<string>;
  summary?: Localized<string>;
  /** Markdown. */
  body: Localized<string>;
}

/** Reads one locale's view of the catalog, falling back to the source language field by field. */
export class Localizer {
  readonly locale: string;
  private readonly isSource: boolean;
  private readonly file?: LocaleFile;
  private readonly guides: Map<string, GuideTranslation>;
  /** Every code page links its guides: each guide is localized once per locale, not once per link. */
  private readonly localizedGuides = new Map<Guide, LocalizedGuide>();
  private readonly prosePages: Map<string, ProsePageTranslation>;

  constructor(catalog: Catalog, locale: string) {
    this.locale = locale;
    this.isSource = locale === catalog.locales[0];
    this.file = catalog.translations.find((t) => t.locale === locale)?.data;
    this.guides = new Map(catalog.guideTranslations.filter((t) => t.locale === locale).map((t) => [t.slug, t]));
    this.prosePages = new Map(catalog.prosePageTranslations.filter((t) => t.locale === locale).map((t) => [t.slug, t]));
  }

  /** A prose page in this locale: each part translated, or the source page's, marked. */
  prosePage(page: ProsePage): LocalizedProsePage {
    const t = this.prosePages.get(page.slug);
    return {
      title: pick(page.title, t?.title, this.isSource),
      ...(page.summary === undefined ? {} : {summary: pick(page.summary, t?.summary, this.isSource)}),
      body: pick(page.body, t?.body.trim() ? t.body : undefined, this.isSource),
    };
  }

  guide(guide: Guide): LocalizedGuide {
    let localized = this.localizedGuides.get(guide);
    if (!localized) {
      const t = this.guides.get(guide.slug);
      const flow = guide.flow && t?.flow ? translatedFlow(guide.flow, t.flow) : undefined;
      localized = {
        title: pick(guide.title, t?.title, this.isSource),
        summary: pick(guide.summary, t?.summary, this.isSource),
        symptoms: pick(guide.symptoms, t?.symptoms, this.isSource),
        body: pick(guide.body, t?.body.trim() ? t.body : undefined, this.isSource),
        ...(guide.flow ? {flow: pick(guide.flow, flow, this.isSource)} : {}),
      };
      this.localizedGuides.set(guide, localized);
    }
    return localized;
  }

  code<K extends (typeof translatableCodeFields)[number]>(entry: CodeEntry, field: K): LocalizedField<CodeEntry, K> {
    return pickField(entry, field, this.file?.codes[entry.codeText]?.[field] as NonNullable<CodeEntry[K]> | undefined, this.isSource);
  }

  /** The entry's messages in this locale: its main one, then its variants, each translated or marked as a fallback. */
  messages(entry: CodeEntry): {variant?: string; text: Localized<string>}[] {
    const translated = this.file?.codes[entry.codeText];
    return codeMessages(entry).map(({variant, text}) => ({
      ...stated('variant', variant),
      text: pick(text, variant === undefined ? translated?.message : ownValue(translated?.variants, variant), this.isSource),
    }));
  }

  /** The description of one of the entry's placeholders. */
  param(entry: CodeEntry, name: string): Localized<string> {
    return pick(entry.params[name]!.description, this.file?.codes[entry.codeText]?.params?.[name], this.isSource);
  }

  /** The description of a header of a response with the entry's code, translated where the header is declared. */
  header(entry: CodeEntry, header: ResponseHeader): Localized<string> {
    if (header.scope === 'catalog') return this.catalogHeader(header);
    // Only a code with a status has its status's headers.
    if (header.scope === 'status') return this.statusHeader(entry.status!, header);
    return pick(header.description, this.file?.codes[entry.codeText]?.headers?.[header.name], this.isSource);
  }

  /** The description of a header every error response carries. */
  catalogHeader(header: Header): Localized<string> {
    return pick(header.description, this.file?.headers[header.name], this.isSource);
  }

  /** The description of a header every response with the status carries. */
  statusHeader(status: number, header: Header): Localized<string> {
    return pick(header.description, this.file?.statuses[String(status)]?.headers?.[header.name], this.isSource);
  }

  /** The reason an entry was deprecated or removed. */
  lifecycleReason(entry: CodeEntry, event: 'deprecated' | 'removed'): Localized<string> {
    return pick(entry.lifecycle[event]!.reason, this.file?.codes[entry.codeText]?.lifecycle?.[event], this.isSource);
  }

  category<K extends (typeof translatableCategoryFields)[number]>(category: Category, field: K): LocalizedField<Category, K> {
    return pickField(category, field, this.file?.categories[category.id]?.[field] as NonNullable<Category[K]> | undefined, this.isSource);
  }

  status<K extends (typeof translatableStatusFields)[number]>(status: StatusEntry, field: K): LocalizedField<StatusEntry, K> {
    return pickField(
      status,
      field,
      this.file?.statuses[String(status.status)]?.[field] as NonNullable<StatusEntry[K]> | undefined,
      this.isSource,
    );
  }
}

/** The source flow with the translation's texts; validation has made sure the translation has every step. */
function translatedFlow(source: Flow, translation: NonNullable<GuideTranslation['flow']>): Flow {
  const steps = Object.fromEntries(
    Object.entries(source.steps).map(([id, step]) => {
      const text = translation.steps[id];
      if ('do' in step) return [id, {...step, do: text?.do ?? step.do}];
      if ('ask' in step) return [id, {...step, ask: text?.ask ?? step.ask}];
      return [id, {...step, end: text?.end ?? step.end}];
    }),
  );
  return {...source, ...(translation.title ? {title: translation.title} : {}), steps: Object.assign(Object.create(null), steps)};
}

/** Checks each locale file against what the catalog declares; keys a broken file may declare are not called unknown. */
export function validateTranslations(catalog: Catalog, {declared, rootValid}: {declared: Declared; rootValid: boolean}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const codes = new Map(catalog.codes.map((c) => [c.codeText, c]));
  for (const t of catalog.translations) {
    const at = (path: (string | number)[], message: string, key?: string, severity: Diagnostic['severity'] = 'error') =>
      diagnosticAt(t.source, path, message, {key, severity});
    for (const id of Object.keys(t.data.categories)) {
      const unknown = unknownReference(declared.categories, declared, id, `category "${id}"`);
      if (unknown) out.push(at(['categories'], unknown.message, id, unknown.severity));
    }
    const undeclaredHeaders = (path: string[], names: string[], declaredHeaders: {name: string}[], owner: string) => {
      for (const name of names) {
        if (!declaredHeaders.some((h) => h.name === name)) out.push(at(path, `${owner} has no header ${name}`, name));
      }
    };
    for (const [status, fields] of Object.entries(t.data.statuses)) {
      const declaredStatus = catalog.statuses.find((s) => String(s.status) === status);
      if (rootValid && !declaredStatus) out.push(at(['statuses'], `status ${status} is not declared in catalog.yaml`, status));
      if (declaredStatus)
        undeclaredHeaders(['statuses', status, 'headers'], Object.keys(fields.headers ?? {}), declaredStatus.headers, `status ${status}`);
    }
    if (rootValid) undeclaredHeaders(['headers'], Object.keys(t.data.headers), catalog.headers, 'catalog.yaml');
    for (const [code, fields] of Object.entries(t.data.codes)) {
      const entry = codes.get(code);
      if (!entry) {
        // A declared code whose entry failed the schema is reported there.
        const unknown = unknownReference(declared.codes, declared, code, `code ${code}`);
        if (unknown) out.push(at(['codes'], unknown.message, code, unknown.severity));
        continue;
      }
      for (const name of Object.keys(fields.params ?? {})) {
        if (!(name in entry.params)) out.push(at(['codes', code, 'params'], `code ${code} has no placeholder {${name}}`, name));
      }
      undeclaredHeaders(['codes', code, 'headers'], Object.keys(fields.headers ?? {}), entry.headers, `code ${code}`);
      for (const event of Object.keys(fields.lifecycle ?? {}) as ('deprecated' | 'removed')[]) {
        if (!entry.lifecycle[event]) out.push(at(['codes', code, 'lifecycle'], `code ${code} is not ${event}`, event));
      }
      for (const variant of Object.keys(fields.variants ?? {})) {
        if (!Object.hasOwn(entry.variants, variant))
          out.push(at(['codes', code, 'variants'], `code ${code} has no variant ${variant}`, variant));
      }
      for (const {variant, text} of codeMessages(entry)) {
        const translated = variant === undefined ? fields.message : ownValue(fields.variants, variant);
        if (translated !== undefined)
          out.push(
            ...translatedMessageProblems(entry, text, translated, catalog.locales[0]!).map((p) =>
              at(['codes', code, ...messageField(variant)], p),
            ),
          );
      }
    }
  }
  return out;
}

/** What is wrong with a translation of one of the entry's messages: ICU syntax, example values, or other placeholders. */
function translatedMessageProblems(entry: CodeEntry, sourceText: string, translatedText: string, sourceLocale: string): string[] {
  const translated = parseMessage(translatedText);
  if (!translated.ok) return [translated.error];
  const out = exampleMisfits(translatedText, exampleValues(entry)).map(({name, problem}) => `${problem} (the example of param ${name})`);
  const source = parseMessage(sourceText);
  if (!source.ok) return out;
  const missing = [...source.placeholders].filter((p) => !translated.placeholders.has(p));
  const extra = [...translated.placeholders].filter((p) => !source.placeholders.has(p));
  if (missing.length + extra.length > 0) {
    const parts = [
      ...(missing.length ? [`lacks ${missing.map((p) => `{${p}}`).join(', ')}`] : []),
      ...(extra.length ? [`has ${extra.map((p) => `{${p}}`).join(', ')}, which the source message does not`] : []),
    ];
    const quoted = missing.map((p) => quotedPlaceholderProblem(translatedText, p)).filter((q) => q !== undefined);
    const why = quoted.length > 0 ? ` (${quoted.join('; ')})` : '';
    out.push(`placeholders differ from the ${sourceLocale} message: ${parts.join('; ')}${why}`);
  }
  return out;
}

/** A record's own value for a key that catalog text chose: never one inherited from Object.prototype. */
function ownValue<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export interface MissingTranslation {
  kind: 'code' | 'category' | 'status' | 'catalog';
  key: string;
  field: string;
}

export interface LocaleCoverage {
  locale: string;
  translated: number;
  total: number;
  missing: MissingTranslation[];
  /**
   * Guides and prose pages by slug: translated ones, those with no translation, and translations of an earlier version
   * of their source.
   */
  guides: {total: number; translated: number; missing: string[]; stale: string[]};
}

/** How many translatable fields each non-source locale has, and which are missing. */
export function translationCoverage(catalog: Catalog): LocaleCoverage[] {
  return catalog.locales.slice(1).map((locale) => {
    const l10n = new Localizer(catalog, locale);
    const missing: MissingTranslation[] = [];
    let total = 0;
    const count = (kind: MissingTranslation['kind'], key: string, field: string, value: Localized<unknown> | undefined) => {
      if (value === undefined) return;
      total++;
      if (value.fallback) missing.push({kind, key, field});
    };
    for (const category of catalog.categories) {
      for (const field of translatableCategoryFields) count('category', category.id, field, l10n.category(category, field));
    }
    // A header is counted where it is declared: once for the catalog or its status, not once per code.
    for (const header of catalog.headers) count('catalog', catalog.product.name, `headers.${header.name}`, l10n.catalogHeader(header));
    for (const status of catalog.statuses) {
      for (const field of translatableStatusFields) count('status', String(status.status), field, l10n.status(status, field));
      for (const header of status.headers)
        count('status', String(status.status), `headers.${header.name}`, l10n.statusHeader(status.status, header));
    }
    for (const entry of catalog.codes) {
      for (const field of translatableCodeFields) count('code', entry.codeText, field, l10n.code(entry, field));
      for (const {variant, text} of l10n.messages(entry))
        if (variant !== undefined) count('code', entry.codeText, `variants.${variant}`, text);
      for (const name of Object.keys(entry.params)) count('code', entry.codeText, `params.${name}`, l10n.param(entry, name));
      for (const h of entry.headers) count('code', entry.codeText, `headers.${h.name}`, l10n.header(entry, {...h, scope: 'code'}));
      for (const event of ['deprecated', 'removed'] as const) {
        if (entry.lifecycle[event]) count('code', entry.codeText, `lifecycle.${event}`, l10n.lifecycleReason(entry, event));
      }
    }
    // Guides and prose pages share their URLs, so their slugs.
    const documents = [...catalog.guides, ...catalog.prosePages];
    const translations = [...catalog.guideTranslations, ...catalog.prosePageTranslations].filter((t) => t.locale === locale);
    const hashes = new Map(documents.map((d) => [d.slug, d.hash]));
    const translated = new Set(translations.map((t) => t.slug));
    const guides = {
      total: documents.length,
      translated: translations.length,
      missing: documents.filter((d) => !translated.has(d.slug)).map((d) => d.slug),
      stale: translations.filter((t) => t.source_hash !== hashes.get(t.slug)).map((t) => t.slug),
    };
    return {locale, translated: total - missing.length, total, missing, guides};
  });
}

export function formatCoverage(c: LocaleCoverage): string {
  const percent = c.total === 0 ? 100 : Math.floor((c.translated / c.total) * 1000) / 10;
  const fields = `${c.locale}: ${c.translated}/${c.total} fields translated (${percent}%), ${c.missing.length} missing`;
  const {guides} = c;
  if (guides.total === 0) return fields;
  return `${fields}; ${guides.translated}/${guides.total} guides translated, ${guides.missing.length} missing, ${guides.stale.length} stale`;
}

export type {Translation};
