/** Markdown fields of the catalog, rendered to HTML once on the server. */
export type MarkdownRenderer = {
  /** Block Markdown (descriptions). */
  block: (markdown: string) => string;
  /** One list item or line: a single paragraph is unwrapped. */
  inline: (markdown: string) => string;
  /** Text only, for JSON fields and meta tags. */
  plain: (markdown: string) => string;
};

/** unified is ESM-only, hence the dynamic imports from this CommonJS module. */
export async function createMarkdownRenderer(): Promise<MarkdownRenderer> {
  const [{unified}, {default: remarkParse}, {default: remarkGfm}, {default: remarkRehype}, {default: rehypeStringify}, {toString}] =
    await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
      import('remark-rehype'),
      import('rehype-stringify'),
      import('mdast-util-to-string'),
    ]);
  // Raw HTML in catalog Markdown is dropped (remark-rehype's default), so fields cannot inject markup.
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze();
  const parser = unified().use(remarkParse).use(remarkGfm).freeze();
  const block = (markdown: string) => String(processor.processSync(markdown)).trim();
  return {
    block,
    inline: (markdown) => {
      const html = block(markdown);
      const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
      return single && !single[1]!.includes('<p>') ? single[1]! : html;
    },
    plain: (markdown) => toString(parser.parse(markdown)).replace(/\s+/g, ' ').trim(),
  };
}
