/**
 * The URL layout of the error reference. The slug rule is the documented
 * contract a server applies to build `documentation_url` without the docs.
 */
import type {CodeValue} from './schema';

/**
 * A code's URL segment: lowercased, every run of characters outside [a-z0-9]
 * replaced by "-", no "-" at either end. `2002` → `2002`,
 * `invalid_api_key` → `invalid-api-key`, `RATE_LIMIT_EXCEEDED` → `rate-limit-exceeded`.
 */
export function codeSlug(code: CodeValue): string {
  return String(code)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Path segments under the route base that belong to generated pages, not codes. */
export const reservedSegments = ['categories', 'status', 'tags', 'guides', 'translations'] as const;

/** The longest code, name, alias or id: its page and redirect files must fit any file system's 255-byte names. */
export const maxIdentifierLength = 100;

/**
 * Why a URL segment under the route base can't be a code's page or redirect, if it can't: the build writes files and
 * pages of its own there (`catalog.json`, `<slug>.md`, `messages.<locale>.json`, `schema/`, the index's
 * `index.html`), and `.` and `..` are not pages at all.
 */
export function segmentProblem(segment: string): string | undefined {
  if (segment === '.' || segment === '..') return 'is . or .., which a URL resolves away';
  const lower = segment.toLowerCase();
  if ((reservedSegments as readonly string[]).includes(lower)) return `is the URL of the ${lower} pages`;
  if (lower === 'schema' || lower === 'index') return `is the name of a file or folder the build writes (${lower})`;
  if (/\.(md|json|html|txt)$/.test(lower)) return 'ends in .md, .json, .html or .txt, like the files the build writes beside the pages';
  if (segment.length > maxIdentifierLength) return `is over ${maxIdentifierLength} characters`;
  return undefined;
}

export interface RoutePaths {
  index: string;
  code: (slug: string) => string;
  category: (id: string) => string;
  status: (status: number) => string;
  translations: string;
  guides: string;
  /** A symptom guide or a generated guide, e.g. `/errors/guides/retries`. */
  guide: (slug: string) => string;
  tags: string;
  tag: (id: string) => string;
  /** A message bundle for servers, e.g. `/errors/messages.ja.json`. */
  messages: (locale: string) => string;
  /** Page `n` of a paginated list: the list's own URL for the first, then `…/page/2`. */
  listPage: (list: string, n: number) => string;
}

/** `base` is the site base URL joined with the route base path, e.g. `/errors`. */
export function routePaths(base: string): RoutePaths {
  const root = base.replace(/\/+$/, '') || '/';
  const join = (...segments: string[]) => [root === '/' ? '' : root, ...segments].join('/');
  return {
    index: root,
    code: (slug) => join(slug),
    category: (id) => join('categories', id),
    status: (status) => join('status', String(status)),
    translations: join('translations'),
    guides: join('guides'),
    guide: (slug) => join('guides', slug),
    tags: join('tags'),
    tag: (id) => join('tags', id),
    messages: (locale) => join(`messages.${locale}.json`),
    listPage: (list, n) => (n === 1 ? list : `${list}/page/${n}`),
  };
}

/** The `documentation_url` the API emits for a code, from the catalog's pattern. */
export function documentationUrl(pattern: string, code: CodeValue): string {
  return pattern.replace('{code}', encodeURIComponent(String(code))).replace('{slug}', codeSlug(code));
}
