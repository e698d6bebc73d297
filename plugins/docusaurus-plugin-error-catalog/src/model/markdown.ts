/** Markdown fields of the catalog, rendered to HTML once on the server. */
export type MarkdownRenderer = {
  /** Block Markdown (descriptions). */
  block: (markdown: string) => string;
  /** One list item or line: a single paragraph is unwrapped. */
  inline: (markdown: string) => string;
  /** Text only, for JSON fields and meta tags. */
  plain: (markdown: string) => string;
  /** A whole document (a guide's body): inline code that `link` knows becomes a link to that page. */
  document: (markdown: string, link: (inlineCode: string) => CodeLink | undefined) => string;
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

/** unified is ESM-only, hence the dynamic imports from this CommonJS module. */
export async function createMarkdownRenderer(): Promise<MarkdownRenderer> {
  const [
    {unified},
    {default: remarkParse},
    {default: remarkGfm},
    {default: remarkRehype},
    {default: rehypeStringify},
    {toString},
    {visit, SKIP},
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('rehype-stringify'),
    import('mdast-util-to-string'),
    import('unist-util-visit'),
  ]);
  // Raw HTML in catalog Markdown is dropped (remark-rehype's default), so fields cannot inject markup.
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze();
  const parser = unified().use(remarkParse).use(remarkGfm).freeze();
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
  const documents = new Map<string, {html: string; links: Map<string, CodeLink | undefined>}>();
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
      if (earlier && [...earlier.links].every(([code, target]) => sameLink(link(code), target))) return earlier.html;
      const links = new Map<string, CodeLink | undefined>();
      const tree = parser.parse(markdown);
      visit(tree, 'inlineCode', (node, i, parent) => {
        if (!parent || i === undefined || parent.type === 'link') return undefined;
        const target = link(node.value);
        links.set(node.value, target);
        if (!target) return undefined;
        parent.children[i] = {type: 'link', url: target.url, title: target.title, children: [node]};
        return SKIP;
      });
      const html = String(processor.stringify(processor.runSync(tree))).trim();
      documents.set(markdown, {html, links});
      return html;
    },
    plain: (markdown) => {
      if (isPlainText(markdown)) return markdown.replace(/\s+/g, ' ');
      let text = plainTexts.get(markdown);
      if (text === undefined) plainTexts.set(markdown, (text = toString(parser.parse(markdown)).replace(/\s+/g, ' ').trim()));
      return text;
    },
  };
}
