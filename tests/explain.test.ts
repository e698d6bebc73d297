import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {main} from '../plugins/docusaurus-plugin-error-catalog/src/cli';
import {createErrorMatcher, type LookupExport} from '../plugins/docusaurus-plugin-error-catalog/src/runtime';
import {queries} from './searchQueries';
import {sites} from './sites';

/** `error-catalog explain … --format json`, run in this process: its exit code and what it printed. */
async function explainCommand(text: string, catalog: string, locale: string) {
  let printed = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((printed += String(chunk)), true));
  try {
    const status = await main(['explain', text, catalog, '--locale', locale, '--format', 'json']);
    return {status, result: JSON.parse(printed) as unknown};
  } finally {
    write.mockRestore();
  }
}

/** The runtime's matcher, on the `lookup.json` the build wrote for the locale. */
const matcher = (site: 'demo' | 'programs', locale: string) => {
  const file = path.join(sites[site].outDir, locale === 'en' ? '' : locale, 'errors/lookup.json');
  return createErrorMatcher(JSON.parse(readFileSync(file, 'utf8')) as LookupExport);
};

describe('the same matcher outside the browser', () => {
  it.each(queries)('$site, $locale: $why', async ({query, expect: code, site, locale}) => {
    const fromRuntime = await matcher(site, locale).matchError(query);
    const {status, result} = await explainCommand(query, sites[site].catalog, locale);
    // The CLI ranks from the catalog, the runtime from the built site's file: the same answer, reasons and URLs included.
    expect(result).toEqual(fromRuntime);
    if (code === null) {
      expect(fromRuntime.matches).toEqual([]);
      expect(fromRuntime.help).toBeDefined();
      expect(status).toBe(1);
    } else {
      expect(fromRuntime.matches[0]!.code).toBe(code);
      expect(fromRuntime.matches[0]!.url).toMatch(new RegExp(`^https://[^/]+${locale === 'en' ? '' : `/${locale}`}/errors/[^/]+$`));
      expect(status).toBe(0);
    }
  });
});

describe('error-catalog explain, as text', () => {
  /** What `explain` prints for a person, and its exit code. */
  async function explainText(...args: string[]) {
    let printed = '';
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void (printed += `${line}\n`));
    try {
      return {status: await main(['explain', ...args]), printed};
    } finally {
      log.mockRestore();
    }
  }

  it('prints the ranked codes with their URLs and why, in the words of the requested language', async () => {
    const {status, printed} = await explainText('Authentifizierungstoken abgelaufen', sites.demo.catalog, '--locale', 'de');
    expect(status).toBe(0);
    expect(printed).toContain(
      '1. 2002 EXPIRED_TOKEN (401) Authentifizierungstoken abgelaufen\n   https://docs.llm-copilot-agent.dev/de/errors/2002\n   Entspricht der Meldung auf Deutsch',
    );
  });

  it('names a code by what the catalog states: no name or status it leaves out', async () => {
    const database = await explainText('ERROR:  relation "orders" does not exist', sites.database.catalog);
    expect(database.printed).toContain('1. 42P01 undefined_table Undefined table\n   https://tabula.example.org/errors/42p01\n');
    const bare = await explainText('Invalid API key provided', sites.bare.catalog);
    expect(bare.printed).toContain('1. invalid api key (400) Invalid API key\n');
  });

  it('says when the codes are only close, and which words it read as misspelt', async () => {
    const {printed} = await explainText('Authentification token expired', sites.demo.catalog);
    expect(printed.split('\n')[0]).toBe('No code matches this text exactly. These come closest:');
    expect(printed).toContain('Most words of the English message · spelling close to: authentification → authentication');
  });

  it('offers what the text does say when nothing matches, and exits 1', async () => {
    const {status, printed} = await explainText('HTTP/1.1 503 from the load balancer', sites.demo.catalog);
    expect(status).toBe(1);
    expect(printed).toContain('  HTTP 503 Service Unavailable: https://docs.llm-copilot-agent.dev/errors/status/503');
    expect(printed).toContain('  https://docs.llm-copilot-agent.dev/errors\n');
  });
});
