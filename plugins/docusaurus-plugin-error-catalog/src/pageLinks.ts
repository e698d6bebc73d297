/** The edit and feedback links of the pages about one catalog entry, from the plugin's `editUrl` and `feedbackUrl`. */
import path from 'node:path';
import type {PageSubject} from './model';
import type {EditUrlFunction, PluginOptions} from './options';
import type {PageLinksData} from './pageData';

/** The placeholders a `feedbackUrl` may hold, each filled with the page's value, URL-encoded. */
export const feedbackPlaceholders = ['url', 'title', 'id', 'kind'] as const;

type Feedback = Record<(typeof feedbackPlaceholders)[number], string>;

export function fillFeedbackUrl(pattern: string, values: Feedback): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: keyof Feedback) => encodeURIComponent(values[name]));
}

/**
 * A base URL with the file's path from the site directory resolved against it, as Docusaurus's docs plugin joins its
 * `editUrl`; `../` leaves the site directory. The line is a fragment, which code hosts' file views scroll to.
 */
function editUrlFromBase(base: string): EditUrlFunction {
  const root = base.endsWith('/') ? base : `${base}/`;
  return ({filePath, line}) => {
    const url = new URL(filePath.split('/').map(encodeURIComponent).join('/'), root);
    return line > 1 ? `${url.href}#L${line}` : url.href;
  };
}

export function pageLinker(
  {editUrl, feedbackUrl}: Pick<PluginOptions, 'editUrl' | 'feedbackUrl'>,
  siteDir: string,
): ((subject: PageSubject) => Omit<PageLinksData, 'kind'>) | undefined {
  if (editUrl === undefined && feedbackUrl === undefined) return undefined;
  const edit = typeof editUrl === 'string' ? editUrlFromBase(editUrl) : editUrl;
  return ({kind, id, title, url, locale, file, line}) => {
    const editLink = edit?.({
      kind,
      id,
      locale,
      permalink: new URL(url).pathname,
      filePath: path.relative(siteDir, file).split(path.sep).join('/'),
      line: line(),
    });
    return {
      ...(editLink ? {editUrl: editLink} : {}),
      ...(feedbackUrl ? {feedbackUrl: fillFeedbackUrl(feedbackUrl, {url, title, id, kind})} : {}),
    };
  };
}
