/**
 * The catalog format. This file is its only definition: the loader validates
 * against it and `error-catalog schema` exports it as JSON Schema for editors.
 */
import {z} from 'zod';
import {maxIdentifierLength} from './paths';
import {transportIds} from './transports';

const markdown = z.string().min(1).describe('Markdown');

/**
 * A mapping keyed by catalog text (codes, ids, names), parsed into an object without a prototype: a key such as
 * `constructor` or `toString` reads only its own entry. (The loader refuses a `__proto__` key before this runs.)
 */
export function keyedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V) {
  return z.record(key, value).transform((record) => Object.assign(Object.create(null) as typeof record, record));
}

/** An empty keyed record, for defaults. */
export const emptyRecord = <T>() => Object.create(null) as Record<string, T>;

/** Symbolic names are what servers put in enums: UPPER_SNAKE or lower_snake. */
const symbolicName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a symbolic name: a letter, then letters, digits or _')
  .max(maxIdentifierLength, `must be at most ${maxIdentifierLength} characters`);

/**
 * A code is a non-negative integer (2002) or a string as the API sends it (invalid_api_key, invalid api key): any
 * printable text on one line, without space at either end. Its page's URL comes from the slug rule (paths.ts).
 */
export const codeSchema = z.union([
  z.int().nonnegative(),
  z
    .string()
    .regex(/^[^\s\p{C}](?:[^\p{C}\n\r\u2028\u2029]*[^\s\p{C}])?$/u, 'must be printable text on one line, with no space at either end')
    .max(maxIdentifierLength, `must be at most ${maxIdentifierLength} characters`),
]);

/** A status as written in the catalog: an integer whose range the catalog's transport sets (transports.ts). */
const statusSchema = z
  .int('must be an integer status such as 404')
  .min(0, 'must be a status from 0 to 599')
  .max(599, 'must be a status from 0 to 599');
const statusKey = z.string().regex(/^(0|[1-9]\d{0,2})$/, 'must be a status number such as 404');

/** An id that is a URL segment of its page. */
const pageId = (pattern: RegExp, example: string) =>
  z
    .string()
    .regex(pattern, `must be a lowercase id of letters, digits, - and _, such as ${example}`)
    .max(maxIdentifierLength, `must be at most ${maxIdentifierLength} characters`);

const tagId = pageId(/^[a-z0-9][a-z0-9_-]*$/, 'groq');

const semverLike = z.string().regex(/^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/, 'must be a version such as 1.4 or 1.4.0');

const paramSchema = z.strictObject({
  type: z.enum(['string', 'number', 'date', 'boolean']).default('string'),
  description: markdown,
  example: z.union([z.string(), z.number(), z.boolean()]).describe('Value used to render the example response'),
});

const headerSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name'),
  description: markdown,
  example: z.union([z.string(), z.number()]),
});

const fieldErrorSchema = z.strictObject({
  field: z.string().min(1),
  message: z.string().min(1),
  constraint: z.string().optional(),
});

const exampleSchema = z.strictObject({
  details: z.record(z.string(), z.unknown()).optional().describe('The `details` object a client would receive'),
  field_errors: z.array(fieldErrorSchema).optional(),
  param: z.string().optional().describe('The request parameter at fault, for envelopes that carry one'),
});

const lifecycleEventSchema = z.strictObject({
  since: semverLike,
  reason: markdown,
});

const lifecycleSchema = z.strictObject({
  since: semverLike.optional().describe('API version that introduced the code; leave it out when it is not known'),
  deprecated: lifecycleEventSchema.optional(),
  removed: lifecycleEventSchema.optional(),
  replaced_by: codeSchema.optional(),
});

export const codeEntrySchema = z.strictObject({
  code: codeSchema,
  name: symbolicName.optional().describe('The symbolic name servers use in enums, when it differs from the code'),
  title: z.string().min(1).describe('Short heading for the page, e.g. "Authentication token expired"'),
  status: statusSchema
    .optional()
    .describe(
      "The status of its errors in the catalog's transport (HTTP, gRPC, exit code): required where catalog.yaml has a transport, left out where it has none",
    ),
  severity: tagId.optional().describe('One of the severities catalog.yaml declares, e.g. warning'),
  message: z.string().min(1).describe('ICU MessageFormat template of the message the API returns'),
  variants: keyedRecord(tagId, z.string().min(1))
    .default(emptyRecord)
    .describe(
      'Other messages the API sends with this code, by the key a server picks one with, ' +
        'e.g. for_provider: "Invalid API key for provider {provider}"',
    ),
  params: keyedRecord(symbolicName, paramSchema)
    .default(emptyRecord)
    .describe('Placeholders used by `message` and `variants`; each is used by at least one of them'),
  description: markdown.optional(),
  expose_details: z
    .boolean()
    .optional()
    .describe('false: details are sanitized in production and only request_id is kept; true: sent everywhere'),
  type: z.string().optional().describe('Error type, for envelopes that carry one (OpenAI `type`)'),
  retryable: z
    .union([z.boolean(), z.literal('conditional')])
    .optional()
    .describe(
      'true: the same request can succeed later; false: it cannot; conditional: only under `retry_condition`. ' +
        'Leave it out when the reference does not say',
    ),
  retry_condition: markdown
    .optional()
    .describe('With retryable: conditional, when a retry can succeed, e.g. "when the whole transaction is run again"'),
  causes: z.array(markdown).min(1).optional(),
  resolution: z.array(markdown).min(1).optional(),
  headers: z.array(headerSchema).default([]),
  example: exampleSchema.default({}),
  related: z.array(codeSchema).default([]),
  aliases: z
    .array(z.string().regex(/^[A-Za-z0-9._~-]+$/, 'must be one URL path segment'))
    .default([])
    .describe('Former URL segments of this code under the route base; they redirect to its page'),
  tags: z.array(tagId).default([]).describe('Tags declared in catalog.yaml `tags`, e.g. the upstream provider behind the error'),
  lifecycle: lifecycleSchema.default({}),
});

const rangeSchema = z
  .strictObject({min: z.int().nonnegative(), max: z.int().nonnegative()})
  .refine((r) => r.min <= r.max, {message: 'range min must not exceed max'});

const listPosition = z
  .number()
  .optional()
  .describe('Where it is listed among its kind: lower first; those without a position follow, by file name');

export const categoryFileSchema = z.strictObject({
  category: z.strictObject({
    id: pageId(/^[a-z0-9][a-z0-9_-]*$/, 'rate-limiting'),
    title: z.string().min(1),
    description: markdown.optional(),
    range: rangeSchema.optional().describe('Numeric codes in this category must fall inside it'),
    position: listPosition,
  }),
  codes: z.array(codeEntrySchema).min(1),
});

const statusInfoSchema = z.strictObject({
  title: z.string().min(1).describe('Reason phrase or name, e.g. "Too Many Requests" or "UNAVAILABLE"'),
  meaning: z.string().min(1).optional().describe('One line: what this status means in this API'),
  description: markdown.optional(),
  troubleshooting: z.array(markdown).min(1).optional(),
  headers: z
    .array(headerSchema)
    .default([])
    .describe(
      "Headers every response with this status carries, e.g. Retry-After on 429; a code's own header of the same name replaces one",
    ),
});

/** Locales the site and the bundles can be built for. */
export const localeIdSchema = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale such as ja or pt-BR');

/** The built-in envelopes, each a description in `fields` form (envelope.ts). */
export const envelopePresets = ['nested', 'openai', 'camel', 'problem'] as const;

/** What an envelope field can carry: a fact of the code, of the response or of the request. */
export const envelopeSources = [
  'code',
  'name',
  'status',
  'type',
  'title',
  'category',
  'message',
  'details',
  'field_errors',
  'param',
  'documentation_url',
  'request_id',
  'suggestion',
] as const;

const jsonScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const envelopeFieldSchema = z
  .strictObject({
    path: z
      .string()
      .regex(/^[A-Za-z0-9_@$-]+(\.[A-Za-z0-9_@$-]+)*$/, 'must be field names joined by dots, such as error.code')
      .describe('Where the field is in the body: error.code is {"error": {"code": …}}'),
    from: z
      .enum(envelopeSources)
      .optional()
      .describe(
        'What the field carries: code, name, status (the HTTP status as an integer), type, title, category, message, ' +
          'details, field_errors, param, documentation_url, request_id or suggestion (the first resolution step)',
      ),
    const: jsonScalar.optional().describe('A value the field always has, e.g. "error" for {"object": "error"}'),
    or: jsonScalar.optional().describe('The value sent when a code has nothing for `from`, e.g. null; without it the field is left out'),
    prefix: z.string().min(1).optional().describe('Text the API puts before the value, e.g. urn:request:'),
  })
  .superRefine((field, ctx) => {
    const hasConst = Object.hasOwn(field, 'const');
    if (hasConst === (field.from !== undefined)) ctx.addIssue({code: 'custom', message: 'needs exactly one of from and const'});
    for (const key of ['or', 'prefix'] as const) {
      if (hasConst && Object.hasOwn(field, key)) ctx.addIssue({code: 'custom', path: [key], message: 'applies only to a field with from'});
    }
  });

const envelopeSchema = z
  .strictObject({
    format: z
      .enum(envelopePresets)
      .optional()
      .describe(
        'A built-in envelope: ' +
          'nested: {"error":{code,message,details,field_errors,documentation_url,request_id}}; ' +
          'openai: {"error":{message,type,param,code}}; ' +
          'camel: {"error":{code,message,category,statusCode,correlationId,suggestion,details}}; ' +
          'problem: RFC 9457 application/problem+json. Give either format or fields',
      ),
    code_value: z
      .enum(['code', 'name'])
      .optional()
      .describe('With format: what its code field carries, the catalog code (the default) or the symbolic name'),
    fields: z
      .array(envelopeFieldSchema)
      .min(1)
      .optional()
      .describe('The error body field by field, in the order the API writes them, for an API no built-in format fits'),
    content_type: z
      .string()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'must be a media type such as application/json')
      .optional()
      .describe('With fields: the Content-Type of error responses; application/json unless stated'),
    request_id_example: z.string().default('req-550e8400-e29b-41d4-a716-446655440000'),
    retry_after_detail: z
      .string()
      .regex(/^[A-Za-z0-9_@$-]+$/, 'must be a field name such as retry_after')
      .optional()
      .describe(
        'The key of `details` in which the API sends the seconds to wait, e.g. retry_after; a code whose example details have it is retried after it',
      ),
    alternatives: z
      .array(z.enum(envelopePresets))
      .default([])
      .describe('Built-in formats the API also serves when asked, e.g. problem for `Accept: application/problem+json`; examples show each'),
  })
  .superRefine((envelope, ctx) => {
    if (envelope.format === undefined && envelope.fields === undefined) {
      ctx.addIssue({code: 'custom', message: "needs format (a built-in envelope) or fields (the API's own)"});
    }
    if (envelope.format !== undefined && envelope.fields !== undefined) {
      ctx.addIssue({code: 'custom', path: ['fields'], message: 'give either format or fields, not both'});
    }
    if (envelope.fields !== undefined && envelope.code_value !== undefined) {
      ctx.addIssue({code: 'custom', path: ['code_value'], message: 'applies only with format; in fields, write from: name'});
    }
    if (envelope.format !== undefined && envelope.content_type !== undefined) {
      ctx.addIssue({code: 'custom', path: ['content_type'], message: 'applies only with fields: a built-in format has its own'});
    }
  });

const retryPolicySchema = z.strictObject({
  initial_delay_seconds: z.number().positive().default(1),
  multiplier: z.number().min(1).default(2),
  max_delay_seconds: z.number().positive().default(60),
  max_attempts: z.int().min(1).max(20).default(5).describe('Attempts in all, the first request included'),
});

/** The backoff the generated client modules use when the catalog declares none; pages never state it as the catalog's. */
export const clientDefaultRetryPolicy = retryPolicySchema.parse({});

const severityInfoSchema = z.strictObject({
  title: z.string().min(1).describe('Display name, e.g. "Warning"'),
  description: markdown.optional(),
});

const tagInfoSchema = z.strictObject({
  title: z.string().min(1).describe('Display name, e.g. "Groq"'),
  description: markdown.optional(),
});

export const catalogFileSchema = z.strictObject({
  $schema: z.string().optional(),
  product: z.strictObject({
    name: z.string().min(1),
    version: semverLike.optional(),
  }),
  documentation_url: z
    .string()
    .regex(
      /^https?:\/\/[^\s{}]+\{(code|slug)\}(\.html)?$/,
      'must be an absolute URL ending in {code} or {slug}, or in {code}.html or {slug}.html',
    )
    .optional()
    .describe('The URL pattern the API emits in every error, e.g. https://docs.example.com/errors/{code}; leave it out when it sends none'),
  envelope: envelopeSchema
    .optional()
    .describe(
      'How error responses look over HTTP. Leave it out for codes that are not sent over HTTP (a database, a runtime, a compiler): ' +
        'then codes have no status and pages show no response',
    ),
  locales: z
    .array(localeIdSchema)
    .min(1)
    .default(['en'])
    .describe('The languages of the catalog; the first is the source language the category files are written in'),
  transport: z
    .enum(transportIds)
    .optional()
    .describe(
      'How errors reach clients, which sets what a status is: http (the default where there is an envelope), grpc (status codes 0-16) ' +
        'or exit_code (a process exit status 0-255). Leave it and the envelope out for codes that have no status',
    ),
  statuses: keyedRecord(statusKey, statusInfoSchema)
    .default(emptyRecord)
    .describe("Every status the codes use in the catalog's transport, keyed by number, and any other the API documents"),
  headers: z
    .array(headerSchema)
    .default([])
    .describe("Headers every error response carries, e.g. X-Request-Id; a status's or a code's header of the same name replaces one"),
  retry: retryPolicySchema
    .optional()
    .describe('The backoff clients use for retryable codes that send no Retry-After header; pages state it only when declared'),
  tags: keyedRecord(tagId, tagInfoSchema).default(emptyRecord).describe('The tags codes may carry; each gets a page'),
  severities: keyedRecord(tagId, severityInfoSchema)
    .default(emptyRecord)
    .describe('The severities or kinds codes may have (error, warning, notice), in the order pages list them'),
  order: z
    .enum(['written', 'code'])
    .default('written')
    .describe(
      'How pages list codes and categories: as written (codes in file order; categories by position, then file name) ' +
        'or by code (numbers ascending, then strings; categories by their first code)',
    ),
});

const stepId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase step id such as next-provider');
const stepCodes = z.array(codeSchema).min(1).optional().describe('Catalog codes this step is about');

/** One step of a recovery flow: an action, a yes/no decision or an end. */
export const flowStepSchema = z.union([
  z.strictObject({do: z.string().min(1), next: stepId, codes: stepCodes}),
  z.strictObject({ask: z.string().min(1), yes: stepId, no: stepId, codes: stepCodes}),
  z.strictObject({end: z.string().min(1), codes: stepCodes}),
]);

const flowSchema = z.strictObject({
  title: z.string().min(1).optional(),
  start: stepId,
  steps: keyedRecord(stepId, flowStepSchema),
});

const sourceHash = z
  .string()
  .regex(/^sha256:[0-9a-f]{12}$/, 'must be the sha256:… value `error-catalog check` gives for the source file')
  .optional()
  .describe('Which version of the source file this translates; a different hash marks the translation stale');

/** The front matter of a symptom guide, `guides/<slug>.md`. */
export const guideFrontMatterSchema = z.strictObject({
  title: z.string().min(1).describe('What the reader sees, e.g. "Every request fails with 401 after an hour"'),
  summary: z.string().min(1),
  symptoms: z.array(z.string().min(1)).min(1).describe('Messages, log lines or status lines readers see'),
  codes: z
    .array(codeSchema)
    .default([])
    .describe('The catalog codes the guide involves, if any; their pages link back. A guide about no one code may leave it out'),
  flow: flowSchema.optional().describe('A retry or fallback procedure, drawn as a flowchart and written out as steps'),
  position: listPosition,
});

/** The front matter of a prose page, `pages/<slug>.md`: an overview, best practices, response fields, support. */
export const prosePageFrontMatterSchema = z.strictObject({
  title: z.string().min(1).describe('What the page is about, e.g. "Overview" or "Response fields"'),
  summary: z.string().min(1).optional().describe('One or two sentences under the title'),
  position: listPosition,
});

/** A translated prose page, `locales/<locale>/pages/<slug>.md`: its text only. */
export const prosePageTranslationSchema = z.strictObject({
  source_hash: sourceHash,
  title: z.string().min(1).optional(),
  summary: z.string().min(1).optional(),
});

/**
 * A translated guide, `locales/<locale>/guides/<slug>.md`. Only the text is
 * translated: the codes, step ids and edges come from the source guide, and
 * a translation that repeats them must repeat them unchanged.
 */
export const guideTranslationSchema = z.strictObject({
  source_hash: sourceHash,
  title: z.string().min(1).optional(),
  summary: z.string().min(1).optional(),
  symptoms: z.array(z.string().min(1)).min(1).optional().describe('The symptoms as readers of this language see them'),
  codes: z.array(codeSchema).min(1).optional().describe("The source guide's codes, unchanged"),
  flow: z
    .strictObject({
      title: z.string().min(1).optional(),
      start: stepId.optional(),
      steps: keyedRecord(
        stepId,
        z.strictObject({
          do: z.string().min(1).optional(),
          ask: z.string().min(1).optional(),
          end: z.string().min(1).optional(),
          next: stepId.optional(),
          yes: stepId.optional(),
          no: stepId.optional(),
          codes: stepCodes,
        }),
      ),
    })
    .optional()
    .describe("Each step's text; the steps are the source guide's"),
});

export type CodeValue = z.infer<typeof codeSchema>;
export type CodeEntryInput = z.infer<typeof codeEntrySchema>;
export type CategoryFile = z.infer<typeof categoryFileSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
export type EnvelopePreset = (typeof envelopePresets)[number];
export type EnvelopeSource = (typeof envelopeSources)[number];
export type EnvelopeInput = NonNullable<CatalogFile['envelope']>;
export type EnvelopeFieldInput = z.infer<typeof envelopeFieldSchema>;
export type StatusInfo = z.infer<typeof statusInfoSchema>;
export type RetryPolicy = z.infer<typeof retryPolicySchema>;
export type TagInfo = z.infer<typeof tagInfoSchema>;
export type SeverityInfo = z.infer<typeof severityInfoSchema>;
export type Header = z.infer<typeof headerSchema>;
export type FlowStep = z.infer<typeof flowStepSchema>;
export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;
export type GuideTranslationFrontMatter = z.infer<typeof guideTranslationSchema>;
export type ProsePageFrontMatter = z.infer<typeof prosePageFrontMatterSchema>;
export type ProsePageTranslationFrontMatter = z.infer<typeof prosePageTranslationSchema>;

const translatedList = z.array(markdown).min(1);

/**
 * One file per locale under `locales/`, keyed by code and id, never by English
 * text, so rewording the English orphans nothing. Every field is optional:
 * what is missing falls back to English, marked as such.
 */
export const localeFileSchema = z.strictObject({
  $schema: z.string().optional(),
  locale: localeIdSchema,
  categories: keyedRecord(z.string(), z.strictObject({title: z.string().min(1).optional(), description: markdown.optional()})).default(
    emptyRecord,
  ),
  statuses: keyedRecord(
    statusKey,
    z.strictObject({
      meaning: z.string().min(1).optional(),
      description: markdown.optional(),
      troubleshooting: translatedList.optional(),
      headers: keyedRecord(z.string(), markdown).optional().describe("Header name → its description, for the status's headers"),
    }),
  ).default(emptyRecord),
  headers: keyedRecord(z.string(), markdown)
    .default(emptyRecord)
    .describe('Header name → its description, for the headers catalog.yaml declares for every response'),
  codes: keyedRecord(
    z.string(),
    z.strictObject({
      title: z.string().min(1).optional(),
      message: z.string().min(1).optional().describe('ICU message with exactly the placeholders of the English message'),
      variants: keyedRecord(z.string(), z.string().min(1))
        .optional()
        .describe("Variant key → its message, with exactly the placeholders of the source language's variant"),
      description: markdown.optional(),
      causes: translatedList.optional(),
      resolution: translatedList.optional(),
      retry_condition: markdown.optional(),
      params: keyedRecord(z.string(), markdown).optional().describe('Placeholder name → its description'),
      headers: keyedRecord(z.string(), markdown).optional().describe('Header name → its description'),
      lifecycle: z
        .strictObject({deprecated: markdown.optional(), removed: markdown.optional()})
        .optional()
        .describe('The reasons given for deprecation and removal'),
    }),
  ).default(emptyRecord),
});

export type LocaleFile = z.infer<typeof localeFileSchema>;

/** JSON Schemas for editors, one per kind of catalog file. */
export function catalogJsonSchemas(): Record<
  'catalog' | 'category' | 'locale' | 'guide' | 'guide-translation' | 'prose-page' | 'prose-page-translation',
  object
> {
  return {
    catalog: z.toJSONSchema(catalogFileSchema, {io: 'input'}),
    category: z.toJSONSchema(categoryFileSchema, {io: 'input'}),
    locale: z.toJSONSchema(localeFileSchema, {io: 'input'}),
    guide: z.toJSONSchema(guideFrontMatterSchema, {io: 'input'}),
    'guide-translation': z.toJSONSchema(guideTranslationSchema, {io: 'input'}),
    'prose-page': z.toJSONSchema(prosePageFrontMatterSchema, {io: 'input'}),
    'prose-page-translation': z.toJSONSchema(prosePageTranslationSchema, {io: 'input'}),
  };
}
