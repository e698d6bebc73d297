/**
 * `error-catalog init`: a starter catalog in an existing Docusaurus site, whose documentation_url is where the site
 * will publish the pages, with schema comments for editor completion, and the config lines to add.
 */
import {existsSync, promises as fs} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';
import {Refusal} from './refusal';
import {readSiteConfig} from './siteConfig';

export interface InitOptions {
  siteDir: string;
  /** The catalog directory, relative to the site. */
  catalog: string;
  routeBasePath: string;
}

export interface InitResult {
  /** The files written, relative to the site. */
  written: string[];
  /** What to add to docusaurus.config, and the next commands. */
  instructions: string;
}

/** The site's URL, base URL and default locale. */
async function siteSettings(siteDir: string): Promise<{url: string; baseUrl: string; locale: string}> {
  const siteConfig = await readSiteConfig(siteDir);
  if (!siteConfig) throw new Refusal(`${siteDir} has no docusaurus.config: run init in a Docusaurus site`);
  return {url: siteConfig.url, baseUrl: siteConfig.baseUrl, locale: siteConfig.i18n.defaultLocale};
}

/** `# yaml-language-server` comment pointing at one of the package's JSON Schemas, relative to the file. */
function schemaComment(file: string, kind: 'catalog' | 'category'): string {
  const schema = path.relative(path.dirname(file), path.resolve(__dirname, '../schema', `${kind}.schema.json`));
  return `# yaml-language-server: $schema=${schema.split(path.sep).join('/')}\n`;
}

export async function initCatalog({siteDir, catalog, routeBasePath}: InitOptions): Promise<InitResult> {
  const dir = path.resolve(siteDir, catalog);
  if (existsSync(dir) && (await fs.readdir(dir)).length > 0) {
    throw new Refusal(`${path.join(siteDir, catalog)} already exists and is not empty; init writes a new catalog only`);
  }
  const {url, baseUrl, locale} = await siteSettings(siteDir);
  const files: [string, string][] = [
    [
      'catalog.yaml',
      stringify({
        product: {name: 'Example API'},
        documentation_url: `${url.replace(/\/+$/, '')}${baseUrl.replace(/\/+$/, '')}/${routeBasePath}/{code}`,
        envelope: {format: 'nested'},
        locales: [locale],
        statuses: {
          '400': {
            title: 'Bad Request',
            meaning: 'The request is not valid.',
            description: 'The API could not read the request, or a field broke one of its rules.',
            troubleshooting: ['Compare the request with the API reference.'],
          },
        },
      }),
    ],
    [
      path.join('categories', 'validation.yaml'),
      stringify({
        category: {
          id: 'validation',
          title: 'Validation errors',
          description: 'The request reached the API, but a field in it is not valid.',
          range: {min: 1000, max: 1999},
        },
        codes: [
          {
            code: 1000,
            name: 'INVALID_FIELD',
            title: 'A field is not valid',
            status: 400,
            message: 'Field {field} is not valid',
            params: {field: {type: 'string', description: 'The name of the field at fault.', example: 'email'}},
            description: 'A field of the request broke one of its rules: a type, a format or a length.',
            expose_details: true,
            retryable: false,
            causes: ['The field has the wrong type or format.'],
            resolution: ['Fix the field named in the message, then send the request again.'],
            lifecycle: {since: '1.0'},
          },
        ],
      }),
    ],
  ];
  await fs.mkdir(path.join(dir, 'categories'), {recursive: true});
  for (const [rel, text] of files) {
    const file = path.join(dir, rel);
    await fs.writeFile(file, schemaComment(file, rel === 'catalog.yaml' ? 'catalog' : 'category') + text);
  }
  const commands = [
    [`npx error-catalog check ${catalog}`, 'validate the catalog'],
    ['npx docusaurus build', `the reference is at ${baseUrl.replace(/\/+$/, '')}/${routeBasePath}`],
    [`npx error-catalog verify ${catalog} --build build`, 'compare the built site with the catalog'],
  ];
  const width = Math.max(...commands.map(([command]) => command!.length)) + 2;
  const instructions = `Add the plugin to docusaurus.config (beside the classic preset):

  plugins: [['docusaurus-plugin-error-catalog', {path: '${catalog}', routeBasePath: '${routeBasePath}'}]],

Then:

${commands.map(([command, why]) => `  ${command!.padEnd(width)}# ${why}`).join('\n')}

Recovery flows in guides need Mermaid: markdown: {mermaid: true} and themes: ['@docusaurus/theme-mermaid'].`;
  return {written: files.map(([rel]) => path.join(catalog, rel)), instructions};
}
