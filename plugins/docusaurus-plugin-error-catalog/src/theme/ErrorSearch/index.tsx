import React, {useEffect, useId, useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import styles from '../ErrorCatalog/styles.module.css';
import searchStyles from './styles.module.css';
import {
  findError,
  guideOf,
  reasonLabels,
  type Match,
  type MatchReason,
  type MatchResult,
  type NoMatchHelp,
} from 'docusaurus-plugin-error-catalog/match';
import ResultContent from '../ErrorSearchBar/ResultContent';
import {usePagefind} from '../ErrorSearchBar/usePagefind';
import {builtLookup, helpFor} from './data';
import CodeName from '../ErrorCatalog/CodeName';

/**
 * The reason labels, each a static call so that `docusaurus write-translations` extracts it; which ones say why a code
 * matched is decided once, in `reasonLabels`.
 */
const reasonMessages: Record<string, (values: Record<string, string>) => string> = {
  'errorCatalog.search.reason.code': () => translate({id: 'errorCatalog.search.reason.code', message: 'Matches the code'}),
  'errorCatalog.search.reason.json': (v) =>
    translate({id: 'errorCatalog.search.reason.json', message: 'Matches the {field} field of the JSON body'}, {field: v.field!}),
  'errorCatalog.search.reason.link': () =>
    translate({id: 'errorCatalog.search.reason.link', message: 'The text links to this code’s page'}),
  'errorCatalog.search.reason.mention': (v) =>
    translate({id: 'errorCatalog.search.reason.mention', message: 'The text names this code: {value}'}, {value: v.value!}),
  'errorCatalog.search.reason.message': (v) =>
    translate({id: 'errorCatalog.search.reason.message', message: 'Matches the {language} message'}, {language: v.language!}),
  'errorCatalog.search.reason.messagePart': (v) =>
    translate(
      {id: 'errorCatalog.search.reason.messagePart', message: 'Part of the text matches the {language} message'},
      {language: v.language!},
    ),
  'errorCatalog.search.reason.misspelt': (v) =>
    translate({id: 'errorCatalog.search.reason.misspelt', message: 'spelling close to: {words}'}, {words: v.words!}),
  'errorCatalog.search.reason.name': () => translate({id: 'errorCatalog.search.reason.name', message: 'Matches the symbolic name'}),
  'errorCatalog.search.reason.symptom': (v) =>
    translate(
      {id: 'errorCatalog.search.reason.symptom', message: 'Matches a symptom of a troubleshooting guide ({language})'},
      {language: v.language!},
    ),
  'errorCatalog.search.reason.words.guideTitle': (v) =>
    translate(
      {id: 'errorCatalog.search.reason.words.guideTitle', message: 'Most words of a troubleshooting guide’s title ({language})'},
      {language: v.language!},
    ),
  'errorCatalog.search.reason.words.message': (v) =>
    translate({id: 'errorCatalog.search.reason.words.message', message: 'Most words of the {language} message'}, {language: v.language!}),
  'errorCatalog.search.reason.words.name': () => translate({id: 'errorCatalog.search.reason.words.name', message: 'The words of its name'}),
  'errorCatalog.search.reason.words.symptom': (v) =>
    translate(
      {id: 'errorCatalog.search.reason.words.symptom', message: 'Most words of a troubleshooting guide’s symptom ({language})'},
      {language: v.language!},
    ),
  'errorCatalog.search.reason.words.title': (v) =>
    translate({id: 'errorCatalog.search.reason.words.title', message: 'Most words of the {language} title'}, {language: v.language!}),
};

/** Why a code matched, in the page's language. */
const reasonText = (reason: MatchReason, language: (locale: string) => string) =>
  reasonLabels(reason, language)
    .map(({id, values}) => reasonMessages[id]!(values))
    .join(' · ');

/** A code's link, status and title. */
function CodeLine({code}: {code: Match['code']}): React.JSX.Element {
  return (
    <>
      <Link to={code.permalink}>
        <CodeName code={code.code} name={code.name} />
      </Link>{' '}
      <span className={styles.muted}>
        {code.status !== undefined && `${code.status} · `}
        {code.title}
      </span>
    </>
  );
}

/** Codes that one guide's text led to: listed once, under that guide. */
interface GuideEntry {
  guide: {title: string; permalink: string};
  reason: MatchReason;
  codes: Match['code'][];
}

type ResultEntry = {match: Match} | GuideEntry;

/** The results in rank order, each guide's codes gathered where the first of them ranks. */
function resultEntries(matches: Match[]): ResultEntry[] {
  const entries: ResultEntry[] = [];
  const byGuide = new Map<string, GuideEntry>();
  for (const match of matches) {
    const guide = guideOf(match.reason);
    if (!guide) {
      entries.push({match});
      continue;
    }
    const entry = byGuide.get(guide.permalink);
    if (entry) entry.codes.push(match.code);
    else {
      const created = {guide, reason: match.reason, codes: [match.code]};
      byGuide.set(guide.permalink, created);
      entries.push(created);
    }
  }
  return entries;
}

function ResultItem({
  entry,
  language,
  sharedGuide,
}: {
  entry: ResultEntry;
  language: (locale: string) => string;
  sharedGuide: {permalink: string} | undefined;
}): React.JSX.Element {
  if ('match' in entry)
    return (
      <li data-search-result={entry.match.code.code}>
        <CodeLine code={entry.match.code} />
        <br />
        <small className={styles.muted}>{reasonText(entry.match.reason, language)}</small>
      </li>
    );
  const {guide, reason, codes} = entry;
  return (
    <li>
      <small className={styles.muted}>
        {reasonText(reason, language)}
        {guide.permalink !== sharedGuide?.permalink && (
          <>
            {' · '}
            <Link to={guide.permalink} data-search-guide>
              {guide.title}
            </Link>
          </>
        )}
      </small>
      <ul className={searchStyles.guideCodes}>
        {codes.map((code) => (
          <li key={code.permalink} data-search-result={code.code}>
            <CodeLine code={code} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Where to go when no code matches: the status and categories the text names, and codes spelt like its words. */
function NoMatchSuggestions({help}: {help: NoMatchHelp}): React.JSX.Element | null {
  const {selectMessage} = usePluralForm();
  if (help.statuses.length + help.categories.length + help.nearest.length === 0) return null;
  const codeCount = (count: number) =>
    selectMessage(count, translate({id: 'errorCatalog.search.help.count', message: 'One code|{count} codes'}, {count}));
  return (
    <ul className={searchStyles.searchResults} data-search-help>
      {help.statuses.map((s) => (
        <li key={s.permalink} data-search-help-status={s.status}>
          <Translate
            id="errorCatalog.search.help.status"
            values={{status: <Link to={s.permalink}>{`HTTP ${s.status} ${s.title}`}</Link>, count: codeCount(s.count)}}>
            {'The text names an HTTP status: {status}, {count}'}
          </Translate>
        </li>
      ))}
      {help.categories.map((c) => (
        <li key={c.permalink} data-search-help-category={c.id}>
          <Translate
            id="errorCatalog.search.help.category"
            values={{category: <Link to={c.permalink}>{c.title}</Link>, count: codeCount(c.count)}}>
            {'The text names a category: {category}, {count}'}
          </Translate>
        </li>
      ))}
      {help.nearest.map(({code, word}) => (
        <li key={code.permalink} data-search-help-nearest={code.code}>
          <Link to={code.permalink}>
            <CodeName code={code.code} name={code.name} />
          </Link>{' '}
          <span className={styles.muted}>{code.title}</span>
          <br />
          <small className={styles.muted}>
            <Translate id="errorCatalog.search.help.spelling" values={{word}}>
              {'Spelt close to {word}'}
            </Translate>
          </small>
        </li>
      ))}
    </ul>
  );
}

/** The full-text search's pages for the pasted text, one click away: its words may be in a guide or a table. */
function FullTextSearch({text}: {text: string}): React.JSX.Element | null {
  const [asked, setAsked] = useState(false);
  const {results, searched, unavailable} = usePagefind(asked ? text : '', 5);
  if (!asked)
    return (
      <button
        type="button"
        className={`button button--secondary button--sm ${searchStyles.fullText}`}
        onClick={() => setAsked(true)}
        data-search-fulltext>
        <Translate id="errorCatalog.search.fullText">Search every page for this text</Translate>
      </button>
    );
  if (unavailable)
    return (
      <p className={styles.muted}>
        <Translate id="errorCatalog.searchBar.unavailable">Search works in the built site (npm run build).</Translate>
      </p>
    );
  if (!searched) return null;
  if (results.length === 0)
    return (
      <p className={searchStyles.fullText} data-search-fulltext-results>
        <Translate id="errorCatalog.search.fullTextNone">No page matches this text.</Translate>
      </p>
    );
  return (
    <div className={searchStyles.fullText} data-search-fulltext-results>
      <p>
        <Translate id="errorCatalog.search.fullTextResults">Pages with these words:</Translate>
      </p>
      <ul className={searchStyles.searchResults}>
        {results.map((r) => (
          <li key={r.url} data-search-fulltext-result={r.url}>
            <Link to={r.url} className={searchStyles.fullTextResult}>
              <ResultContent result={r} classes={{detail: styles.muted}} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Reads `?q=` so support staff can send a link that runs the box. */
function useQueryParam(): string {
  const {search} = useLocation();
  return useMemo(() => new URLSearchParams(search).get('q') ?? '', [search]);
}

/**
 * "Paste your error": matches what someone saw (a message with values, a JSON
 * body, a code or name) against the catalog. Its data loads on first use only.
 */
export default function ErrorSearch({locale}: {locale: string}): React.JSX.Element {
  const fromUrl = useQueryParam();
  const history = useHistory();
  const [text, setText] = useState(fromUrl);
  const [answer, setAnswer] = useState<{text: string; result: MatchResult} | undefined>();
  const [help, setHelp] = useState<{text: string; help: NoMatchHelp} | undefined>();
  const id = useId();

  // Each text loads only the data its keys and words lead to (cached by the bundler).
  useEffect(() => {
    if (text.trim() === '') return;
    let current = true;
    void findError(text, builtLookup).then((result) => {
      if (current) setAnswer({text, result});
    });
    return () => {
      current = false;
    };
  }, [text]);
  const result = answer?.text === text ? answer.result : undefined;
  const language = useMemo(() => {
    const names = new Intl.DisplayNames([locale], {type: 'language'});
    return (code: string) => names.of(code) ?? code;
  }, [locale]);

  // A deep link with one clear match goes straight to the page.
  useEffect(() => {
    if (fromUrl && result && text === fromUrl && result.matches.length > 0 && !result.ambiguous)
      history.replace(result.matches[0]!.code.permalink);
  }, [fromUrl, result, text, history]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const top = result?.matches[0];
    if (top && !result.ambiguous) history.push(top.code.permalink);
    else history.replace({search: text ? `?q=${encodeURIComponent(text)}` : ''});
  };

  // Nothing matched: what the text does say, loaded once the answer is known.
  useEffect(() => {
    if (!result || result.matches.length > 0) return;
    let current = true;
    void helpFor(text).then((found) => {
      if (current) setHelp({text, help: found});
    });
    return () => {
      current = false;
    };
  }, [result, text]);
  const shownHelp = help?.text === text ? help.help : undefined;

  const show = text.trim() !== '' && result;
  // Codes that tie on one guide's symptom: the guide, named once, is the way to tell them apart.
  const sharedGuide = result?.ambiguous ? guideOf(result.matches[0]!.reason) : undefined;
  const closest = result?.matches[0]?.reason.kind === 'words';
  return (
    <form className={searchStyles.search} onSubmit={submit} role="search" data-error-search>
      <label htmlFor={id} className={searchStyles.searchLabel}>
        <Translate id="errorCatalog.search.label">Paste your error</Translate>
      </label>
      <p className={styles.muted} id={`${id}-help`}>
        <Translate id="errorCatalog.search.help">
          A message as you saw it, with its values filled in, in any language; a whole JSON error body; or a code or name.
        </Translate>
      </p>
      <div className={searchStyles.searchRow}>
        <textarea
          id={id}
          aria-describedby={`${id}-help`}
          className={searchStyles.searchInput}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
        />
        <button type="submit" className="button button--primary">
          <Translate id="errorCatalog.search.submit">Find the code</Translate>
        </button>
      </div>
      {show && (
        <div aria-live="polite" className={searchStyles.searchOutcome} data-search-results>
          {result.matches.length === 0 ? (
            <div data-search-none>
              <p>
                <Translate id="errorCatalog.search.none">
                  No error code matches this text. Paste the whole message or the JSON body, or browse the codes below.
                </Translate>
              </p>
              {shownHelp && <NoMatchSuggestions help={shownHelp} />}
              <FullTextSearch key={text} text={text} />
            </div>
          ) : (
            <>
              {sharedGuide ? (
                <p className="alert alert--info" data-search-ambiguous>
                  <Translate
                    id="errorCatalog.search.symptomGuide"
                    values={{
                      guide: (
                        <Link to={sharedGuide.permalink} data-search-guide>
                          {sharedGuide.title}
                        </Link>
                      ),
                    }}>
                    {'A troubleshooting guide lists this symptom for several codes, and tells them apart: {guide}'}
                  </Translate>
                </p>
              ) : closest ? (
                <p data-search-close>
                  <Translate id="errorCatalog.search.closest">No code matches this text exactly. These come closest:</Translate>
                </p>
              ) : (
                result.ambiguous && (
                  <p className="alert alert--info" data-search-ambiguous>
                    <Translate id="errorCatalog.search.ambiguous">
                      Several codes match equally well, for example because they share a message. The code field of the JSON body tells them
                      apart.
                    </Translate>
                  </p>
                )
              )}
              <ol
                className={searchStyles.searchResults}
                aria-label={translate({id: 'errorCatalog.search.results', message: 'Matching codes'})}>
                {resultEntries(result.matches.slice(0, 8)).map((entry) => (
                  <ResultItem
                    key={'match' in entry ? entry.match.code.permalink : entry.guide.permalink}
                    entry={entry}
                    language={language}
                    sharedGuide={sharedGuide}
                  />
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </form>
  );
}
