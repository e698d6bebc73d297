import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {GuideLinkData} from '../../pageData';
import styles from './styles.module.css';
import {Item} from './Cells';
import {Text} from './Localized';

/** Links to symptom guides, each with its summary. */
export default function GuideLinks({guides}: {guides: GuideLinkData[]}): React.JSX.Element {
  return (
    <ul className={styles.guideLinks} data-guides>
      {guides.map((g) => (
        <Item key={g.permalink}>
          <Link to={g.permalink}>
            <Text text={g.title} />
          </Link>
          {/* A space, not only a margin: copied text and the search index read the title and badge as two words. */}
          {g.hasFlow && (
            <>
              {' '}
              <span className="badge badge--secondary">
                <Translate id="errorCatalog.guides.hasFlow">Recovery flow</Translate>
              </span>
            </>
          )}
          <br />
          <span className={styles.muted}>
            <Text text={g.summary} />
          </span>
        </Item>
      ))}
    </ul>
  );
}
