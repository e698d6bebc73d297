/**
 * The wire format of error bodies, as data: a list of fields, each a path in the body and what it carries. The
 * built-in formats are such lists; a catalog may write its own. Everything that writes or reads a body (examples,
 * the runtime, client modules, the paste box, the OpenAPI export, guide checks) reads this one description.
 */
import {z} from 'zod';
import type {EnvelopeFieldInput, EnvelopeInput, EnvelopePreset, EnvelopeSource} from './schema';
import {stated} from './stated';

export type JsonScalar = string | number | boolean | null;

/** One field of a body: where it is, and either what it carries or the constant it always holds. */
export type EnvelopeField =
  | {
      path: string[];
      from: EnvelopeSource;
      /** The value sent when a code has nothing for `from`; without it the field is left out. */
      or?: JsonScalar;
      prefix?: string;
    }
  | {path: string[]; const: JsonScalar};

export interface EnvelopeFormat {
  /** The built-in format's name, or `custom` for the catalog's own description. */
  id: EnvelopePreset | 'custom';
  contentType: string;
  fields: EnvelopeField[];
}

/** What reading and writing a body needs of a format: a catalog's, or one from the catalog export. */
type FormatFields = Pick<EnvelopeFormat, 'fields'>;

/** The catalog's envelopes: the API's own format first, then the alternatives it also serves. */
export interface Envelope {
  formats: EnvelopeFormat[];
  /** What the code field of every format carries: the catalog code or the symbolic name. */
  identifier: 'code' | 'name';
  requestIdExample: string;
  /** The key of `details` that carries the seconds to wait, when the API sends them in the body. */
  retryAfterDetail?: string;
}

/** The built-in formats, written as a catalog writes its own. */
const presets: Record<EnvelopePreset, {contentType: string; fields: EnvelopeFieldInput[]}> = {
  nested: {
    contentType: 'application/json',
    fields: [
      {path: 'error.code', from: 'code'},
      {path: 'error.message', from: 'message'},
      {path: 'error.details', from: 'details'},
      {path: 'error.field_errors', from: 'field_errors'},
      {path: 'error.documentation_url', from: 'documentation_url'},
      {path: 'error.request_id', from: 'request_id'},
    ],
  },
  openai: {
    contentType: 'application/json',
    fields: [
      {path: 'error.message', from: 'message'},
      {path: 'error.type', from: 'type'},
      {path: 'error.param', from: 'param', or: null},
      {path: 'error.code', from: 'code'},
    ],
  },
  camel: {
    contentType: 'application/json',
    fields: [
      {path: 'error.code', from: 'code'},
      {path: 'error.message', from: 'message'},
      {path: 'error.category', from: 'category'},
      {path: 'error.statusCode', from: 'status'},
      {path: 'error.correlationId', from: 'request_id'},
      {path: 'error.suggestion', from: 'suggestion'},
      {path: 'error.details', from: 'details'},
    ],
  },
  problem: {
    contentType: 'application/problem+json',
    fields: [
      // RFC 9457: a problem with no type of its own is about:blank.
      {path: 'type', from: 'documentation_url', or: 'about:blank'},
      {path: 'title', from: 'title'},
      {path: 'status', from: 'status'},
      {path: 'detail', from: 'message'},
      {path: 'instance', from: 'request_id', prefix: 'urn:request:'},
      {path: 'code', from: 'code'},
      {path: 'details', from: 'details'},
      {path: 'field_errors', from: 'field_errors'},
    ],
  },
};

function resolveField(field: EnvelopeFieldInput): EnvelopeField {
  const path = field.path.split('.');
  if (field.from === undefined) return {path, const: field.const ?? null};
  return {
    path,
    from: field.from,
    ...stated('or', field.or),
    ...stated('prefix', field.prefix),
  };
}

/** The catalog's `envelope` as formats. A built-in format's code field carries the name where `code_value` says so. */
export function resolveEnvelope(input: EnvelopeInput): Envelope {
  const identifier = input.fields ? (input.fields.some((f) => f.from === 'code') ? 'code' : 'name') : (input.code_value ?? 'code');
  const preset = (id: EnvelopePreset): EnvelopeFormat => ({
    id,
    contentType: presets[id].contentType,
    fields: presets[id].fields.map(resolveField).map((f) => ('from' in f && f.from === 'code' ? {...f, from: identifier} : f)),
  });
  const own: EnvelopeFormat = input.fields
    ? {id: 'custom', contentType: input.content_type ?? 'application/json', fields: input.fields.map(resolveField)}
    : preset(input.format ?? 'nested');
  return {
    formats: [own, ...input.alternatives.map(preset)],
    identifier,
    requestIdExample: input.request_id_example,
    ...stated('retryAfterDetail', input.retry_after_detail),
  };
}

export interface FieldError {
  field: string;
  message: string;
  constraint?: string;
}

/** Everything an error response can say, by source; each format picks its fields. */
export interface ErrorFields {
  code: string | number;
  name?: string;
  status: number;
  type?: string;
  title: string;
  category: string;
  message: string;
  details?: Record<string, unknown>;
  field_errors?: FieldError[];
  param?: string;
  /** The code's page, when the catalog declares the URL its API sends. */
  documentation_url?: string;
  request_id: string;
  /** First resolution step, as plain text, when the catalog gives one. */
  suggestion?: string;
}

/** Sources a body may lack for some codes or calls: a field with one of them and no `or` is optional. */
const optionalSources = new Set<EnvelopeSource>(['details', 'field_errors', 'param', 'documentation_url', 'suggestion']);

/** The value a field has in a body, or undefined when the field is left out. */
function fieldValue(field: EnvelopeField, values: ErrorFields): unknown {
  if ('const' in field) return field.const;
  const value = values[field.from];
  if (value === undefined) return 'or' in field ? field.or : undefined;
  return field.prefix === undefined ? value : `${field.prefix}${String(value)}`;
}

/** Sets a property as own data, whatever its name: a field named `__proto__` is a field, not a prototype. */
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
}

/** The body of an error response in the given format. */
export function envelopeBody(format: FormatFields, values: ErrorFields): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of format.fields) {
    const value = fieldValue(field, values);
    if (value === undefined) continue;
    let node = body;
    for (const key of field.path.slice(0, -1)) {
      if (!Object.hasOwn(node, key)) defineField(node, key, {});
      node = node[key] as Record<string, unknown>;
    }
    defineField(node, field.path.at(-1)!, value);
  }
  return body;
}

/** The value of the wire code field for an entry: its code or its symbolic name. */
export function wireCode(
  catalog: {envelope?: Pick<Envelope, 'identifier'>},
  entry: {code: string | number; name?: string},
): string | number {
  // Validation makes every code name itself when the wire carries names.
  return catalog.envelope?.identifier === 'name' ? (entry.name ?? entry.code) : entry.code;
}

/** The value at a path of a parsed JSON body; undefined where the body has no such field. */
export function valueAt(body: unknown, path: string[]): unknown {
  let value = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Where a format carries a source, if it does. */
export function fieldPath(format: FormatFields, source: EnvelopeSource): string[] | undefined {
  return format.fields.find((f) => 'from' in f && f.from === source)?.path;
}

/** The field a client reads the code from: the catalog code, else the name. */
export function codePath(format: FormatFields): string[] {
  return (fieldPath(format, 'code') ?? fieldPath(format, 'name'))!;
}

/**
 * The fields every body of the format has, with the constant a field always holds: what tells the formats apart.
 * Checked most specific first, a body is read in the first format it fits.
 */
export function formatSignature(format: FormatFields): {path: string[]; equals?: JsonScalar}[] {
  return format.fields.flatMap((f) => {
    if ('const' in f) return [{path: f.path, equals: f.const}];
    return optionalSources.has(f.from) && !('or' in f) ? [] : [{path: f.path}];
  });
}

/** The formats in the order a reader tries them: the one with the most fields that are always there first. */
export function readingOrder(formats: EnvelopeFormat[]): EnvelopeFormat[] {
  return [...formats].sort((a, b) => formatSignature(b).length - formatSignature(a).length);
}

const fieldErrorSchema = z.strictObject({field: z.string(), message: z.string(), constraint: z.string().optional()});

type SchemaTree = Map<string, SchemaTree | z.ZodType>;

function objectSchema(tree: SchemaTree): z.ZodType {
  return z.strictObject(Object.fromEntries([...tree].map(([key, node]) => [key, node instanceof Map ? objectSchema(node) : node])));
}

/**
 * The wire shape of a format. `code` is the schema of the code field (e.g. an enum of the catalog's codes), so the
 * same shape types the OpenAPI export.
 */
export function envelopeBodySchema(format: FormatFields, code: z.ZodType = z.union([z.string(), z.number()])): z.ZodType {
  const sources: Record<EnvelopeSource, z.ZodType> = {
    code: z.union([z.string(), z.number()]),
    name: z.string(),
    status: z.int().min(100).max(599),
    type: z.string(),
    title: z.string(),
    category: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
    field_errors: z.array(fieldErrorSchema),
    param: z.string(),
    documentation_url: z.url(),
    request_id: z.string(),
    suggestion: z.string(),
  };
  const codeSource = fieldPath(format, 'code') ? 'code' : 'name';
  sources[codeSource] = code;
  const tree: SchemaTree = new Map();
  for (const field of format.fields) {
    let schema: z.ZodType;
    if ('const' in field) schema = z.literal(field.const);
    else {
      const base = field.prefix === undefined ? sources[field.from] : z.string().startsWith(field.prefix);
      schema = 'or' in field ? z.union([base, z.literal(field.or ?? null)]) : optionalSources.has(field.from) ? base.optional() : base;
    }
    let node = tree;
    for (const key of field.path.slice(0, -1)) {
      if (!node.has(key)) node.set(key, new Map());
      node = node.get(key) as SchemaTree;
    }
    node.set(field.path.at(-1)!, schema);
  }
  return objectSchema(tree);
}
