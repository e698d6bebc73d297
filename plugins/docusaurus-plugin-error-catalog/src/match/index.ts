/**
 * The "paste your error" matcher, without React or Node: the site's search box, `error-catalog explain` and the
 * runtime's `matchError` all run it, so they give the same answer.
 */
import type {LookupData, LookupExport} from '../pageData';
import {stated} from '../model/stated';
import {findError, type LookupSource} from './find';
import type {MatchReason} from './match';
import {noMatchHelp, type NoMatchHelp} from './suggest';

export {exactCandidates, findError, fuzzyCandidates, type FuzzyCandidates, type LookupSource} from './find';
export {matchError, matchWords, type Candidates, type Match, type MatchReason, type MatchResult} from './match';
export {guideOf, reasonLabels, type ReasonLabel} from './reasons';
export {noMatchHelp, spellingCandidates, type NoMatchHelp} from './suggest';
export {identifiersOf, isUnspaced, normalize} from './text';

/** A source that reads the whole lookup data from memory. */
export function memorySource(data: LookupData): LookupSource {
  return {
    manifest: async () => data.manifest,
    keyShard: async (n) => data.keyShards[n]!,
    codeShard: async (n) => data.codeShards[n]!,
    guideShard: async (n) => data.guideShards[n]!,
    vocabShard: async (n) => data.vocabShards[n]!,
    postingShard: async (n) => data.postingShards[n]!,
  };
}

/** A ranked code with its page's URL, as the CLI and the runtime give it. */
export interface ExplainedMatch {
  code: string | number;
  name?: string;
  title: string;
  status?: number;
  url: string;
  score: number;
  reason: MatchReason;
}

export interface Explanation {
  matches: ExplainedMatch[];
  ambiguous: boolean;
  /** When nothing matches: the statuses and categories the text names, and codes spelt like its words. */
  help?: NoMatchHelp;
}

/** The paste box's answer for a text, from the whole lookup data: the ranked codes, or where to look instead. */
export async function explain(text: string, lookup: LookupExport): Promise<Explanation> {
  const {matches, ambiguous} = await findError(text, memorySource(lookup));
  const url = (permalink: string) => lookup.origin.replace(/\/+$/, '') + permalink;
  const explained = matches.map(({code, reason, score}) => ({
    code: code.code,
    ...stated('name', code.name),
    title: code.title,
    ...stated('status', code.status),
    url: url(code.permalink),
    score,
    reason,
  }));
  if (explained.length > 0) return {matches: explained, ambiguous};
  const names = lookup.codeShards.flat().map(({code, name, title, permalink}) => ({code, name, title, permalink}));
  return {matches: [], ambiguous: false, help: noMatchHelp(text, lookup.manifest.browse, names)};
}
