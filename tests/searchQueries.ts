/** The query set the paste box, `error-catalog explain` and the runtime's `matchError` are all tested with. */
import {readFileSync} from 'node:fs';
import path from 'node:path';

/** The query set: what people actually paste, the site and language they paste it in, and the code each must land on (null: nothing matches). */
export const queries = (JSON.parse(readFileSync(path.join(__dirname, 'search-queries.json'), 'utf8')) as SearchQuery[]).map((q) => ({
  ...q,
  site: q.site ?? 'demo',
  locale: q.locale ?? 'en',
}));

interface SearchQuery {
  why: string;
  query: string;
  expect: string | number | null;
  ambiguous?: boolean;
  site?: 'demo' | 'programs';
  locale?: string;
}
