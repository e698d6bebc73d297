import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {codeColorsCss} from '../codeColors';

const light = "html:not([data-theme='dark']) .sample";
const dark = "html[data-theme='dark'] .sample";

describe('codeColorsCss', () => {
  it('colours every token type of the light theme unless the page is dark, and of the dark theme when it is', () => {
    const css = codeColorsCss({theme: themes.github, darkTheme: themes.dracula});
    for (const [mode, theme] of [
      [light, themes.github],
      [dark, themes.dracula],
    ] as const) {
      expect(css).toContain(
        `${mode}{--error-catalog-code-color:${theme.plain.color};--error-catalog-code-background:${theme.plain.backgroundColor}}`,
      );
      for (const {types, style} of theme.styles) {
        for (const type of types) expect(css).toContain(`${mode} :global(.token.${type})`);
        if (style.color) expect(css).toContain(`color:${style.color}`);
      }
    }
  });

  it('writes style properties as CSS, scopes language-specific styles, and skips empty ones', () => {
    const css = codeColorsCss({
      theme: {
        plain: {color: '#111', backgroundColor: '#fff'},
        styles: [
          {types: ['comment'], style: {fontStyle: 'italic', textDecorationLine: 'line-through'}},
          {types: ['keyword', 'builtin'], languages: ['python'], style: {color: '#00f'}},
          {types: ['plain'], style: {}},
        ],
      },
    });
    expect(css.split('\n').filter(Boolean)).toEqual([
      `${light}{--error-catalog-code-color:#111;--error-catalog-code-background:#fff}`,
      `${light} :global(.token.comment){font-style:italic;text-decoration-line:line-through}`,
      `${light} :global(.language-python) :global(.token.keyword),${light} :global(.language-python) :global(.token.builtin){color:#00f}`,
      `${dark}{--error-catalog-code-color:#111;--error-catalog-code-background:#fff}`,
      `${dark} :global(.token.comment){font-style:italic;text-decoration-line:line-through}`,
      `${dark} :global(.language-python) :global(.token.keyword),${dark} :global(.language-python) :global(.token.builtin){color:#00f}`,
    ]);
  });
});
