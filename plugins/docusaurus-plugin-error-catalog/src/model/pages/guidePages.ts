/** The data of the troubleshooting guides written in the catalog, and of the guides' index. */
import type {FlowData, GuidePageData, GuidesIndexPageData} from '../../pageData';
import {codeLabel} from '../derive';
import {type Flow, flowOrder, type Guide, guideCodes} from '../guides';
import type {Localized} from '../i18n';
import {type Context, list, subjectLinks, text} from './context';
import {generatedGuides, guideLink, summary} from './links';

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

export function guidePage(ctx: Context, guide: Guide): GuidePageData {
  const {catalog, byCode, byName, paths, md, l10n} = ctx;
  const link = (inlineCode: string) => {
    const e = byCode.get(inlineCode) ?? byName.get(inlineCode);
    return e && {url: paths.code(e.slug), title: `${codeLabel(e)}: ${l10n.code(e, 'title').value}`};
  };
  const localized = l10n.guide(guide);
  return {
    product: catalog.product.name,
    slug: guide.slug,
    title: text(localized.title),
    summary: text(localized.summary),
    symptoms: list(localized.symptoms),
    body: {value: md.document(localized.body.value, link), ...(localized.body.fallback ? {fallback: true as const} : {})},
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
    guides: catalog.guides.map((g) => ({
      ...guideLink(ctx, g),
      symptoms: list(l10n.guide(g).symptoms),
      codes: guideCodes(g).map((c) => summary(ctx, byCode.get(c)!)),
    })),
    generated: generatedGuides(ctx),
    ...(Object.keys(catalog.tags).length > 0 ? {tagsPermalink: paths.tags} : {}),
  };
}
