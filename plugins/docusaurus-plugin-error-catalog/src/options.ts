import type {OptionValidationContext} from '@docusaurus/types';
import {z} from 'zod';
import {defaultCodesPerPage} from './model';

export const optionsSchema = z.strictObject({
  id: z.string().default('default'),
  /** The catalog directory, relative to the site directory. */
  path: z.string().min(1).default('catalog'),
  /** URL path of the error reference under the site's baseUrl. */
  routeBasePath: z
    .string()
    .regex(/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/, 'must be a URL path such as "errors" (no leading or trailing slash)')
    .default('errors'),
  /** Longest code list a page shows: longer category and status lists get numbered pages, and the index lists categories only. */
  codesPerPage: z.number().int().min(10).default(defaultCodesPerPage),
  /** Index the built site with Pagefind for the ErrorSearchBar theme component. */
  search: z.boolean().default(true),
});

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema>;

export function validateOptions({options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(options)'}: ${i.message}`);
  throw new Error(`Invalid options for docusaurus-plugin-error-catalog:\n${problems.join('\n')}`);
}
