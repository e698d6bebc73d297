/**
 * `error-catalog import` on the two hand-written references the demo and Synaxis catalogs were written from
 * (__fixtures__/references, copies of the example references): every code, status and message comes back, and the
 * first reference's contradictions are found, as docs/seed-discrepancies.md lists them.
 */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {importReference, importToDirectory, type ImportedCode} from '../importReference';
import {loadCatalog} from '../model';
import {demoCatalog, fixture} from './helpers';

const reference = (name: string) => fs.readFile(fixture(`references/${name}`), 'utf8');
const codesOf = (result: Awaited<ReturnType<typeof importReference>>): ImportedCode[] => result.categories.flatMap((c) => c.codes);

describe('importing a reference written as tables (the LLM-CoPilot-Agent guide)', () => {
  it('recovers every code with its category, name, status, message and expose flag, as the demo catalog holds them', async () => {
    const result = await importReference(await reference('llm-copilot-agent.md'), 'guide.md');
    const imported = new Map(codesOf(result).map((c) => [String(c.code), c]));
    const demo = await loadCatalog(demoCatalog);
    expect([...imported.keys()].sort()).toEqual(demo.codes.map((c) => c.codeText).sort());
    for (const entry of demo.codes) {
      const code = imported.get(entry.codeText)!;
      expect({name: code.name, status: code.status, expose: code.expose_details}, entry.codeText).toEqual({
        name: entry.name,
        status: entry.status,
        expose: entry.expose_details,
      });
      // The demo turned one message into a template with a placeholder; the others are the guide's words.
      if (!entry.message.includes('{')) expect(code.message, entry.codeText).toBe(entry.message);
      const category = result.categories.find((c) => c.codes.includes(code))!;
      expect(category.range, entry.codeText).toEqual(demo.categories.find((c) => c.id === entry.categoryId)!.range);
    }
  });

  it('finds where the guide contradicts itself, with line numbers', async () => {
    const {contradictions} = await importReference(await reference('llm-copilot-agent.md'), 'guide.md');
    for (const expected of [
      'guide.md:19: says 90 error codes; its code tables list 81',
      'guide.md:629: says 90 error codes; its code tables list 81',
      'guide.md:14: Business Logic Errors gives statuses 422, 403, 409, but its codes also use 400 (6000)',
      'guide.md:15: External Service Errors gives statuses 502, 504, but its codes also use 429 (7003)',
      'guide.md:16: Internal Errors gives statuses 500, 503, but its codes also use 502 (8003)',
      'guide.md:17: Streaming Errors gives statuses 500, 503, 504, but its codes also use 400 (9003)',
      'guide.md:426: status 400 lists codes of other statuses: 1013 is 413',
      'guide.md:435: status 500 lists codes of other statuses: 8002 is 503, 8003 is 502',
      'guide.md:436: status 502 lists codes of other statuses: 7002 is 504, 7003 is 429',
      'guide.md:100: the example of INSUFFICIENT_PERMISSIONS shows details, which its table says are not exposed',
      'guide.md:151: the example of RATE_LIMIT_EXCEEDED says "Rate limit exceeded. Please retry after 3600 seconds"; its table says "Rate limit exceeded"',
      'guide.md:118: 4001 RESOURCE_NOT_FOUND has the message of 4000 NOT_FOUND (line 117): "Resource not found"',
    ]) {
      expect(contradictions).toContain(expected);
    }
    // Translations of an example and a development example showing details are not contradictions.
    expect(contradictions.filter((c) => /Recurso|DATABASE_ERROR|LLM_API_ERROR/.test(c))).toEqual([]);
  });

  it('infers the envelope and the documentation URL from the examples, and keeps the translated messages', async () => {
    const {files} = await importReference(await reference('llm-copilot-agent.md'), 'guide.md');
    const catalog = parse(files.get('catalog.yaml')!) as Record<string, unknown>;
    expect(catalog.envelope).toEqual({format: 'nested', code_value: 'name'});
    expect(catalog.documentation_url).toBe('https://docs.llm-copilot-agent.dev/errors/{code}');
    expect(catalog.locales).toEqual(['en', 'es', 'fr', 'de', 'ja', 'zh']);
    expect(parse(files.get('locales/ja.yaml')!)).toEqual({locale: 'ja', codes: {'4000': {message: 'リソースが見つかりません'}}});
    expect(Object.keys(catalog.statuses as object)).toEqual([
      '400',
      '401',
      '403',
      '404',
      '409',
      '410',
      '413',
      '422',
      '429',
      '500',
      '502',
      '503',
      '504',
    ]);
  });
});

describe('importing a reference written as a section per code (the Synaxis reference)', () => {
  it('reads each code with its status, description, causes, resolution and example, and reports what it could not place', async () => {
    const result = await importReference(await reference('synaxis.md'), 'synaxis.md');
    const codes = codesOf(result);
    // 23 code headings, api_error twice.
    expect(codes).toHaveLength(22);
    const invalidValue = codes.find((c) => c.code === 'invalid_value')!;
    expect(invalidValue).toMatchObject({
      status: 400,
      description: 'A specific parameter has an invalid value.',
      message: 'A parameter value is invalid.',
      type: 'invalid_request_error',
    });
    expect(invalidValue.causes).toContain('Temperature out of range (0-2)');
    expect(invalidValue.resolution).toContain('Ensure temperature is between 0 and 2');
    expect(result.contradictions).toContain('synaxis.md:406: code api_error is listed twice; the first, at line 323, is kept');
    expect(result.contradictions).toContain('synaxis.md:190: the example under permission_error carries the code authorization_error');
    expect(result.unplaced.some((u) => u.startsWith('synaxis.md:500: a table (Type | Description | HTTP Status)'))).toBe(true);
    const catalog = parse(result.files.get('catalog.yaml')!) as {envelope: unknown; statuses: object};
    expect(catalog.envelope).toEqual({format: 'openai'});
    expect(Object.keys(catalog.statuses)).toEqual(['200', '400', '401', '403', '404', '429', '500', '502', '503', '504']);
  });
});

describe('importing troubleshooting sections', () => {
  it("turns each common error into a symptom guide, and each procedure into a guide, in the reference's own words", async () => {
    const {guides, files} = await importReference(await reference('synaxis.md'), 'synaxis.md');
    expect(guides.map((g) => g.slug)).toEqual([
      'no-providers-available-for-model',
      'all-providers-failed',
      'circuit-breaker-is-open',
      'streaming-not-supported',
      'troubleshooting-guide',
      'debugging-strategies',
      'ultra-miser-mode-error-recovery',
    ]);
    const circuit = guides.find((g) => g.slug === 'circuit-breaker-is-open')!;
    expect(circuit).toMatchObject({
      title: 'Circuit breaker is open',
      summary: 'A provider has failed too many times and is temporarily disabled.',
      symptoms: ['Circuit breaker is open'],
      line: 545,
    });
    expect(circuit.body).toContain('- Wait for circuit breaker to close (default: 60 seconds)');
    // A procedure states no symptom: the draft leaves it for a person, and check says so.
    const procedure = parse(/^---\n([\s\S]*?)---/.exec(files.get('guides/troubleshooting-guide.md')!)![1]!) as Record<string, unknown>;
    expect(procedure.title).toBe('Troubleshooting Guide');
    expect(procedure).not.toHaveProperty('symptoms');
  });
});

describe('importing a reference in other spellings', () => {
  it('reads other header names, a status table of its own layout and problem+json examples', async () => {
    const markdown = [
      '# Payments API errors',
      '',
      '## HTTP statuses',
      '',
      '| Status code | Description |',
      '| --- | --- |',
      '| 402 | Payment Required - The card was declined |',
      '| 409 | Conflict - The payment already exists |',
      '',
      '## Card errors (300-399)',
      '',
      '| Error code | Symbol | Status | Error message | Expose details |',
      '| --- | --- | --- | --- | --- |',
      '| 301 | `CARD_DECLINED` | 402 | The card was declined | yes |',
      '| 302 | `DUPLICATE_PAYMENT` | 409 | The payment already exists | no |',
      '',
      '```json',
      '{"type": "https://pay.example.com/errors/301", "title": "Payment Required", "status": 402, "detail": "The card was declined", "code": 301}',
      '```',
      '',
      'Total: 3 error codes',
    ].join('\n');
    const result = await importReference(markdown, 'payments.md');
    expect(codesOf(result).map(({line: _line, ...c}) => c)).toEqual([
      {code: 301, name: 'CARD_DECLINED', status: 402, message: 'The card was declined', expose_details: true},
      {code: 302, name: 'DUPLICATE_PAYMENT', status: 409, message: 'The payment already exists', expose_details: false},
    ]);
    expect(result.categories[0]).toMatchObject({title: 'Card errors', range: {min: 300, max: 399}});
    const catalog = parse(result.files.get('catalog.yaml')!) as Record<string, unknown>;
    expect(catalog.envelope).toEqual({format: 'problem'});
    expect(catalog.documentation_url).toBe('https://pay.example.com/errors/{code}');
    expect(catalog.statuses).toEqual({
      '402': {title: 'Payment Required', meaning: 'The card was declined'},
      '409': {title: 'Conflict', meaning: 'The payment already exists'},
    });
    expect(result.contradictions).toEqual(['payments.md:21: says 3 error codes; its code tables list 2']);
  });
});

describe('importing a reference that shows no example', () => {
  it('states no envelope, documentation URL or product: the fill-in list asks for them', async () => {
    const markdown = '## Errors\n\n| Code | Name | Status | Message |\n| --- | --- | --- | --- |\n| 1 | ONE | 400 | One |\n';
    const catalog = parse((await importReference(markdown, 'bare.md')).files.get('catalog.yaml')!) as Record<string, unknown>;
    expect(Object.keys(catalog)).toEqual(['statuses']);
  });
});

describe('error-catalog import', () => {
  it('writes the draft and a report whose fill-in list is exactly what check asks for', async () => {
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'import-')), 'catalog');
    const {report, errors} = await importToDirectory(fixture('references/llm-copilot-agent.md'), out);
    expect(report).toContain('81 codes in 9 categories');
    const filled = [...report.matchAll(/\((\d+)×, first at/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(filled).toBe(errors);
    expect(await fs.readFile(path.join(out, 'import-report.md'), 'utf8')).toBe(report);
    await expect(importToDirectory(fixture('references/llm-copilot-agent.md'), out)).rejects.toThrow(/is not empty/);
  });
});
