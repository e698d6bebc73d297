import React, {useEffect, useId, useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import styles from '../ErrorCatalog/styles.module.css';
import searchStyles from './styles.module.css';
import {candidates, helpFor} from './data';
import type {NoMatchHelp} from './suggest';
import {matchError, type Match, type MatchReason, type MatchResult} from './match';

function reasonText(reason: MatchReason, language: (locale: string) => string): string {
  switch (reason.kind) {
    case 'code':
      return translate({id: 'errorCatalog.search.reason.code', message: 'Matches the code'});
    case 'name':
      return translate({id: 'errorCatalog.search.reason.name', message: 'Matches the symbolic name'});
    case 'mention':
      return reason.link
        ? translate({id: 'errorCatalog.search.reason.link', message: 'The text links to this code’s page'})
        : translate({id: 'errorCatalog.search.reason.mention', message: 'The text names this code: {value}'}, {value: reason.value});
    case 'json':
      return translate(
        {id: 'errorCatalog.search.reason.json', message: 'Matches the {field} field of the JSON body'},
        {field: reason.field},
      );
    case 'message':
      return reason.exact
        ? translate(
            {id: 'errorCatalog.search.reason.message', message: 'Matches the {language} message'},
            {language: language(reason.locale)},
          )
        : translate(
            {id: 'errorCatalog.search.reason.messagePart', message: 'Part of the text matches the {language} message'},
            {language: language(reason.locale)},
          );
    case 'symptom':
      return translate(
        {id: 'errorCatalog.search.reason.symptom', message: 'Matches a symptom of a troubleshooting guide ({language})'},
        {language: language(reason.locale)},
      );
  }
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
            <code>{code.code}</code> {code.name}
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

  // Each text loads only the data its keys lead to (cached by the bundler), then matches exactly.
  useEffect(() => {
    if (text.trim() === '') return;
    let current = true;
    void candidates(text).then((found) => {
      if (current) setAnswer({text, result: matchError(text, found)});
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
  const topReason = result?.ambiguous ? result.matches[0]!.reason : undefined;
  const sharedGuide = topReason?.kind === 'symptom' ? topReason.guide : undefined;
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
                {result.matches.slice(0, 8).map((m: Match) => (
                  <li key={m.code.permalink} data-search-result={m.code.code}>
                    <Link to={m.code.permalink}>
                      <code>{m.code.code}</code> {m.code.name}
                    </Link>{' '}
                    <span className={styles.muted}>
                      {m.code.status} · {m.code.title}
                    </span>
                    <br />
                    <small className={styles.muted}>
                      {reasonText(m.reason, language)}
                      {m.reason.kind === 'symptom' && m.reason.guide.permalink !== sharedGuide?.permalink && (
                        <>
                          {' · '}
                          <Link to={m.reason.guide.permalink} data-search-guide>
                            {m.reason.guide.title}
                          </Link>
                        </>
                      )}
                    </small>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </form>
  );
}
