import React from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
import Translate, {translate} from '@docusaurus/Translate';
import type {ErrorCatalogGlobalData, NearbyCodesData, PageLinksData} from '../../pageData';
import {guidesLabel, useGeneratedGuide} from './guideLabels';
import {errorsLabel} from './labels';
import {distinctName} from './CodeName';
import Identifier from './Identifier';
import PageLinks from './PageLinks';
import {Text} from './Localized';
import styles from './styles.module.css';

/** One entry of "On this page": a section's anchor and its heading. */
export interface TocEntry {
  id: string;
  label: string;
}

function NavLink({to, children}: {to: string; children: React.ReactNode}): React.JSX.Element {
  const {pathname} = useLocation();
  const current = pathname === to;
  return (
    <li className="menu__list-item">
      <Link to={to} className={`menu__link ${current ? 'menu__link--active' : ''}`} aria-current={current ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

function OnThisPage({toc}: {toc: TocEntry[]}): React.JSX.Element {
  return (
    <ul className="menu__list" data-toc>
      {toc.map((entry) => (
        <li key={entry.id} className="menu__list-item">
          <a href={`#${entry.id}`} className="menu__link">
            {entry.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The category's codes around the current one; the rest are on the category page. */
function Nearby({nearby}: {nearby: NearbyCodesData}): React.JSX.Element {
  const more = (count: number) => (
    <li className="menu__list-item">
      <Link to={nearby.category.permalink} className={`menu__link ${styles.navMore}`}>
        <Translate id="errorCatalog.nav.more" values={{count}}>
          {'… {count} more'}
        </Translate>
      </Link>
    </li>
  );
  return (
    <ul className="menu__list" data-nav-nearby>
      {nearby.before > 0 && more(nearby.before)}
      {nearby.codes.map((c) => {
        const name = distinctName(c.code, c.name);
        return (
          <NavLink key={c.permalink} to={c.permalink}>
            <span className={styles.navCode}>
              <code>
                <Identifier text={c.code} />
              </code>{' '}
              {name !== undefined && (
                <span className={styles.navName}>
                  <Identifier text={name} />
                </span>
              )}
            </span>
          </NavLink>
        );
      })}
      {nearby.after > 0 && more(nearby.after)}
    </ul>
  );
}

/**
 * A page of the reference with its navigation beside it: this page's sections, the category's codes near this one,
 * and the reference's sections. On a phone only "On this page" shows, folded, above the page. Below the page, the
 * links to edit its entry and to report a problem, where the site has them.
 */
export default function ReferenceLayout({
  toc = [],
  nearby,
  links,
  children,
}: {
  toc?: TocEntry[];
  nearby?: NearbyCodesData;
  links?: PageLinksData;
  children: React.ReactNode;
}): React.JSX.Element {
  const {nav} = usePluginData('docusaurus-plugin-error-catalog') as ErrorCatalogGlobalData;
  const generatedGuide = useGeneratedGuide();
  const onThisPage = translate({id: 'errorCatalog.nav.onThisPage', message: 'On this page'});
  return (
    <div className={styles.reference}>
      {/* Navigation repeats on every page: not a search result's text. */}
      <aside className={styles.referenceNav} data-pagefind-ignore="all">
        <nav className="menu" aria-label={translate({id: 'errorCatalog.nav.label', message: 'Error reference'})}>
          {toc.length > 0 && (
            <>
              <p className={styles.navTitle}>{onThisPage}</p>
              <OnThisPage toc={toc} />
            </>
          )}
          {nearby && (
            <>
              <p className={styles.navTitle}>
                <Link to={nearby.category.permalink}>
                  <Text text={nearby.category.title} />
                </Link>
              </p>
              <Nearby nearby={nearby} />
            </>
          )}
          <p className={styles.navTitle}>{errorsLabel()}</p>
          <ul className="menu__list" data-nav-reference>
            <NavLink to={nav.indexPermalink}>
              <Translate id="errorCatalog.nav.allCodes">All codes</Translate>
            </NavLink>
            {nav.categories.map((c) => (
              <NavLink key={c.permalink} to={c.permalink}>
                <Text text={c.title} /> <span className={styles.navCount}>{c.count}</span>
              </NavLink>
            ))}
          </ul>
          <p className={styles.navTitle}>{guidesLabel()}</p>
          <ul className="menu__list" data-nav-guides>
            <NavLink to={nav.guidesPermalink}>
              <Translate id="errorCatalog.nav.allGuides">All guides</Translate>
            </NavLink>
            {nav.prosePages.map((p) => (
              <NavLink key={p.permalink} to={p.permalink}>
                <Text text={p.title} />
              </NavLink>
            ))}
            {nav.generated.map((g) => (
              <NavLink key={g.id} to={g.permalink}>
                {generatedGuide(g.id).title}
              </NavLink>
            ))}
            {nav.tagsPermalink && (
              <NavLink to={nav.tagsPermalink}>
                <Translate id="errorCatalog.code.tags">Tags</Translate>
              </NavLink>
            )}
          </ul>
        </nav>
      </aside>
      <div className={styles.referenceMain}>
        {toc.length > 0 && (
          <details className={styles.tocMobile} data-pagefind-ignore="all">
            <summary>{onThisPage}</summary>
            <nav className="menu" aria-label={onThisPage}>
              <OnThisPage toc={toc} />
            </nav>
          </details>
        )}
        {children}
        {links && <PageLinks links={links} />}
      </div>
    </div>
  );
}
