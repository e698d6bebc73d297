import type {OptionValidationContext} from '@docusaurus/types';
import {z} from 'zod';
import {defaultCodesPerPage} from './model';
import type {PageSubjectKind} from './pageData';
import {feedbackPlaceholders, fillFeedbackUrl} from './pageLinks';

/** What an `editUrl` function is told about the entry a page shows. */
export interface EditUrlParams {
  kind: PageSubjectKind;
  /** The code, category id, status or guide slug, as text. */
  id: string;
  locale: string;
  /** The page's URL path, baseUrl included. */
  permalink: string;
  /** The entry's file, relative to the site directory, with / separators: `catalog/categories/authentication.yaml`. */
  filePath: string;
  /** The line of that file where the entry starts. */
  line: number;
}

/** The URL of the page that edits an entry's source, or undefined for no link on that page. */
export type EditUrlFunction = (params: EditUrlParams) => string | undefined;

const editUrlProblem = 'must be an http(s) URL or a function';
const feedbackTarget = z.url({protocol: /^(https?|mailto)$/});

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
  /**
   * Adds "Edit this code" (category, status, guide) to the pages about one catalog entry. A base URL, as in
   * Docusaurus's docs plugin: the file's path from the site directory is appended, then `#L<line>`. Or a function.
   */
  editUrl: z
    .union([
      z.url({protocol: /^https?$/, error: editUrlProblem}),
      z.custom<EditUrlFunction>((value) => typeof value === 'function', editUrlProblem),
    ])
    .optional(),
  /**
   * Adds "Report a problem with this page" to the same pages: an http(s) or mailto: URL in which `{url}`, `{title}`,
   * `{id}` and `{kind}` are replaced by the page's values, URL-encoded.
   */
  feedbackUrl: z
    .string()
    .refine(
      (pattern) => [...pattern.matchAll(/\{(\w*)\}/g)].every(([, name]) => (feedbackPlaceholders as readonly string[]).includes(name!)),
      `may hold only the placeholders ${feedbackPlaceholders.map((p) => `{${p}}`).join(', ')}`,
    )
    .refine(
      (pattern) => feedbackTarget.safeParse(fillFeedbackUrl(pattern, {url: 'u', title: 't', id: 'i', kind: 'k'})).success,
      'must be an http(s) or mailto: URL',
    )
    .optional(),
});

export type Options = z.input<typeof optionsSchema>;
export type PluginOptions = z.output<typeof optionsSchema>;

export function validateOptions({options}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const result = optionsSchema.safeParse(options ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(options)'}: ${i.message}`);
  throw new Error(`Invalid options for docusaurus-plugin-error-catalog:\n${problems.join('\n')}`);
}
