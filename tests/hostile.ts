/**
 * A catalog written to break a site: string codes starting with every letter and digit, codes that prefix every
 * generated section's URL, `Object.prototype` names as codes, names, aliases, ids, params, variant keys, translation keys
 * and message words, a name three codes share, and script payloads in every free-text field and prose page. It must
 * build, pass `verify`, and run nothing.
 */
import {promises as fs} from 'node:fs';
import path from 'node:path';
import {stringify} from 'yaml';

/** Names every plain-object lookup would find on `Object.prototype`. */
export const prototypeNames = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable'];

/** Each one calls `alert`, so a browser test with a dialog handler sees it run. */
export const scriptPayloads = {
  closeScript: '</script><script>alert("close-script")</script>',
  rawHtml: '<img src=x onerror=alert("img")><svg onload=alert("svg")>',
  markdownLink: '[inline](javascript:alert("inline")) [mixed](JaVaScRiPt:alert("mixed")) [entity](javascript&#58;alert("entity"))',
  autolink: '<javascript:alert("autolink")>',
  reference: '[ref][evil]\n\n[evil]: javascript:alert("reference")',
  lineBreaks: 'Line one\n# Injected heading\n<b>raw</b>\u2028second\u2029third',
};

const markdownPayload = `${scriptPayloads.markdownLink} ${scriptPayloads.autolink} ${scriptPayloads.rawHtml}`;
const linePayload = `Title ${scriptPayloads.closeScript} ${scriptPayloads.lineBreaks}`;

/**
 * Codes that start with every letter and digit, prefix every section segment, are `Object.prototype` names, or hold
 * spaces, quotes and markup, as the text codes some APIs send.
 */
export function hostileCodes(): string[] {
  const initials = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `${c}x-code`);
  const prefixes = ['c', 'cat', 'categoriesx', 's', 'stat', 'statusx', 'g', 'guide', 'guidesx', 't', 'tag', 'tagsx', 'translation'];
  const texts = ['invalid api key', `it's "quoted" & <b>bold</b>`, '<img src=x onerror=alert("code")> code', 'über größe'];
  return [...initials, ...prefixes, ...prototypeNames, ...texts];
}

export async function writeHostileCatalog(dir: string): Promise<void> {
  await fs.rm(dir, {recursive: true, force: true});
  for (const sub of ['categories', 'locales', 'guides', 'pages']) await fs.mkdir(path.join(dir, sub), {recursive: true});
  const write = (file: string, data: unknown) => fs.writeFile(path.join(dir, file), stringify(data, {lineWidth: 0}));
  const status = (title: string) => ({
    title,
    meaning: `Meaning ${scriptPayloads.closeScript}`,
    description: markdownPayload,
    troubleshooting: [scriptPayloads.reference, scriptPayloads.markdownLink],
  });
  await write('catalog.yaml', {
    product: {name: `Hostile ${scriptPayloads.closeScript}\nexport const pwned = 1; /* */ // \u2028pwned()`},
    documentation_url: 'https://hostile.example.com/errors/{slug}',
    envelope: {format: 'nested'},
    locales: ['en', 'ja'],
    statuses: {'400': status('Bad Request'), '404': status('Not Found'), '429': status('Too Many Requests')},
    tags: Object.fromEntries(
      prototypeNames.map((name) => [name.toLowerCase(), {title: `Tag ${scriptPayloads.closeScript}`, description: markdownPayload}]),
    ),
  });
  const codes = hostileCodes();
  // The codes named after prototype names have them as their symbolic names too; two more codes share valueOf.
  const nameOf = (code: string, i: number) =>
    prototypeNames.includes(code)
      ? code
      : i === 3 || i === 4
        ? 'valueOf'
        : `${code
            .replace(/[^A-Za-z0-9]+/g, '_')
            .replace(/^_+|_+$/g, '')
            .replace(/^(\d)/, 'E$1')
            .toUpperCase()}_NAME`;
  const entry = (code: string, i: number) => ({
    code,
    name: nameOf(code, i),
    title: i === 0 ? linePayload : `${code} ${scriptPayloads.closeScript}`,
    status: [400, 404, 429][i % 3],
    // The codes named after prototype names have them as their messages' rarest word, as when the build crashed.
    // A code's markup is no ICU tag or argument in its message.
    message: i === 0 ? 'Not a {constructor} of {toString}' : `Failed ${code.replace(/[<{}]/g, '')}`,
    // Variant keys that are prototype names, with quotes, an ampersand, an apostrophe and a script URL, but no ICU syntax.
    variants:
      i % 4 === 1
        ? {constructor: `Variant "quoted" & it's ${code.replace(/[<{}]/g, '')} javascript:alert("variant")`, valueof: 'Another variant'}
        : {},
    params:
      i === 0
        ? {
            constructor: {type: 'string', description: markdownPayload, example: scriptPayloads.closeScript},
            toString: {type: 'string', description: scriptPayloads.reference, example: 'x'},
          }
        : {},
    description: `${markdownPayload}\n\n${scriptPayloads.reference}`,
    expose_details: true,
    retryable: i % 3 === 2,
    causes: [scriptPayloads.markdownLink, scriptPayloads.autolink],
    resolution: [scriptPayloads.reference, scriptPayloads.rawHtml],
    headers: i % 3 === 2 ? [{name: 'Retry-After', description: markdownPayload, example: 30}] : [],
    example: {details: {[prototypeNames[i % prototypeNames.length]!]: scriptPayloads.closeScript}},
    aliases: i === 1 ? ['toString-alias', 'valueOf-alias'] : [],
    tags: [prototypeNames[i % prototypeNames.length]!.toLowerCase()],
    related: [codes[(i + 1) % codes.length]],
    lifecycle: {since: '1.0'},
  });
  // Category ids are prototype names too.
  const perCategory = Math.ceil(codes.length / 3);
  for (const [c, id] of ['constructor', 'tostring', 'valueof'].entries()) {
    const slice = codes.slice(c * perCategory, (c + 1) * perCategory);
    await write(`categories/${id}.yaml`, {
      category: {id, title: `Category ${scriptPayloads.closeScript}`, description: markdownPayload},
      codes: slice.map((code) => entry(code, codes.indexOf(code))),
    });
  }
  await write('locales/ja.yaml', {
    locale: 'ja',
    categories: {constructor: {title: `カテゴリ ${scriptPayloads.closeScript}`}},
    codes: Object.fromEntries(
      prototypeNames.map((code) => [code, {title: `タイトル ${scriptPayloads.closeScript}`, description: markdownPayload}]),
    ),
  });
  await fs.writeFile(
    path.join(dir, 'pages', 'hostile-page.md'),
    `---\n${stringify({title: linePayload, summary: markdownPayload})}---\n\n${markdownPayload}\n\n${scriptPayloads.reference}\n\n<script>alert("page")</script>\n\nSee \`constructor\`.\n`,
  );
  await fs.writeFile(
    path.join(dir, 'guides', 'hostile-guide.md'),
    `---\n${stringify({
      title: `Guide ${scriptPayloads.closeScript}`,
      summary: markdownPayload,
      symptoms: [`Not a constructor ${scriptPayloads.closeScript}`],
      codes: codes.slice(0, 3),
    })}---\n\n## Steps\n\n${markdownPayload}\n\n${scriptPayloads.reference}\n\n<script>alert("guide")</script>\n\nSee \`constructor\`.\n`,
  );
}
