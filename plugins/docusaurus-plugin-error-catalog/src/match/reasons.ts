/**
 * Why a code matched, as label ids of the plugin's `locales/<language>.json` with their values: the paste box
 * (through the site's translations) and `error-catalog explain` (through the label files) word it alike.
 */
import type {MatchReason} from './match';

export interface ReasonLabel {
  id: string;
  values: Record<string, string>;
}

const label = (key: string, values: Record<string, string> = {}): ReasonLabel => ({id: `errorCatalog.search.reason.${key}`, values});

/** The labels that say why, in order; a guide the match came through is named by the caller, as a link or as text. */
export function reasonLabels(reason: MatchReason, language: (locale: string) => string): ReasonLabel[] {
  switch (reason.kind) {
    case 'code':
    case 'name':
      return [label(reason.kind)];
    case 'mention':
      return [reason.link ? label('link') : label('mention', {value: reason.value})];
    case 'json':
      return [label('json', {field: reason.field})];
    case 'message':
      return [label(reason.exact ? 'message' : 'messagePart', {language: language(reason.locale)})];
    case 'symptom':
      return [label('symptom', {language: language(reason.locale)})];
    case 'words': {
      const field = reason.guide && reason.field === 'title' ? 'guideTitle' : reason.field;
      const misspelt = reason.misspelt.map(({typed, catalog}) => `${typed} → ${catalog}`).join(', ');
      return [label(`words.${field}`, {language: language(reason.locale)}), ...(misspelt ? [label('misspelt', {words: misspelt})] : [])];
    }
  }
}

/** The guide a match came through, if any. */
export const guideOf = (reason: MatchReason) => (reason.kind === 'symptom' || reason.kind === 'words' ? reason.guide : undefined);
