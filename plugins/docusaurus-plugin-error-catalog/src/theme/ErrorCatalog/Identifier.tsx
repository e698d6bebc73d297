import React from 'react';

/**
 * A code or name that wraps only after `_`, `-` or `.` (CONCURRENCY_LIMIT_ / EXCEEDED) or between camelCase words
 * (propertyIs / Enumerable), never inside a word, unless a single part is wider than the line.
 */
export default function Identifier({text}: {text: string | number}): React.JSX.Element {
  const parts = String(text).split(/(?<=[_.-])|(?<=[a-z0-9])(?=[A-Z])/);
  return (
    <>
      {parts.map((part, i) => (
        <React.Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </React.Fragment>
      ))}
    </>
  );
}
