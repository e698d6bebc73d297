import React from 'react';
import type {PagefindResult} from './usePagefind';

/**
 * A full-text result as the reader needs it: an error page by its code, name, status and message (its metadata, not
 * its weighted title), any other page by its title and the excerpt Pagefind marked.
 */
export default function ResultContent({
  result,
  classes,
}: {
  result: PagefindResult;
  classes: {title?: string; status?: string; detail?: string};
}): React.JSX.Element {
  const {meta, excerpt} = result;
  return meta.code ? (
    <>
      <span className={classes.title}>
        <code>{meta.code}</code> {meta.name} <span className={classes.status}>{meta.status}</span>
      </span>
      <span className={classes.detail}>{meta.message}</span>
    </>
  ) : (
    <>
      <span className={classes.title}>{meta.title}</span>
      <span className={classes.detail} dangerouslySetInnerHTML={{__html: excerpt}} />
    </>
  );
}
