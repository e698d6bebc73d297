/**
 * The plugin's own words, `locales/<language>.json` in the package: the theme's
 * labels, and the comments the build writes into code samples. A regional
 * locale reads its language (zh-CN → zh); what a language lacks is English.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

// src/model and lib/model both sit two levels below the package root.
const labelsDir = path.resolve(__dirname, '../../locales');

/** A language's labels; none for a language the plugin does not ship. A broken file is an error, not English. */
function labelsFile(language: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path.join(labelsDir, `${language}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return JSON.parse(text) as Record<string, string>;
}

/** Labels under this prefix are text the build writes into code samples, not the theme's: sites don't override them. */
export const generatedTextPrefix = 'errorCatalog.snippet.';

const cache = new Map<string, Record<string, string>>();

export function pluginLabels(locale: string): Record<string, string> {
  let labels = cache.get(locale);
  if (!labels) {
    const own = labelsFile(locale);
    labels = {...labelsFile('en'), ...(Object.keys(own).length > 0 ? own : labelsFile(locale.split('-')[0]!))};
    cache.set(locale, labels);
  }
  return labels;
}

/** The labels the theme renders, which a site may override in its own i18n files. */
export function themeLabels(locale: string): Record<string, string> {
  return Object.fromEntries(Object.entries(pluginLabels(locale)).filter(([id]) => !id.startsWith(generatedTextPrefix)));
}
