/**
 * Machine-readable forms of the catalog: the JSON export servers and the
 * runtime helper read, Markdown twins of the code pages with an llms.txt
 * index, a TypeScript module, and OpenAPI 3.1 components.
 */
import {z} from 'zod';
import {aliasSegments} from './aliases';
import {codeLabel} from './derive';
import {envelopeBodySchema, wireCode, type Envelope, type EnvelopeField, type EnvelopeFormat} from './envelopeFormat';
import {Localizer} from './i18n';
import {oneLine, type MarkdownRenderer} from './markdown';
import {documentationUrl, routePaths} from './paths';
import {stated} from './stated';
import type {ProsePage} from './prosePages';
import type {Catalog, CodeEntry, HttpCatalog} from './types';
import type {CodePageData, RetryGuidanceData, Retryable} from '../pageData';
import {statusName, type TransportId} from './transports';

type PerLocale = Record<string, string>;

/** A code as servers read it; a fact the catalog leaves out is absent here too. */
export interface ExportedCode {
  code: string | number;
  name?: string;
  /** Its status in the catalog's `transport`, for a catalog that has one. */
  status?: number;
  severity?: string;
  category: string;
  type?: string;
  /** `conditional`: retryable only under `retry_condition`, so a client does not retry it by itself. */
  retryable?: Retryable;
  retry_condition?: PerLocale;
  expose_details?: boolean;
  title: PerLocale;
  /** ICU message templates, every locale filled (source text where untranslated). */
  message: PerLocale;
  /** The other messages it is sent with, by variant key, filled like `message`; absent where it has none. */
  variants?: Record<string, PerLocale>;
  /** First resolution step as plain text, for envelopes with a `suggestion` field. */
  suggestion?: PerLocale;
  params: Record<string, {type: string}>;
  headers: string[];
  example: CodeEntry['example'];
  lifecycle: CodeEntry['lifecycle'];
  documentation_url?: string;
  aliases: string[];
}

/** The whole catalog as one JSON document: `/errors/catalog.json`, and the runtime helper's input. */
export interface CatalogExport {
  product: Catalog['product'];
  documentation_url?: string;
  /** The wire formats, the API's own first: what the runtime answers in. Absent where codes are not sent over HTTP. */
  envelope?: {
    formats: {id: EnvelopeFormat['id']; content_type: string; fields: EnvelopeField[]}[];
    identifier: Envelope['identifier'];
    request_id_example: string;
  };
  locales: string[];
  /** What a status is: an HTTP status, a gRPC status code or a process exit code. Absent where codes have no status. */
  transport?: TransportId;
  statuses: {status: number; title: string; meaning?: PerLocale}[];
  severities: {id: string; title: string}[];
  categories: {id: string; title: PerLocale; range?: {min: number; max: number}}[];
  codes: ExportedCode[];
}

export function catalogExport(catalog: Catalog, md: MarkdownRenderer): CatalogExport {
  const l10ns = catalog.locales.map((locale) => new Localizer(catalog, locale));
  const perLocale = (read: (l: Localizer) => string): PerLocale => Object.fromEntries(l10ns.map((l) => [l.locale, read(l)]));
  return {
    product: catalog.product,
    ...stated('documentation_url', catalog.documentationUrl),
    ...stated(
      'envelope',
      catalog.envelope && {
        formats: catalog.envelope.formats.map(({id, contentType, fields}) => ({id, content_type: contentType, fields})),
        identifier: catalog.envelope.identifier,
        request_id_example: catalog.envelope.requestIdExample,
      },
    ),
    locales: catalog.locales,
    ...stated('transport', catalog.transport?.id),
    statuses: catalog.statuses.map((s) => ({
      status: s.status,
      title: s.title,
      ...stated('meaning', s.meaning === undefined ? undefined : perLocale((l) => l.status(s, 'meaning')!.value)),
    })),
    severities: Object.entries(catalog.severities).map(([id, s]) => ({id, title: s.title})),
    categories: catalog.categories.map((c) => ({
      id: c.id,
      title: perLocale((l) => l.category(c, 'title').value),
      ...(c.range ? {range: c.range} : {}),
    })),
    codes: catalog.codes.map((e) => ({
      code: e.code,
      ...stated('name', e.name),
      ...stated('status', e.status),
      ...stated('severity', e.severity),
      category: e.categoryId,
      ...stated('type', e.type),
      ...stated('retryable', e.retryable),
      ...stated(
        'retry_condition',
        e.retry_condition === undefined ? undefined : perLocale((l) => md.plain(l.code(e, 'retry_condition')!.value)),
      ),
      ...stated('expose_details', e.expose_details),
      title: perLocale((l) => l.code(e, 'title').value),
      message: perLocale((l) => l.code(e, 'message').value),
      ...stated(
        'variants',
        Object.keys(e.variants).length === 0
          ? undefined
          : Object.fromEntries(
              Object.keys(e.variants).map((key) => [key, perLocale((l) => l.messages(e).find((m) => m.variant === key)!.text.value)]),
            ),
      ),
      ...stated('suggestion', e.resolution && perLocale((l) => md.plain(l.code(e, 'resolution')!.value[0]!))),
      params: Object.fromEntries(Object.entries(e.params).map(([name, p]) => [name, {type: p.type}])),
      headers: e.responseHeaders.map((h) => h.name),
      example: e.example,
      lifecycle: e.lifecycle,
      ...stated('documentation_url', catalog.documentationUrl && documentationUrl(catalog.documentationUrl, e.code)),
      aliases: aliasSegments(e),
    })),
  };
}

const tableCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `condition` is the code's retry condition as Markdown, for a code retryable only under one. */
function retryMarkdown(wait: RetryGuidanceData, condition: string | undefined): string {
  switch (wait.kind) {
    case 'conditional':
      return `Retryable under a condition: ${condition}`;
    case 'none':
      return 'Not retryable: sending the same request again fails the same way.';
    case 'retry-after':
      return `Retryable: wait the seconds in the \`${wait.from}\` ${wait.in === 'header' ? 'header' : 'field of the body'} (for example ${wait.example}), then retry.`;
    case 'backoff':
      return `Retryable: back off ${wait.policy.schedule.map((s) => `${s} s`).join(', ')} between attempts (at most ${wait.policy.maxAttempts} attempts).`;
    case 'later':
      return 'Retryable: the same request can succeed later.';
  }
}

/**
 * A code page as Markdown, for tools and assistants that read docs as text: the
 * catalog's own Markdown for the prose, and the page's data for everything
 * derived (retry guidance, snippets, example responses, links), so the twin
 * says what the page says.
 */
export function codeMarkdown(catalog: Catalog, entry: CodeEntry, locale: string, page: CodePageData, md: MarkdownRenderer): string {
  const l = new Localizer(catalog, locale);
  const category = catalog.categories.find((c) => c.id === entry.categoryId)!;
  const list = (items: string[], ordered: boolean) => items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
  const lifecycle = entry.lifecycle.removed
    ? `\n> Removed in ${entry.lifecycle.removed.since}: ${l.lifecycleReason(entry, 'removed').value}\n`
    : entry.lifecycle.deprecated
      ? `\n> Deprecated since ${entry.lifecycle.deprecated.since}: ${l.lifecycleReason(entry, 'deprecated').value}\n`
      : '';
  const section = (title: string, body: string) => `\n## ${title}\n\n${body}\n`;
  const optionalSection = (title: string, body: string | undefined) => (body === undefined ? '' : section(title, body));
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  const facts = [
    ...(page.status ? [`${catalog.transport!.statusLabel}: ${page.status.code} ${md.line(page.status.title)}`] : []),
    ...(page.severity ? [`Severity: ${md.line(page.severity.title)}`] : []),
    `Category: ${md.line(l.category(category, 'title').value)}`,
    ...(entry.retryable === undefined
      ? []
      : [`Retryable: ${entry.retryable === 'conditional' ? 'under a condition' : yesNo(entry.retryable)}`]),
    ...(entry.expose_details === undefined ? [] : [`Details exposed in production: ${yesNo(entry.expose_details)}`]),
    ...(entry.lifecycle.since === undefined ? [] : [`Since: ${entry.lifecycle.since}`]),
    ...(page.documentationUrl === undefined ? [] : [`Documentation URL: <${page.documentationUrl}>`]),
  ];
  const headerTable =
    page.headers.length > 0
      ? [
          '| Response header | Example |',
          '| --- | --- |',
          ...page.headers.map(
            (h) => `| \`${h.name}\` | ${tableCell(md.line(String(h.example)))}${h.exampleDate ? ` (${h.exampleDate})` : ''} |`,
          ),
        ].join('\n')
      : undefined;
  const description = l.code(entry, 'description');
  const causes = l.code(entry, 'causes');
  const resolution = l.code(entry, 'resolution');
  // Titles, names and codes are one line of text each, whatever they hold: escaped, never read as Markdown.
  const links = (items: {label: string; permalink: string}[]) => items.map((i) => `- [${md.line(i.label)}](${i.permalink})`).join('\n');
  return [
    `# ${md.line(`${codeLabel(entry)}: ${l.code(entry, 'title').value}`)}
${lifecycle}
${facts.map((fact) => `- ${fact}`).join('\n')}

## Message

${md.fence(page.message.value)}
${page.messageTemplate ? `\nMessage template (ICU MessageFormat):\n\n${md.fence(page.messageTemplate.value)}\n` : ''}${
      page.variants.length > 0
        ? `\nOther messages with this code:\n\n${page.variants.map((v) => `- \`${v.key}\`:\n\n${md.fence(v.message.value).replace(/^(?=.)/gm, '  ')}`).join('\n\n')}\n`
        : ''
    }`,
    optionalSection('What it means', description?.value.trim()),
    optionalSection('Possible causes', causes && list(causes.value, false)),
    optionalSection('Resolution', resolution && list(resolution.value, true)),
    page.retry
      ? section(
          'Retry guidance',
          [retryMarkdown(page.retry, l.code(entry, 'retry_condition')?.value.trim()), ...(headerTable ? ['', headerTable] : [])].join('\n'),
        )
      : optionalSection('Response headers', headerTable),
    page.snippets.length > 0
      ? section('Handle it in code', page.snippets.map((s) => `### ${s.label}\n\n${md.fence(s.code.trimEnd(), s.language)}`).join('\n\n'))
      : '',
    page.examples.length > 0
      ? section(
          'Example response',
          page.examples
            .map(
              (e) =>
                `### ${e.format.id}, ${e.mode}\n\n${md.fence([e.statusLine, ...e.headers.map(([k, v]) => `${k}: ${v}`), '', e.body].join('\n'), 'http')}`,
            )
            .join('\n\n'),
        )
      : '',
    page.localizedMessages.length > 1
      ? section(
          'Localized messages',
          [
            '| Language | Message |',
            '| --- | --- |',
            ...page.localizedMessages.map((m) => `| ${m.language} (${m.locale}) | ${tableCell(md.line(m.message.value))} |`),
          ].join('\n'),
        )
      : '',
    page.guides.length > 0
      ? section('Troubleshooting guides', links(page.guides.map((g) => ({label: g.title.value, permalink: g.permalink}))))
      : '',
    page.related.length > 0
      ? section(
          'Related codes',
          links(page.related.map((r) => ({label: codeLabel({codeText: String(r.code), name: r.name}), permalink: r.permalink}))),
        )
      : '',
  ].join('');
}

/** The llms.txt index: one line per code, pointing at its Markdown twin. */
/** A prose page as Markdown: its title and summary as one line each, then the catalog's own Markdown. */
export function prosePageMarkdown(catalog: Catalog, page: ProsePage, locale: string, md: MarkdownRenderer): string {
  const {title, summary, body} = new Localizer(catalog, locale).prosePage(page);
  return `# ${md.line(title.value)}\n\n${summary ? `${md.line(summary.value)}\n\n` : ''}${body.value.trim()}\n`;
}

export function llmsTxt(catalog: Catalog, locale: string, siteUrl: string, routeBase: string, md: MarkdownRenderer): string {
  const l = new Localizer(catalog, locale);
  const paths = routePaths(routeBase);
  const base = siteUrl.replace(/\/+$/, '');
  const product = md.line(catalog.product.name);
  const about = catalog.prosePages.map((p) => `- [${md.line(l.prosePage(p).title.value)}](${base}${paths.guide(p.slug)}.md)`);
  const sections = catalog.categories.map(
    (c) =>
      `## ${md.line(l.category(c, 'title').value)}\n\n${c.codes
        .map(
          (e) =>
            `- [${md.line(codeLabel(e))}](${base}${paths.code(e.slug)}.md): ${md.line(l.code(e, 'title').value)}${catalog.transport && e.status !== undefined ? ` (${statusName(catalog.transport, e.status)})` : ''}`,
        )
        .join('\n')}`,
  );
  return `# ${product} error reference

> Every error code of ${product}: what it means, why it happens and how to fix it. Each line links to a Markdown version of the code's page; ${base}${paths.index}/catalog.json has the whole catalog as JSON.

${[...(about.length > 0 ? [`## About\n\n${about.join('\n')}`] : []), ...sections].join('\n\n')}
`;
}

const identifier = (name: string) => name.replace(/[^A-Za-z0-9_$]/g, '_');

/** A TypeScript module: the code union, a const map of code → status/name, and typed message parameters. */
export function typescriptExport(catalog: Catalog): string {
  const literal = (code: string | number) => JSON.stringify(code);
  const paramType = (type: string) => (type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string');
  const named = catalog.codes.filter((c): c is CodeEntry & {name: string} => c.name !== undefined);
  const lines = [
    `// Generated from the ${oneLine(catalog.product.name)} error catalog by \`error-catalog export typescript\`. Do not edit.`,
    '',
    `export type ErrorCode = ${catalog.codes.map((c) => literal(c.code)).join(' | ')};`,
    '',
    `export type ErrorName = ${named.length > 0 ? [...new Set(named.map((c) => literal(c.name)))].join(' | ') : 'never'};`,
    '',
    '/** What the catalog states of each code; a fact it leaves out is absent. */',
    'export const errorCodes = {',
    ...catalog.codes.map((c) => {
      const facts = [
        ...(c.name === undefined ? [] : [`name: ${literal(c.name)}`]),
        ...(c.status === undefined ? [] : [`status: ${c.status}`]),
        ...(c.retryable === undefined ? [] : [`retryable: ${JSON.stringify(c.retryable)}`]),
        ...(Object.keys(c.variants).length === 0 ? [] : [`variants: [${Object.keys(c.variants).map(literal).join(', ')}]`]),
        ...(catalog.documentationUrl === undefined
          ? []
          : [`documentationUrl: ${literal(documentationUrl(catalog.documentationUrl, c.code))}`]),
      ];
      return `  ${literal(c.code)}: {${facts.join(', ')}},`;
    }),
    "} as const satisfies Record<ErrorCode, {name?: ErrorName; status?: number; retryable?: boolean | 'conditional'; " +
      'variants?: readonly string[]; documentationUrl?: string}>;',
    '',
    '/** The values each code’s message needs. */',
    'export interface ErrorParams {',
    ...catalog.codes.map((c) => {
      const params = Object.entries(c.params);
      const body =
        params.length === 0
          ? 'Record<string, never>'
          : `{${params.map(([n, p]) => `${JSON.stringify(n)}: ${paramType(p.type)}`).join('; ')}}`;
      return `  ${literal(c.code)}: ${body};`;
    }),
    '}',
    '',
    `export const errorCodeByName = {${named.map((c) => `${identifier(c.name)}: ${literal(c.code)}`).join(', ')}} as const satisfies Record<ErrorName, ErrorCode>;`,
    '',
  ];
  return lines.join('\n');
}

/** OpenAPI 3.1 components: the envelope with the code enum, and one response per status. */
export function openApiExport(catalog: HttpCatalog): Record<string, unknown> {
  const own = catalog.envelope.formats[0]!;
  const wire = (codes: CodeEntry[]) => {
    const values = codes.map((c) => wireCode(catalog, c));
    return z.literal(values as [string | number, ...(string | number)[]]);
  };
  const schema = (codes: CodeEntry[]) => {
    const {$schema: _, ...json} = z.toJSONSchema(envelopeBodySchema(own, wire(codes)), {
      target: 'draft-2020-12',
    }) as Record<string, unknown>;
    return json;
  };
  const statuses = catalog.statuses.filter((s) => catalog.codes.some((c) => c.status === s.status));
  const media = own.contentType;
  return {
    openapi: '3.1.0',
    info: {title: `${catalog.product.name} errors`, version: catalog.product.version ?? '0.0.0'},
    paths: {},
    components: {
      schemas: {
        ErrorCode: {enum: catalog.codes.map((c) => c.code), description: 'Every code of the error catalog'},
        ErrorResponse: schema(catalog.codes),
      },
      responses: Object.fromEntries(
        statuses.map((s) => {
          const codes = catalog.codes.filter((c) => c.status === s.status);
          const headers = [...new Set(codes.flatMap((c) => c.responseHeaders.map((h) => h.name)))];
          return [
            `Error${s.status}`,
            {
              description: `${s.status} ${s.title}:${s.meaning ? ` ${s.meaning}` : ''} Codes: ${codes.map(codeLabel).join(', ')}.`,
              ...(headers.length ? {headers: Object.fromEntries(headers.map((h) => [h, {schema: {type: 'string'}}]))} : {}),
              content: {[media]: {schema: schema(codes)}},
            },
          ];
        }),
      ),
    },
  };
}
