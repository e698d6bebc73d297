import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

/** Codes as ranges ("5000-5003, 7003") when there are few enough to read, otherwise their count linking to the list. */
export default function CodeRanges({ranges, count, permalink}: {ranges: string[]; count: number; permalink: string}): React.JSX.Element {
  if (ranges.length > 0) return <>{ranges.join(', ')}</>;
  return (
    <Link to={permalink} data-code-count={count}>
      <Translate id="errorCatalog.index.codeCount" values={{count}}>
        {'{count} codes'}
      </Translate>
    </Link>
  );
}
