import React, {useEffect, useId, useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import Translate, {translate} from '@docusaurus/Translate';
import styles from '../ErrorCatalog/styles.module.css';
import searchStyles from './styles.module.css';
import {candidates} from './data';
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
            <p data-search-none>
              <Translate id="errorCatalog.search.none">
                No error code matches this text. Paste the whole message or the JSON body, or browse the codes below.
              </Translate>
            </p>
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
