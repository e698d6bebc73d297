import React from 'react';
import type {CodeKey, LifecycleState} from '../../pageData';
import Identifier from './Identifier';

/** A code's name where it has one that says more than the code: a catalog whose names are its codes shows each one once. */
export function distinctName(code: CodeKey, name: string | undefined): string | undefined {
  return name === String(code) ? undefined : name;
}

/**
 * Whether a table of these codes has a Name column: some code has a name that says more than the code, or a lifecycle
 * badge, which the name cell holds. A catalog without names gets no empty column.
 */
export function hasNameColumn(rows: {code: CodeKey; name?: string | undefined; lifecycle?: LifecycleState}[]): boolean {
  return rows.some((r) => distinctName(r.code, r.name) !== undefined || (r.lifecycle ?? 'current') !== 'current');
}

/** The name cell or heading part of a code: the name, wrapping at its word boundaries, or nothing. */
export function CodeNameText({code, name}: {code: CodeKey; name?: string | undefined}): React.JSX.Element | null {
  const shown = distinctName(code, name);
  return shown === undefined ? null : <Identifier text={shown} />;
}

/** `2001 INVALID_TOKEN` in a list or link: the code, then its name where that differs. */
export default function CodeName({code, name}: {code: CodeKey; name?: string | undefined}): React.JSX.Element {
  const shown = distinctName(code, name);
  return (
    <>
      <code>{code}</code>
      {shown !== undefined && ` ${shown}`}
    </>
  );
}
