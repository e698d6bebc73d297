import type {Root as HastRoot} from 'hast';
import type {Root} from 'mdast';
import type {DocumentPart} from '../pageData';
import {stated} from './stated';

/** Markdown fields of the catalog, rendered to HTML once on the server. */
export type MarkdownRenderer = {
  /** Block Markdown (descriptions). */
  block: (markdown: string) => string;
  /** One list item or line: a single paragraph is unwrapped. */
  inline: (markdown: string) => string;
  /** Text only, for JSON fields and meta tags. */
  plain: (markdown: string) => string;
  /**
   * A whole document (a guide's body): inline code that `link` knows becomes a link to that page; `##` headings get
   * ids; top-level code blocks come apart from the HTML around them.
   */
  document: (markdown: string, link: (inlineCode: string) => CodeLink | undefined) => DocumentPart[];
  /** The `##` headings of a document, with the ids `document` gives them: its table of contents. */
  outline: (markdown: string) => {id: string; title: string}[];
  /** Markdown source that shows `text` literally on one line: line breaks folded, syntax characters escaped. */
  line: (text: string) => string;
  /** A fenced code block that no backticks in `code` can close early. */
  fence: (code: string, language?: string) => string;
};

export interface CodeLink {
  url: string;
  title: string;
}

/**
 * One line of text that Markdown leaves as it is: no syntax characters, no
 * autolink literal, nothing at the start that opens a block, no surrounding
 * whitespace. Most catalog fields are such text, and a full parse costs ~1 ms.
 */
const syntaxFree = /^(?![-+]|\d+[.)])[^\s\\`*_[\]<>&!~|#@]([^\n\r\t\\`*_[\]<>&!~|#@]*\S)?$/;
const autolinkLiteral = /www|:\/\//i;
export const isPlainText = (text: string) => syntaxFree.test(text) && !autolinkLiteral.test(text);

/**
 * Text on one line: every line break (\n, \r, U+2028, U+2029, NEL) and run of space folded to one space. What a
 * single-line output holds (a Markdown heading, a line comment in generated code), so no text can open a new line there.
 */
export function oneLine(text: string): string {
  return text.replace(/[\s\u0085]+/g, ' ').trim();
}

/** URL schemes a catalog link may use; anything else (javascript:, data:, vbscript:) loses its href. */
export const safeProtocols = ['http', 'https', 'mailto'] as const;

/** unified is ESM-only, hence the dynamic imports from this CommonJS module. Built once per process. */
let pipeline: ReturnType<typeof buildPipeline> | undefined;
const markdownPipeline = () => (pipeline ??= buildPipeline());

async function buildPipeline() {
  const [
    {unified},
    {default: remarkParse},
    {default: remarkGfm},
    {default: remarkRehype},
    {default: rehypeStringify},
    {default: rehypeSanitize, defaultSchema},
    {default: remarkDirective},
    {visit, SKIP},
    {toString},
    {createSlugger},
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('rehype-stringify'),
    import('rehype-sanitize'),
    import('remark-directive'),
    import('unist-util-visit'),
    import('mdast-util-to-string'),
    import('@docusaurus/utils'),
  ]);
  // A link whose URL the sanitizer removed leads nowhere: its text stays, as text, so nothing looks like a link that is not.
  const unwrapDeadLinks = () => (tree: HastRoot) => {
    visit(tree, 'element', (node, i, parent) => {
      if (node.tagName !== 'a' || node.properties.href !== undefined || !parent || i === undefined) return undefined;
      parent.children.splice(i, 1, ...node.children);
      return i;
    });
  };
  // Raw HTML in catalog Markdown is dropped (remark-rehype's default); the sanitizer then keeps only GitHub's safe
  // elements and attributes, and links and images whose URL is relative or uses a safe protocol.
  const schema = {...defaultSchema, protocols: {...defaultSchema.protocols, href: [...safeProtocols], src: ['http', 'https']}};
  const documentParser = unified().use(remarkParse).use(remarkDirective).use(remarkGfm).freeze();
  /**
   * A guide body, parsed as the docs are: `:error[2002]` becomes inline code naming the code, so it links like
   * `` `2002` ``; any other directive syntax (`key:value` in prose) is put back as the text it was written as.
   */
  const parseDocument = (markdown: string) => {
    const tree = documentParser.parse(markdown);
    const references: ErrorReference[] = [];
    visit(tree, (node, i, parent) => {
      if (!parent || i === undefined || !['textDirective', 'leafDirective', 'containerDirective'].includes(node.type)) return undefined;
      const start = node.position!.start;
      if (node.type === 'textDirective' && (node as {name: string}).name === 'error') {
        const code = toString(node).trim();
        references.push({code, line: start.line, column: start.column});
        (parent.children as unknown[])[i] = {type: 'inlineCode', value: code};
      } else {
        (parent.children as unknown[])[i] = {type: 'text', value: markdown.slice(start.offset, node.position!.end.offset)};
      }
      return SKIP;
    });
    // Each `##` heading gets an id from its text, as GitHub and Docusaurus make them; the sanitizer then prefixes it,
    // so a heading never takes the id of one of the page's own sections.
    const slugger = createSlugger();
    const headings: {id: string; title: string}[] = [];
    visit(tree, 'heading', (node) => {
      if (node.depth !== 2) return;
      const title = toString(node);
      const id = slugger.slug(title);
      node.data = {...node.data, hProperties: {...node.data?.hProperties, id}};
      headings.push({id: `${schema.clobberPrefix ?? ''}${id}`, title});
    });
    return {tree, references, headings};
  };
  return {
    parseDocument,
    toString,
    parser: unified().use(remarkParse).use(remarkGfm).freeze(),
    processor: unified()
      .use(remarkParse)
      .use(remarkGfm)
      // The sanitizer prefixes ids itself (footnotes), so remark-rehype must not as well.
      .use(remarkRehype, {clobberPrefix: ''})
      .use(rehypeSanitize, schema)
      .use(unwrapDeadLinks)
      .use(rehypeStringify)
      .freeze(),
  };
}

/** An `:error[…]` in a guide body, at its line and column within the body. */
export interface ErrorReference {
  code: string;
  line: number;
  column: number;
}

/** The `:error[…]` references of a guide body, for the check: each must name a code. */
export async function errorReferences(markdown: string): Promise<ErrorReference[]> {
  // Every load reads every guide (after each edit in `docusaurus start`); most name no code this way: skip their parse.
  if (!markdown.includes(':error')) return [];
  return (await markdownPipeline()).parseDocument(markdown).references;
}

/** GitHub-flavoured Markdown as mdast, and the text of a node: for code that reads Markdown rather than renders it. */
export async function markdownSyntax(): Promise<{parse: (markdown: string) => Root; toString: (node: unknown) => string}> {
  const {parser, toString} = await markdownPipeline();
  return {parse: (markdown) => parser.parse(markdown), toString: (node) => toString(node as Root)};
}

/** The full pipeline, without the renderer's shortcut for syntax-free text: what the shortcut must equal. */
export async function renderMarkdownFully(markdown: string): Promise<string> {
  const {processor} = await markdownPipeline();
  return String(processor.processSync(markdown)).trim();
}

export async function createMarkdownRenderer(): Promise<MarkdownRenderer> {
  const [{parser, processor, parseDocument}, {toString}, {visit, SKIP}, {toMarkdown}] = await Promise.all([
    markdownPipeline(),
    import('mdast-util-to-string'),
    import('unist-util-visit'),
    import('mdast-util-to-markdown'),
  ]);
  // The same field is rendered for its page, the JSON export and the Markdown twin, and again after each edit in
  // `docusaurus start`, whose plugin keeps its renderer.
  const rendered = new Map<string, string>();
  const block = (markdown: string) => {
    if (isPlainText(markdown)) return `<p>${markdown}</p>`;
    let html = rendered.get(markdown);
    if (html === undefined) rendered.set(markdown, (html = String(processor.processSync(markdown)).trim()));
    return html;
  };
  const plainTexts = new Map<string, string>();
  // A document's HTML depends on its text and on what `link` made of each inline code in it.
  const documents = new Map<string, {parts: DocumentPart[]; links: Map<string, CodeLink | undefined>}>();
  /** The sanitized tree's top-level code blocks apart, with their language; the HTML between them as it is. */
  const documentParts = (tree: HastRoot): DocumentPart[] => {
    const parts: DocumentPart[] = [];
    let run: HastRoot['children'] = [];
    const flush = () => {
      const html = String(processor.stringify({type: 'root', children: run})).trim();
      if (html) parts.push({html});
      run = [];
    };
    for (const node of tree.children) {
      const code =
        node.type === 'element' && node.tagName === 'pre'
          ? node.children.find((child) => child.type === 'element' && child.tagName === 'code')
          : undefined;
      if (code?.type !== 'element') {
        run.push(node);
        continue;
      }
      flush();
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      parts.push({code: toString(code).replace(/\n$/, ''), ...stated('language', language)});
    }
    flush();
    return parts;
  };
  const sameLink = (a: CodeLink | undefined, b: CodeLink | undefined) => a?.url === b?.url && a?.title === b?.title;
  return {
    block,
    inline: (markdown) => {
      if (isPlainText(markdown)) return markdown;
      const html = block(markdown);
      const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
      return single && !single[1]!.includes('<p>') ? single[1]! : html;
    },
    document: (markdown, link) => {
      const earlier = documents.get(markdown);
      if (earlier && [...earlier.links].every(([code, target]) => sameLink(link(code), target))) return earlier.parts;
      const links = new Map<string, CodeLink | undefined>();
      const {tree} = parseDocument(markdown);
      visit(tree, 'inlineCode', (node, i, parent) => {
        if (!parent || i === undefined || parent.type === 'link') return undefined;
        const target = link(node.value);
        links.set(node.value, target);
        if (!target) return undefined;
        parent.children[i] = {type: 'link', url: target.url, title: target.title, children: [node]};
        return SKIP;
      });
      const parts = documentParts(processor.runSync(tree) as HastRoot);
      documents.set(markdown, {parts, links});
      return parts;
    },
    outline: (markdown) => parseDocument(markdown).headings,
    line: (text) => toMarkdown({type: 'paragraph', children: [{type: 'text', value: oneLine(text)}]}).trim(),
    fence: (code, language) => toMarkdown({type: 'code', lang: language ?? null, value: code}).trimEnd(),
    plain: (markdown) => {
      if (isPlainText(markdown)) return markdown.replace(/\s+/g, ' ');
      let text = plainTexts.get(markdown);
      if (text === undefined) plainTexts.set(markdown, (text = toString(parser.parse(markdown)).replace(/\s+/g, ' ').trim()));
      return text;
    },
  };
}
