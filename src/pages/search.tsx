/**
 * The full results page, `/search?q=…&edition=…` (and `/en/search`): every result, grouped by chapter
 * in book order, in the edition being read or in every edition. The URL follows the query and the
 * edition, so a search can be linked and bookmarked.
 */
import React, {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {BOOK_ORDER} from '@site/src/book/outline';
import type {SearchResult} from '@site/src/search/engine';
import {
  ALL_EDITIONS,
  groupByChapter,
  mergeEditionResults,
  parseSearchPageQuery,
  searchPageQuery,
  withHighlight,
} from '@site/src/search/ui-logic';
import {glossaryPath, useEditions, useSearchIndexes} from '@site/src/components/Search/hooks';
import {
  itemLabel,
  LoadError,
  Loading,
  Marked,
  NothingFound,
  Unavailable,
  useResultCount,
} from '@site/src/components/Search/parts';
import styles from './search.module.css';

const LIMIT = 500;
const DEBOUNCE_MS = 200;

function ResultEntry({result, editionLabel}: {result: SearchResult; editionLabel?: string}): ReactNode {
  return (
    <li className={styles.result} data-edition={result.edition}>
      <Link to={withHighlight(result.url, result.keys)} className={styles.resultLink}>
        {result.kind === 'item' ? <span className={styles.badge}>{itemLabel()}</span> : null}{' '}
        {result.heading || result.title}
      </Link>
      {editionLabel ? <span className={styles.edition}>{editionLabel}</span> : null}
      {result.snippet ? (
        <p className={styles.snippet}>
          <Marked text={result.snippet} ranges={result.highlights} />
        </p>
      ) : null}
    </li>
  );
}

export default function SearchPage(): ReactNode {
  const id = useId();
  const history = useHistory();
  const location = useLocation();
  // The page is prerendered without a query: read the URL only after hydration.
  const isBrowser = useIsBrowser();
  const editions = useEditions();
  const defaultEdition = useLatestVersion(undefined).name;
  const names = editions.map((e) => e.name);
  const {query, edition} = parseSearchPageQuery(isBrowser ? location.search : '', names, defaultEdition);
  const [input, setInput] = useState(query);
  const chosen = edition === ALL_EDITIONS ? names : [edition];
  // The index (about 260 KiB gzip per edition) is fetched when there is something to search for:
  // a query in the URL, or the reader in the field. Opened empty, the page is ready without it.
  const {state, load} = useSearchIndexes(chosen);
  useEffect(() => {
    if (query !== '') {
      load();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per query: `load` changes after a failed fetch, and a retry is the reader's to ask for
  }, [query]);
  const resultCount = useResultCount();

  // A new URL (hydration, the navbar box, the back button) puts its query in the field.
  const [urlQuery, setUrlQuery] = useState(query);
  if (urlQuery !== query) {
    setUrlQuery(query);
    if (input.trim() !== query) {
      setInput(query);
    }
  }

  const go = (next: {query: string; edition: string}) => {
    history.replace({pathname: location.pathname, search: searchPageQuery(next, defaultEdition), hash: ''});
  };

  // Typing updates the URL a little after the last key.
  useEffect(() => {
    if (input.trim() === query) {
      return undefined;
    }
    const timer = window.setTimeout(() => go({query: input, edition}), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `go` is rebuilt each render
  }, [input, query, edition]);

  const found = useMemo(() => {
    if (state.status !== 'ready' || query === '') {
      return null;
    }
    const results = mergeEditionResults(
      state.indexes.map((index) => index.search(query, {limit: LIMIT, complete: true})),
    );
    const suggestion =
      results.length === 0
        ? (state.indexes.map((index) => index.suggest(query)).find((s) => s) ?? null)
        : null;
    return {results, suggestion, groups: groupByChapter(results, BOOK_ORDER)};
  }, [state, query]);

  const labels = new Map(editions.map((e) => [e.name, e.label]));
  const readEdition = editions.find((e) => e.name === (edition === ALL_EDITIONS ? defaultEdition : edition));
  const title = translate({
    id: 'search.page.title',
    message: 'Paieška',
    description: 'Title of the search results page',
  });

  return (
    <Layout
      title={query ? `${title}: ${query}` : title}
      description={translate({
        id: 'search.page.description',
        message: 'Paieška vadovo tekste: visų skyrių, skirsnių ir savęs vertinimo klausimų.',
        description: 'Meta description of the search results page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <form
          role="search"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            go({query: input, edition});
          }}>
          <div className={styles.queryRow}>
            <label htmlFor={`${id}-q`} className="sr-only">
              {translate({id: 'search.label', message: 'Ieškoti vadove'})}
            </label>
            <input
              id={`${id}-q`}
              name="q"
              type="search"
              className={styles.input}
              value={input}
              placeholder={translate({id: 'search.label', message: 'Ieškoti vadove'})}
              autoComplete="off"
              spellCheck={false}
              onFocus={load}
              onChange={(event) => {
                load();
                setInput(event.target.value);
              }}
            />
            <button type="submit" className="button button--primary">
              <Translate id="search.page.submit" description="Search button on the results page">
                Ieškoti
              </Translate>
            </button>
          </div>
          <fieldset className={styles.editions}>
            <legend>
              <Translate
                id="search.page.editions"
                description="Legend of the edition switch on the results page">
                Kuriame leidime ieškoti
              </Translate>
            </legend>
            {[...editions.map((e) => ({name: e.name, label: e.label})), {name: ALL_EDITIONS, label: ''}].map(
              (option) => (
                <label key={option.name} className={styles.editionOption}>
                  <input
                    type="radio"
                    name="edition"
                    value={option.name}
                    checked={edition === option.name}
                    onChange={() => go({query: input, edition: option.name})}
                  />{' '}
                  {option.name === ALL_EDITIONS
                    ? translate({
                        id: 'search.page.allEditions',
                        message: 'Visi leidimai',
                        description: 'Edition switch option that searches every edition',
                      })
                    : option.label}
                </label>
              ),
            )}
          </fieldset>
        </form>

        <div className={styles.status} role="status" aria-live="polite" data-search-count="">
          {found && found.results.length > 0 ? resultCount(found.results.length) : null}
        </div>
        {query === '' ? (
          <p>
            <Translate id="search.page.empty" description="Results page without a query">
              Įrašykite, ko ieškote: žodį, posakį, teisės akto numerį ar santrumpą.
            </Translate>
          </p>
        ) : null}
        {query !== '' && state.status === 'loading' ? <Loading /> : null}
        {state.status === 'unavailable' ? <Unavailable /> : null}
        {state.status === 'error' ? <LoadError message={state.message} /> : null}
        {found && found.results.length === 0 ? (
          <NothingFound
            query={query}
            suggestion={found.suggestion}
            suggestionHref={`${location.pathname}${searchPageQuery({query: found.suggestion ?? '', edition}, defaultEdition)}`}
            onSuggestion={(suggestion) => go({query: suggestion, edition})}
            glossary={readEdition ? glossaryPath(readEdition) : undefined}
          />
        ) : null}
        {found?.groups.map((group) => (
          <section
            key={group.doc}
            className={styles.group}
            aria-labelledby={`${id}-${group.doc}`}
            data-doc={group.doc}>
            <h2 id={`${id}-${group.doc}`} className={styles.groupTitle}>
              {group.title}
            </h2>
            <ol className={styles.results}>
              {group.results.map((result, i) => (
                <ResultEntry
                  key={`${result.edition}-${result.url}-${i}`}
                  result={result}
                  editionLabel={edition === ALL_EDITIONS ? labels.get(result.edition) : undefined}
                />
              ))}
            </ol>
          </section>
        ))}
      </main>
    </Layout>
  );
}
