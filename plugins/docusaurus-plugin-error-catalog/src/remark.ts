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

/** Code text and symbolic name → page; read once per build. */
async function targets({catalog, routeBasePath = 'errors'}: RemarkErrorCodesOptions): Promise<Map<string, Target>> {
  const loaded = await loadCatalog(path.resolve(catalog));
  const map = new Map<string, Target>();
  for (const entry of loaded.codes) {
    const target = {url: `/${routeBasePath}/${entry.slug}`, title: `${codeLabel(entry)}: ${entry.title}`};
    map.set(entry.codeText, target);
    if (entry.name) map.set(entry.name, target);
  }
  return map;
}

export default function remarkErrorCodes(options: RemarkErrorCodesOptions) {
  let index: Promise<Map<string, Target>> | undefined;
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
        if (target) parent.children[i] = link(target, node.value);
        return SKIP;
      }
      if (node.type === 'textDirective' && (node as TextDirective).name === 'error') {
        const value = toString(node).trim();
        const target = codes.get(value);
        if (target) {
          parent.children[i] = link(target, value);
        } else {
          const start = node.position?.start;
          unknown.push(
            `${file.path ?? '<doc>'}:${start?.line ?? 0}:${start?.column ?? 0} :error[${value}] names no code of the error catalog`,
          );
        }
        return SKIP;
      }
      return undefined;
    });
    if (unknown.length > 0) throw new Error(`Unknown error codes in docs:\n${unknown.map((u) => `  ${u}`).join('\n')}`);
  };
}
