import React from 'react';

/** Markdown from the catalog, rendered to HTML on the server (raw HTML in the source is dropped there). */
export default function Html({
  html,
  as: Tag = 'div',
  className,
}: {
  html: string;
  as?: 'div' | 'span' | 'li' | 'td';
  className?: string;
}): React.JSX.Element {
  return <Tag className={className} dangerouslySetInnerHTML={{__html: html}} />;
}
