import React from 'react';
import type {CodeKey} from '../../pageData';
import Identifier from './Identifier';

/** A code's name where it has one that says more than the code: a catalog whose names are its codes shows each one once. */
export function distinctName(code: CodeKey, name: string | undefined): string | undefined {
  return name === String(code) ? undefined : name;
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
