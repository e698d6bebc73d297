import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {Cell} from './Cells';

/**
 * Codes as ranges ("5000-5003, 7003") when there are few enough to read, otherwise their count linking to the list;
 * "none" for a declared status that no current code uses.
 */
export default function CodeRanges({ranges, count, permalink}: {ranges: string[]; count: number; permalink: string}): React.JSX.Element {
  if (ranges.length > 0) return <>{ranges.join(', ')}</>;
  if (count === 0) {
    return (
      <span data-code-count={0}>
        <Translate id="errorCatalog.index.noCodes">none</Translate>
      </span>
    );
  }
  return (
    <Link to={permalink} data-code-count={count}>
      <Translate id="errorCatalog.index.codeCount" values={{count}}>
        {'{count} codes'}
      </Translate>
    </Link>
  );
}

/** A status row's first two cells: the status, linking to its page, and its codes as `CodeRanges`. */
export function StatusCodesCells(s: {
  status: number;
  title: string;
  ranges: string[];
  count: number;
  permalink: string;
}): React.JSX.Element {
  return (
    <>
      <Cell>
        <Link to={s.permalink}>
          {s.status} {s.title}
        </Link>
      </Cell>
      <Cell>
        <CodeRanges ranges={s.ranges} count={s.count} permalink={s.permalink} />
      </Cell>
    </>
  );
}
