/** `error-catalog check` on a catalog whose guide has a recovery flow, in and out of a Docusaurus site. */
import {promises as fs} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {main} from '../cli';
import {fixture} from './helpers';

const guide = `---
title: Slow down
summary: Wait, then retry.
symptoms: [Slow down]
codes: [102]
flow:
  start: wait
  steps:
    wait: {do: Wait Retry-After seconds, next: done}
    done: {end: Send it again}
---

Body.
`;

/** A site directory holding the minimal catalog with a guide that has a flow, and the given config (none if undefined). */
async function siteWith(config: string | undefined): Promise<string> {
  const site = await fs.mkdtemp(path.join(os.tmpdir(), 'check-mermaid-'));
  await fs.cp(fixture('minimal'), path.join(site, 'catalog'), {recursive: true});
  await fs.mkdir(path.join(site, 'catalog/guides'), {recursive: true});
  await fs.writeFile(path.join(site, 'catalog/guides/slow-down.md'), guide);
  if (config) await fs.writeFile(path.join(site, 'docusaurus.config.js'), `module.exports = ${config};\n`);
  return site;
}

async function check(site: string): Promise<{status: number; output: string}> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  const status = await main(['check', path.join(site, 'catalog')]);
  return {status, output: lines.join('\n')};
}

afterEach(() => vi.restoreAllMocks());

describe('check and Mermaid', () => {
  const base = "{title: 'Site', url: 'https://docs.example.com', baseUrl: '/'";

  it('fails in a site that does not load Mermaid, saying what to add', async () => {
    const {status, output} = await check(await siteWith(`${base}}`));
    expect(status).toBe(1);
    expect(output).toMatch(/guides\/slow-down\.md:7:3 error flow: this guide's flow is drawn with Mermaid.*markdown: \{mermaid: true\}/);
  });

  it('passes in a site that loads it', async () => {
    const {status, output} = await check(await siteWith(`${base}, markdown: {mermaid: true}, themes: ['@docusaurus/theme-mermaid']}`));
    expect(output).not.toMatch(/Mermaid/);
    expect(status).toBe(0);
  });

  it('warns outside a site, saying what the site will need', async () => {
    const {status, output} = await check(await siteWith(undefined));
    expect(status).toBe(0);
    expect(output).toMatch(/slow-down\.md:7:3 warning flow: this guide's flow is drawn with Mermaid/);
  });
});
