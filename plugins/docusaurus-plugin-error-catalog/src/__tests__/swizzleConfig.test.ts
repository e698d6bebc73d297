import {existsSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import getSwizzleConfig from '../swizzleConfig';

describe('getSwizzleConfig', () => {
  it('names only components the theme has, and lets every page be wrapped', () => {
    const {components} = getSwizzleConfig();
    for (const name of Object.keys(components)) {
      expect(existsSync(path.join(__dirname, '../theme', name, 'index.tsx')), name).toBe(true);
    }
    const pages = Object.keys(components).filter((name) => name.endsWith('Page'));
    expect(pages.length).toBeGreaterThan(10);
    for (const name of pages) expect(components[name]!.actions.wrap, name).toBe('safe');
  });
});
