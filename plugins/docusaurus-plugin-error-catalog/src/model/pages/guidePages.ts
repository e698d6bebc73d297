/** The data of the troubleshooting guides written in the catalog, and of the guides' index. */
import type {FlowData, GuidePageData, GuidesIndexPageData, LocalizedDocument, ProsePageData} from '../../pageData';
import {codeLabel} from '../derive';
import {type Flow, flowOrder, type Guide, guideCodes} from '../guides';
import type {Localized} from '../i18n';
import {type Context, list, subjectLinks, text} from './context';
import {generatedGuides, guideLink, prosePageLinks, summary} from './links';
import type {ProsePage} from '../prosePages';
import {stated} from '../stated';

function flowData({byCode, paths}: Context, {value: flow, fallback}: Localized<Flow>): FlowData {
  const order = flowOrder(flow);
  const numberOf = (id: string) => order.indexOf(id) + 1;
  return {
    ...(flow.title ? {title: flow.title} : {}),
    ...(fallback ? {fallback} : {}),
    steps: order.map((id, i) => {
      const step = flow.steps[id]!;
      const codes = (step.codes ?? []).map((c) => {
        const e = byCode.get(String(c))!;
        return {code: e.code, name: e.name, permalink: paths.code(e.slug)};
      });
      const base = {id, number: i + 1, codes};
      if ('do' in step) return {...base, kind: 'do', text: step.do, next: numberOf(step.next)};
      if ('ask' in step) return {...base, kind: 'ask', text: step.ask, yes: numberOf(step.yes), no: numberOf(step.no)};
      return {...base, kind: 'end', text: step.end};
    }),
  };
}

/** Inline code in a guide or prose page that names a code links to its page. */
function codeLinker({byCode, byName, paths, l10n}: Context): (inlineCode: string) => {url: string; title: string} | undefined {
  return (inlineCode) => {
    const e = byCode.get(inlineCode) ?? byName.get(inlineCode);
    return e && {url: paths.code(e.slug), title: `${codeLabel(e)}: ${l10n.code(e, 'title').value}`};
  };
}

/** A Markdown body as the page shows it, in the locale's words or the source's, marked. */
function documentData(ctx: Context, body: Localized<string>): LocalizedDocument {
  return {value: ctx.md.document(body.value, codeLinker(ctx)), ...(body.fallback ? {fallback: true as const} : {})};
}

export function prosePage(ctx: Context, page: ProsePage): ProsePageData {
  const {catalog, paths, md, l10n} = ctx;
  const localized = l10n.prosePage(page);
  return {
    product: catalog.product.name,
    slug: page.slug,
    title: text(localized.title),
    ...stated('summary', localized.summary && text(localized.summary)),
    body: documentData(ctx, localized.body),
    outline: md.outline(localized.body.value),
    permalink: paths.guide(page.slug),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    ...subjectLinks(ctx, {kind: 'page', id: page.slug, title: localized.title.value, permalink: paths.guide(page.slug), ref: page.ref}),
  };
}

export function guidePage(ctx: Context, guide: Guide): GuidePageData {
  const {catalog, byCode, paths, md, l10n} = ctx;
  const localized = l10n.guide(guide);
  return {
    product: catalog.product.name,
    slug: guide.slug,
    title: text(localized.title),
    summary: text(localized.summary),
    symptoms: list(localized.symptoms),
    body: documentData(ctx, localized.body),
    outline: md.outline(localized.body.value),
    ...(localized.flow ? {flow: flowData(ctx, localized.flow)} : {}),
    codes: guideCodes(guide).map((c) => {
      const e = byCode.get(c)!;
      return {...summary(ctx, e), retryable: e.retryable};
    }),
    permalink: paths.guide(guide.slug),
    guidesPermalink: paths.guides,
    indexPermalink: paths.index,
    ...subjectLinks(ctx, {kind: 'guide', id: guide.slug, title: localized.title.value, permalink: paths.guide(guide.slug), ref: guide.ref}),
  };
}

export function guidesIndex(ctx: Context): GuidesIndexPageData {
  const {catalog, paths, byCode, l10n} = ctx;
  return {
    product: catalog.product.name,
    permalink: paths.guides,
    indexPermalink: paths.index,
    prosePages: prosePageLinks(ctx),
    guides: catalog.guides.map((g) => ({
      ...guideLink(ctx, g),
      symptoms: list(l10n.guide(g).symptoms),
      codes: guideCodes(g).map((c) => summary(ctx, byCode.get(c)!)),
    })),
    generated: generatedGuides(ctx),
    ...(Object.keys(catalog.tags).length > 0 ? {tagsPermalink: paths.tags} : {}),
  };
}
