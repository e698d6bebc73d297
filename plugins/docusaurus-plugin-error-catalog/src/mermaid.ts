/**
 * Recovery flows in guides are drawn with Mermaid, which a site loads only when it asks for it. The plugin and
 * `error-catalog check` both refuse a flow the site can't draw, saying what to add.
 */
import type {DocusaurusConfig} from '@docusaurus/types';
import {CatalogError, diagnosticAt, type Catalog} from './model';

/** Whether the site draws Mermaid diagrams: its config turns them on and lists the theme that draws them. */
export function siteDrawsMermaid(siteConfig: Pick<DocusaurusConfig, 'themes'> & {markdown?: {mermaid?: boolean}}): boolean {
  const listed = (siteConfig.themes ?? []).some((theme) => String(Array.isArray(theme) ? theme[0] : theme).includes('theme-mermaid'));
  return siteConfig.markdown?.mermaid === true && listed;
}

/** In a site without Mermaid, each guide with a flow is an error that says what to add. */
export function checkFlowsDrawable(catalog: Catalog, drawsMermaid: boolean): void {
  if (drawsMermaid) return;
  const withFlows = catalog.guides.filter((guide) => guide.flow);
  if (withFlows.length === 0) return;
  throw new CatalogError(
    withFlows.map((guide) =>
      diagnosticAt(
        guide.ref.source,
        ['flow'],
        "this guide's flow is drawn with Mermaid, which this site does not load: install @docusaurus/theme-mermaid and add " +
          "markdown: {mermaid: true} and themes: ['@docusaurus/theme-mermaid'] to docusaurus.config, or remove the flow",
      ),
    ),
  );
}
