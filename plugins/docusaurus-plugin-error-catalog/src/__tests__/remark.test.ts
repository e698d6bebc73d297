import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import remarkErrorCodes from '../remark';
import path from 'node:path';
import {fixture, repoRoot} from './helpers';

async function transform(markdown: string, catalog = fixture('minimal')): Promise<Root> {
  const [{unified}, {default: remarkParse}, {default: remarkDirective}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-directive'),
  ]);
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkErrorCodes, {catalog});
  return (await processor.run(processor.parse(markdown), {path: 'docs/guide.md'})) as Root;
}

const links = (tree: Root) =>
  JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)).match(/"type":"link","url":"[^"]+"/g) ?? [];

describe('remarkErrorCodes', () => {
  it('links inline code that is a code or a symbolic name, and the :error directive', async () => {
    const tree = await transform('Retry on `102` or `SLOW_DOWN`; never on :error[100]. `LOG_LEVEL` and `999` stay code.');
    expect(links(tree)).toEqual([
      '"type":"link","url":"/errors/102"',
      '"type":"link","url":"/errors/102"',
      '"type":"link","url":"/errors/100"',
    ]);
  });

  it('fails on every unknown :error reference, with file:line:column', async () => {
    await expect(transform('First :error[999].\n\nThen :error[NOPE].')).rejects.toThrow(
      'Unknown error codes in docs:\n  docs/guide.md:1:7 :error[999] names no code of the error catalog\n  docs/guide.md:3:6 :error[NOPE] names no code of the error catalog',
    );
  });

  it('links a name several codes share to none of them, and refuses it in :error', async () => {
    const database = path.join(repoRoot, 'tests/fixtures/database-site/catalog');
    expect(links(await transform('`null_value_not_allowed` is `22004` or `39004`.', database))).toEqual([
      '"type":"link","url":"/errors/22004"',
      '"type":"link","url":"/errors/39004"',
    ]);
    await expect(transform('See :error[null_value_not_allowed].', database)).rejects.toThrow(
      'docs/guide.md:1:5 :error[null_value_not_allowed] is the name of codes 22004, 39004: write the code you mean',
    );
  });
});
