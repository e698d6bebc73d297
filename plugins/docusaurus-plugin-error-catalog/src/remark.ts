/**
 * A remark plugin for hand-written docs: `` `2002` `` and `` `EXPIRED_TOKEN` ``
 * become links to the code's page, and `:error[2002]` links or fails the build
 * with file:line:column when the code is unknown.
 */
import path from 'node:path';
import type {Link, Root} from 'mdast';
import type {TextDirective} from 'mdast-util-directive';
import {codeLabel, loadCatalog} from './model';

export interface RemarkErrorCodesOptions {
  /** The catalog directory: absolute, or relative to the working directory (the site). */
  catalog: string;
  /** Must match the plugin's routeBasePath. */
  routeBasePath?: string;
}

interface Target {
  url: string;
  title: string;
}

interface VFileLike {
  path?: string;
}

/** A name several codes share: it leads to none of them. */
interface SharedName {
  codes: string[];
}

/** Code text and symbolic name → page, or the codes that share the name; read once per build. */
async function targets({catalog, routeBasePath = 'errors'}: RemarkErrorCodesOptions): Promise<Map<string, Target | SharedName>> {
  const loaded = await loadCatalog(path.resolve(catalog));
  const map = new Map<string, Target | SharedName>();
  for (const entry of loaded.codes) {
    const target = {url: `/${routeBasePath}/${entry.slug}`, title: `${codeLabel(entry)}: ${entry.title}`};
    map.set(entry.codeText, target);
    // The first of the codes that share a name lists them all, in catalog order.
    if (entry.name && !map.has(entry.name))
      map.set(entry.name, entry.namesakes.length === 0 ? target : {codes: [entry.codeText, ...entry.namesakes]});
  }
  return map;
}

export default function remarkErrorCodes(options: RemarkErrorCodesOptions) {
  let index: Promise<Map<string, Target | SharedName>> | undefined;
  return async (tree: Root, file: VFileLike): Promise<void> => {
    index ??= targets(options);
    const codes = await index;
    const [{visit, SKIP}, {toString}] = await Promise.all([import('unist-util-visit'), import('mdast-util-to-string')]);
    const unknown: string[] = [];
    const link = (target: Target, value: string): Link => ({
      type: 'link',
      url: target.url,
      title: target.title,
      children: [{type: 'inlineCode', value}],
    });

    visit(tree, (node, i, parent) => {
      if (!parent || i === undefined || parent.type === 'link') return undefined;
      if (node.type === 'inlineCode') {
        const target = codes.get(node.value);
        if (target && 'url' in target) parent.children[i] = link(target, node.value);
        return SKIP;
      }
      if (node.type === 'textDirective' && (node as TextDirective).name === 'error') {
        const value = toString(node).trim();
        const target = codes.get(value);
        if (target && 'url' in target) {
          parent.children[i] = link(target, value);
        } else {
          const start = node.position?.start;
          const problem = target
            ? `is the name of codes ${target.codes.join(', ')}: write the code you mean`
            : 'names no code of the error catalog';
          unknown.push(`${file.path ?? '<doc>'}:${start?.line ?? 0}:${start?.column ?? 0} :error[${value}] ${problem}`);
        }
        return SKIP;
      }
      return undefined;
    });
    if (unknown.length > 0) throw new Error(`Unknown error codes in docs:\n${unknown.map((u) => `  ${u}`).join('\n')}`);
  };
}
