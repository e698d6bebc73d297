/**
 * The site's Prism themes (themeConfig.prism) as a CSS module for the plugin's code samples, whose tokens carry
 * Prism's class names instead of an inline style each. Its one class, `sample`, goes on a sample's container. Dark
 * mode is right from the first paint: the light theme applies unless the page is in dark mode, also without JavaScript.
 */
import type {PrismTheme} from 'prism-react-renderer';

const kebab = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations(style: object): string {
  return Object.entries(style)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([property, value]) => `${kebab(property)}:${String(value)}`)
    .join(';');
}

function themeRules(theme: PrismTheme, mode: string): string[] {
  const container = `${mode} .sample`;
  const plain = theme.plain as {color?: string; backgroundColor?: string};
  const rules = [
    `${container}{--error-catalog-code-color:${plain.color ?? 'inherit'};--error-catalog-code-background:${plain.backgroundColor ?? 'transparent'}}`,
  ];
  for (const {types, style, languages} of theme.styles) {
    const body = declarations(style);
    if (!body) continue;
    const scopes = languages?.map((language) => `${container} :global(.language-${language})`) ?? [container];
    rules.push(`${scopes.flatMap((scope) => types.map((type) => `${scope} :global(.token.${type})`)).join(',')}{${body}}`);
  }
  return rules;
}

/** The module: the light theme unless <html data-theme="dark">, then the dark theme (the light one if none). */
export function codeColorsCss(prism: {theme: PrismTheme; darkTheme?: PrismTheme}): string {
  return (
    [
      ...themeRules(prism.theme, "html:not([data-theme='dark'])"),
      ...themeRules(prism.darkTheme ?? prism.theme, "html[data-theme='dark']"),
    ].join('\n') + '\n'
  );
}
