import React from 'react';
import Translate from '@docusaurus/Translate';
import type {LifecycleState} from '../../pageData';

/** Marks deprecated and removed codes; current codes get nothing. */
export default function LifecycleBadge({state}: {state: LifecycleState}): React.JSX.Element | null {
  if (state === 'deprecated') {
    return (
      <span className="badge badge--warning">
        <Translate id="errorCatalog.lifecycle.deprecated">Deprecated</Translate>
      </span>
    );
  }
  if (state === 'removed') {
    return (
      <span className="badge badge--danger">
        <Translate id="errorCatalog.lifecycle.removed">Removed</Translate>
      </span>
    );
  }
  return null;
}
