/** A code may be sent with several messages: its main one and variants, each checked, localized and selectable. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {catalogExport, createMarkdownRenderer, Localizer, readCatalog, type Catalog} from '../model';
import {messageBundles} from '../model/bundles';
import {createErrorResponder} from '../runtime';
import {errorLines, writeOneCategoryCatalog} from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'variants-'));
});
afterAll(async () => {
  await fs.rm(dir, {recursive: true, force: true});
});

const root = `product: {name: Keys}
envelope: {format: nested}
locales: [en, de]
statuses:
  "401": {title: Unauthorized}
`;

/** `invalid_key` has a main message without placeholders and a variant that names the provider. */
const codes = `
  - code: invalid_key
    title: Invalid API key
    status: 401
    message: Invalid API key provided
    variants:
      for_provider: "Invalid API key for provider ''{provider}''"
      constructor: "Invalid API key for model {model}"
    params:
      provider: {type: string, description: The provider, example: openai}
      model: {type: string, description: The model, example: gpt-4o}
`;

async function write(name: string, categoryCodes: string, locale?: string): Promise<string> {
  const catalogDir = await writeOneCategoryCatalog(path.join(dir, name), root, categoryCodes);
  if (locale) {
    await fs.mkdir(path.join(catalogDir, 'locales'), {recursive: true});
    await fs.writeFile(path.join(catalogDir, 'locales/de.yaml'), `locale: de\ncodes:\n  invalid_key:\n${locale}`);
  }
  return catalogDir;
}

async function load(name: string, categoryCodes: string, locale?: string): Promise<Catalog> {
  const {catalog, diagnostics} = await readCatalog(await write(name, categoryCodes, locale));
  expect(errorLines(diagnostics)).toEqual([]);
  return catalog!;
}

async function errors(name: string, categoryCodes: string, locale?: string): Promise<string[]> {
  const {catalog, diagnostics} = await readCatalog(await write(name, categoryCodes, locale));
  expect(catalog).toBeUndefined();
  return errorLines(diagnostics);
}

const german = `    variants:
      for_provider: "Ungültiger API-Schlüssel für den Anbieter ''{provider}''"
`;

describe('message variants', () => {
  it('take params the main message does not use, and are localized one by one', async () => {
    const catalog = await load('valid', codes, german);
    const de = new Localizer(catalog, 'de').messages(catalog.codes[0]!);
    expect(de).toEqual([
      {text: {value: 'Invalid API key provided', fallback: true}},
      {variant: 'for_provider', text: {value: "Ungültiger API-Schlüssel für den Anbieter ''{provider}''"}},
      {variant: 'constructor', text: {value: 'Invalid API key for model {model}', fallback: true}},
    ]);
    const [, bundle] = messageBundles(catalog);
    expect(bundle!.messages.invalid_key).toBe('Invalid API key provided');
    expect({...bundle!.variants.invalid_key}).toEqual({
      for_provider: "Ungültiger API-Schlüssel für den Anbieter ''{provider}''",
      constructor: 'Invalid API key for model {model}',
    });
    expect(bundle!.fallback).toEqual(['invalid_key']);
  });

  it('are refused where a placeholder is undeclared or hidden by a quote, a param unused, or a translation differs', async () => {
    expect(
      await errors(
        'invalid',
        `
  - code: invalid_key
    title: Invalid API key
    status: 401
    message: Invalid API key provided
    variants:
      for_provider: "Invalid API key for provider {provider} and {region}"
      quoted: "Invalid API key for '{provider}'"
    params:
      provider: {type: string, description: The provider, example: openai}
      unused: {type: string, description: Nothing, example: x}
`,
        `    variants:
      for_provider: "Ungültiger API-Schlüssel"
      missing: "Gibt es nicht"
`,
      ),
    ).toEqual([
      'errors.yaml:8:21 error codes[0].variants.for_provider: placeholder {region} is used but not declared in params',
      expect.stringMatching(/^errors\.yaml:9:15 error codes\[0\]\.variants\.quoted: '\{provider\}' is quoted text/),
      'errors.yaml:12:15 error codes[0].params.unused: param "unused" is declared but not used in any message',
      'de.yaml:5:21 error codes.invalid_key.variants.for_provider: placeholders differ from the en message: lacks {provider}, {region}',
      'de.yaml:6:7 error codes.invalid_key.variants.missing: code invalid_key has no variant missing',
    ]);
  });

  it('are in the export, and the runtime sends the one asked for, with only the params it uses', async () => {
    const catalog = await load('runtime', codes, german);
    const exported = catalogExport(catalog, await createMarkdownRenderer());
    expect(exported.codes[0]!.variants).toEqual({
      for_provider: {en: "Invalid API key for provider ''{provider}''", de: "Ungültiger API-Schlüssel für den Anbieter ''{provider}''"},
      constructor: {en: 'Invalid API key for model {model}', de: 'Invalid API key for model {model}'},
    });
    const errors = createErrorResponder(exported, {mode: 'development'});
    const message = (response: {body: Record<string, unknown>}) => (response.body.error as {message: string}).message;
    expect(message(errors.respond('invalid_key'))).toBe('Invalid API key provided');
    expect(message(errors.respond('invalid_key', {provider: 'groq'}, {variant: 'for_provider', acceptLanguage: 'de'}))).toBe(
      "Ungültiger API-Schlüssel für den Anbieter 'groq'",
    );
    expect(message(errors.respond('invalid_key', {model: 'gpt-4o'}, {variant: 'constructor'}))).toBe('Invalid API key for model gpt-4o');
    expect(() => errors.respond('invalid_key', {provider: 'groq'})).toThrow('code invalid_key: unexpected provider');
    expect(() => errors.respond('invalid_key', {}, {variant: 'for_provider'})).toThrow('code invalid_key: missing provider');
    expect(() => errors.respond('invalid_key', {}, {variant: 'toString'})).toThrow(
      'code invalid_key: no variant toString (it has for_provider, constructor)',
    );
  });
});
