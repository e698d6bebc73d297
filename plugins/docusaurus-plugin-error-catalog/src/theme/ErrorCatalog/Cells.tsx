import React from 'react';

type Props = React.TdHTMLAttributes<HTMLElement> & React.ThHTMLAttributes<HTMLElement> & React.LiHTMLAttributes<HTMLElement>;

/**
 * A table cell or list item of page content, ending in a space. Docusaurus's minifier drops the end tags HTML lets it
 * omit (</td>, </th>, </li>), and Pagefind tells words apart only where an element ends, so two cells would be indexed
 * as one word ("enField"). The browser shows no trailing space.
 */
function spaced(tag: 'td' | 'th' | 'li') {
  const Tag = tag as React.ElementType;
  return function Spaced({children, dangerouslySetInnerHTML, ...props}: Props): React.JSX.Element {
    if (dangerouslySetInnerHTML) return <Tag {...props} dangerouslySetInnerHTML={{__html: `${String(dangerouslySetInnerHTML.__html)} `}} />;
    return <Tag {...props}>{children} </Tag>;
  };
}

export const Cell = spaced('td');
export const HeaderCell = spaced('th');
export const Item = spaced('li');
