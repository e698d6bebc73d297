/** ICU MessageFormat templates: placeholder extraction and example rendering. */
import {parse, TYPE, type MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {IntlMessageFormat} from 'intl-messageformat';
import {isUnspaced, wordsOf} from '../match/text';

/** Every memo below, for forgetMessages. */
const memos: Map<string, unknown>[] = [];

/**
 * Drops what the memos hold: about 80 MB at 10,000 codes in six languages. `docusaurus build` loads the catalog once,
 * so it needs them no longer; `docusaurus start` keeps them for its reloads.
 */
export function forgetMessages(): void {
  for (const memo of memos) memo.clear();
}

/**
 * A function of a message template, computed once per text. Each message is parsed for validation, its search
 * pattern, its words and its examples, and again on every reload in `docusaurus start`.
 * Results are shared: callers must not change them.
 */
function perMessage<T>(compute: (message: string) => T): (message: string) => T {
  const results = new Map<string, T>();
  memos.push(results);
  return (message) => {
    let result = results.get(message);
    if (result === undefined) results.set(message, (result = compute(message)));
    return result;
  };
}

/** Throws on a template that is not valid ICU. */
const parseIcu = perMessage(parse);

/** A code's messages: its main one, without a variant key, then its variants in the catalog's order. */
export function codeMessages(entry: {message: string; variants: Record<string, string>}): {variant?: string; text: string}[] {
  return [{text: entry.message}, ...Object.entries(entry.variants).map(([variant, text]) => ({variant, text}))];
}

/** Where a code's message is written: `message`, or `variants.<key>`. */
export const messageField = (variant: string | undefined): string[] => (variant === undefined ? ['message'] : ['variants', variant]);

export type ParsedMessage = {ok: true; placeholders: Set<string>} | {ok: false; error: string};

/** The placeholders of `elements`, or with `only`, those of its element types; plural and select cases included. */
function collect(elements: MessageFormatElement[], into: Set<string>, only?: TYPE[]): void {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        if (!only || only.includes(el.type)) into.add(el.value);
        break;
      case TYPE.plural:
      case TYPE.select:
        if (!only || only.includes(el.type)) into.add(el.value);
        for (const option of Object.values(el.options)) collect(option.value, into, only);
        break;
      case TYPE.tag:
        collect(el.children, into, only);
        break;
      default:
        break;
    }
  }
}

/** The placeholders a message formats as a date or a time: their values must be dates. */
const dateArguments = perMessage((message): Set<string> => {
  const names = new Set<string>();
  collect(parseIcu(message), names, [TYPE.date, TYPE.time]);
  return names;
});

/** The placeholders a message formats as a number or chooses a plural case by: their values must be numbers. */
const numberArguments = perMessage((message): Set<string> => {
  const names = new Set<string>();
  collect(parseIcu(message), names, [TYPE.number, TYPE.plural]);
  return names;
});

/**
 * Why a placeholder the template names is not one, when ICU quoting swallowed it: `'{provider}'` shows the braces as
 * text. Authors who write quotes around a value mean the value; doubled apostrophes show it that way.
 */
export function quotedPlaceholderProblem(template: string, name: string): string | undefined {
  const quoted = new RegExp(`(^|[^'])'\\{${escapeRegExp(name)}\\}`);
  if (!quoted.test(template)) return undefined;
  return `'{${name}}' is quoted text in ICU messages, so readers would see {${name}} instead of its value; write ''{${name}}'' to show the value between apostrophes`;
}

/**
 * The placeholders whose example value can't be formatted the way the message formats them: a date argument needs a
 * date, a number or plural argument a number (a page would show "NaN", or the build would stop).
 */
export function exampleMisfits(message: string, examples: Record<string, unknown>): {name: string; problem: string}[] {
  const misfits: {name: string; problem: string}[] = [];
  for (const name of dateArguments(message)) {
    if (Object.hasOwn(examples, name) && !asDate(examples[name])) {
      misfits.push({
        name,
        problem: `{${name}} is formatted as a date: its example must be an ISO 8601 date such as 2026-01-01T10:00:00Z, or milliseconds`,
      });
    }
  }
  for (const name of numberArguments(message)) {
    if (Object.hasOwn(examples, name) && typeof examples[name] !== 'number') {
      misfits.push({name, problem: `{${name}} is formatted as a number: its example must be a number`});
    }
  }
  return misfits;
}

/** A date as the catalog and servers give one: a Date, an ISO 8601 string or milliseconds; undefined if it is none. */
export function asDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}

/** The named placeholders of an ICU message, including those inside plural/select. */
export const parseMessage = perMessage((message): ParsedMessage => {
  try {
    const placeholders = new Set<string>();
    collect(parseIcu(message), placeholders);
    return {ok: true, placeholders};
  } catch (error) {
    return {ok: false, error: `not a valid ICU message: ${icuProblem(error as Error & {location?: {start?: {offset?: number}}})}`};
  }
});

/** The parser's error kinds that catalog authors meet, in plain words. */
const icuProblems: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a placeholder opened with "{" is not closed with "}" (write a literal brace as \'{\')',
  EMPTY_ARGUMENT: 'a placeholder "{}" has no name',
  MALFORMED_ARGUMENT: 'a placeholder name may hold only letters, digits and _',
  EXPECT_ARGUMENT_TYPE: 'a "," after a placeholder name must be followed by a type (number, date, plural, select…)',
  INVALID_ARGUMENT_TYPE: 'the placeholder type is not one of number, date, time, plural, selectordinal or select',
  MISSING_OTHER_CLAUSE: 'a plural or select lacks its "other {…}" case',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: 'a quote in a placeholder style is not closed',
  INVALID_TAG: 'a "<" starts a tag that is not closed (write a literal < as \'<\')',
  UNMATCHED_CLOSING_TAG: 'a closing tag has no opening tag',
  UNCLOSED_TAG: 'a tag is not closed',
};

function icuProblem(error: Error & {location?: {start?: {offset?: number}}}): string {
  const kind = error.message;
  const words = icuProblems[kind] ?? kind.toLowerCase().replace(/_/g, ' ');
  const offset = error.location?.start?.offset;
  return offset === undefined ? words : `${words}, at character ${offset + 1}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Literal text as a pattern: any run of whitespace in it matches any run in what someone pasted. */
const literalSource = (text: string) => text.split(/\s+/).map(escapeRegExp).join('\\s+');

function patternOf(elements: MessageFormatElement[]): {source: string; literal: number} {
  let source = '';
  let literal = 0;
  for (const el of elements) {
    if (el.type === TYPE.literal) {
      source += literalSource(el.value);
      literal += el.value.replace(/\s+/g, '').length;
    } else if (el.type === TYPE.tag) {
      const inner = patternOf(el.children);
      source += inner.source;
      literal += inner.literal;
    } else if (el.type === TYPE.plural || el.type === TYPE.select) {
      // One of the forms, with `#` standing for the number.
      const forms = Object.values(el.options).map((option) => patternOf(option.value));
      source += `(?:${forms.map((f) => f.source).join('|')})`;
      literal += Math.min(...forms.map((f) => f.literal));
    } else {
      // Arguments, numbers, dates, plural and select forms: whatever value was filled in.
      source += '(.+?)';
    }
  }
  return {source, literal};
}

/**
 * A regular expression source that matches the message with any values filled
 * in, and how many literal characters it pins down (more is more specific).
 */
export const messagePattern = perMessage((message): TextPattern => {
  const elements = parseIcu(message);
  const {source, literal} = patternOf(elements);
  const first = elements[0]?.type === TYPE.literal ? elements[0].value.charAt(0) : '';
  const lastElement = elements.at(-1);
  const last = lastElement?.type === TYPE.literal ? lastElement.value.slice(-1) : '';
  return withWordEdges({source, literal}, first, last);
});

export interface TextPattern {
  source: string;
  literal: number;
  wordStart?: true;
  wordEnd?: true;
}

/**
 * Inside a longer line, a text's first and last words must be whole words ("Quota exceeded" is not in
 * "quota exceededness"), except in scripts that do not separate words.
 */
function withWordEdges(pattern: {source: string; literal: number}, first: string, last: string): TextPattern {
  const wordEdge = (c: string) => /[\p{L}\p{N}]/u.test(c) && !isUnspaced(c);
  return {...pattern, ...(wordEdge(first) ? {wordStart: true} : {}), ...(wordEdge(last) ? {wordEnd: true} : {})};
}

/** `messagePattern` for plain text, such as a guide's symptom: every character is literal. */
export function textPattern(text: string): TextPattern {
  const trimmed = text.trim();
  return withWordEdges({source: literalSource(trimmed), literal: trimmed.replace(/\s+/g, '').length}, trimmed.charAt(0), trimmed.slice(-1));
}

/** Text elements as a reader sees them; `counted` is the plural argument that `#` stands for. */
function readableOf(elements: MessageFormatElement[], counted?: string): string {
  return elements
    .map((el) => {
      switch (el.type) {
        case TYPE.literal:
          return el.value;
        case TYPE.pound:
          return counted === undefined ? '#' : `{${counted}}`;
        case TYPE.tag:
          return readableOf(el.children, counted);
        case TYPE.plural:
          return readableOf(el.options.other!.value, el.value);
        case TYPE.select:
          return readableOf(el.options.other!.value, counted);
        default:
          return `{${el.value}}`;
      }
    })
    .join('');
}

/**
 * A template as a reader sees it: ICU quoting resolved, each placeholder as `{name}`, and a plural or select as its
 * `other` case (`Retry in {seconds} seconds`). The template itself is for developers, shown apart and labelled.
 */
export const readableMessage = perMessage((message): string => readableOf(parseIcu(message)));

/**
 * Renders an ICU message with concrete values, for the docs' examples and the runtime alike. A value formatted as a
 * date or time becomes a Date (it may be given as an ISO 8601 string or milliseconds); a Date in a plain placeholder is
 * written as ISO 8601. Throws on a date that is none.
 */
export function formatMessage(message: string, values: Record<string, string | number | boolean | Date>, locale = 'en'): string {
  const key = `${locale}\u0000${message}`;
  let formatter = formatters.get(key);
  // Resolving the locale costs more than formatting: one formatter per locale and template.
  if (!formatter) formatters.set(key, (formatter = new IntlMessageFormat(message, locale)));
  const dates = dateArguments(message);
  // Without a prototype: a placeholder named `constructor` with no value must stay missing, not be Object's.
  const prepared: Record<string, string | number | boolean | Date> = Object.create(null);
  for (const [name, value] of Object.entries(values)) {
    if (!dates.has(name)) {
      prepared[name] = value instanceof Date ? value.toISOString() : value;
      continue;
    }
    const date = asDate(value);
    if (!date) throw new RangeError(`{${name}} is formatted as a date, but ${JSON.stringify(value)} is not one`);
    prepared[name] = date;
  }
  return String(formatter.format(prepared));
}

const formatters = new Map<string, IntlMessageFormat>();
memos.push(formatters);

/**
 * The literal words of a message that any filled-in message contains as whole
 * words: words glued to a placeholder (`{n}items`) are left out, because the
 * value changes them.
 */
export const messageWords = perMessage((message): string[] => {
  const VALUE = '\u0000';
  const flatten = (elements: MessageFormatElement[]): string =>
    elements.map((el) => (el.type === TYPE.literal ? el.value : el.type === TYPE.tag ? flatten(el.children) : VALUE)).join('');
  const text = flatten(parseIcu(message));
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].flatMap((m) => {
    const glued = text[m.index - 1] === VALUE || text[m.index + m[0].length] === VALUE;
    // Pairs of characters never include the value beside them.
    return glued && !isUnspaced(m[0]) ? [] : wordsOf(m[0]);
  });
});
