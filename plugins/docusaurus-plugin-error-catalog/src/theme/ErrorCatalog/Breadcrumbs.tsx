import React from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {guidesLabel} from './guideLabels';
import {errorsLabel} from './labels';
import styles from './styles.module.css';

export interface Crumb {
  label: string;
  to?: string;
}

export default function Breadcrumbs({items}: {items: Crumb[]}): React.JSX.Element {
  return (
    <nav aria-label={translate({id: 'errorCatalog.breadcrumbs', message: 'Breadcrumbs'})} className={styles.breadcrumbs}>
      <ol className="breadcrumbs">
        {items.map((item) => (
          <li key={item.label} className={`breadcrumbs__item${item.to ? '' : ' breadcrumbs__item--active'}`}>
            {item.to ? (
              <Link className="breadcrumbs__link" to={item.to}>
                {item.label}
              </Link>
            ) : (
              <span className="breadcrumbs__link" aria-current="page">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The trail of every guide page, written or generated: the errors, the guides, then the page. */
export function GuideBreadcrumbs({
  page,
  title,
}: {
  page: {indexPermalink: string; guidesPermalink: string};
  title: string;
}): React.JSX.Element {
  return (
    <Breadcrumbs
      items={[{label: errorsLabel(), to: page.indexPermalink}, {label: guidesLabel(), to: page.guidesPermalink}, {label: title}]}
    />
  );
}
