/**
 * The search box: a WAI-ARIA combobox whose listbox shows results as the reader types, in the navbar
 * of every page (`variant="navbar"`, with the Ctrl/⌘+K and `/` shortcuts; on a phone an icon button
 * that expands) and on the home page (`variant="hero"`). The index is loaded on first focus.
 */
import React, {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import type {SearchResult} from '@site/src/search/engine';
import {isSearchShortcut, moveActive, searchPageQuery, withHighlight} from '@site/src/search/ui-logic';
import {glossaryPath, useReadingEdition, useSearchIndexes} from './hooks';
import {itemLabel, LoadError, Loading, Marked, NothingFound, Unavailable, useResultCount} from './parts';
import styles from './styles.module.css';

/** Results shown in the box; the results page shows all. */
const SHOWN = 8;
/** Results counted for the announcement. */
const COUNTED = 500;
const DEBOUNCE_MS = 120;

interface Found {
  query: string;
  results: SearchResult[];
  suggestion: string | null;
}

function SearchIcon(): ReactNode {
  return (
    <svg
      className={styles.icon}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

function ResultOption({result}: {result: SearchResult}): ReactNode {
  return (
    <>
      <span className={styles.optionTitle}>
        {result.title}
        {result.heading && result.kind !== 'item' ? (
          <>
            <span aria-hidden="true"> › </span>
            <span className={styles.optionHeading}>{result.heading}</span>
          </>
        ) : null}
      </span>
      {result.kind === 'item' ? (
        <span className={styles.optionItem}>
          <span className={styles.badge}>{itemLabel()}</span> {result.heading}
        </span>
      ) : null}
      {result.snippet ? (
        <span className={styles.snippet}>
          <Marked text={result.snippet} ranges={result.highlights} />
        </span>
      ) : null}
    </>
  );
}

export default function SearchBox({variant}: {variant: 'navbar' | 'hero'}): ReactNode {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const history = useHistory();
  const edition = useReadingEdition();
  const defaultEdition = useLatestVersion(undefined).name;
  const {state, load} = useSearchIndexes([edition.name]);
  const resultCount = useResultCount();
  const searchPage = useBaseUrl('/search');
  const hydrated = useIsBrowser();

  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [query, setQuery] = useState('');
  const [lastFound, setFound] = useState<Found | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [expanded, setExpanded] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  // Results as the reader types, a little after the last key.
  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '' || state.status !== 'ready') {
      return undefined;
    }
    const timer = window.setTimeout(() => {
      const [index] = state.indexes;
      const results = index ? index.search(trimmed, {limit: COUNTED}) : [];
      setFound({
        query: trimmed,
        results,
        suggestion: results.length === 0 && index ? index.suggest(trimmed) : null,
      });
      setActive(-1);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, state]);

  // Ctrl/⌘+K and `/` focus the navbar box from anywhere.
  useEffect(() => {
    if (variant !== 'navbar') {
      return undefined;
    }
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (isSearchShortcut(event, event.target instanceof HTMLElement ? event.target : null)) {
        event.preventDefault();
        setExpanded(true);
        setFocusRequest((n) => n + 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [variant]);

  useEffect(() => {
    if (focusRequest > 0) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [focusRequest]);

  const found = query.trim() !== '' && state.status === 'ready' ? lastFound : null;
  const shown = found?.results.slice(0, SHOWN) ?? [];
  const hasQuery = query.trim() !== '';
  const popupOpen = open && (hasQuery || state.status === 'unavailable' || state.status === 'error');
  const listOpen = popupOpen && shown.length > 0;
  const pageHref = (q: string) =>
    `${searchPage}${searchPageQuery({query: q, edition: edition.name}, defaultEdition)}`;

  const openResult = (result: SearchResult) => {
    setOpen(false);
    setExpanded(false);
    history.push(withHighlight(result.url, result.keys));
  };

  const collapse = () => {
    setOpen(false);
    setExpanded(false);
    toggleRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((current) => moveActive(current, shown.length, event.key as 'ArrowDown' | 'ArrowUp'));
        break;
      case 'Enter': {
        const result = shown[active];
        if (popupOpen && result) {
          event.preventDefault();
          openResult(result);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (popupOpen) {
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          setQuery('');
        } else if (expanded) {
          collapse();
        }
        break;
      default:
    }
  };

  const announcement = (() => {
    if (!popupOpen || !found || found.query !== query.trim()) {
      return '';
    }
    return found.results.length > 0
      ? resultCount(found.results.length)
      : translate({
          id: 'search.nothingFoundShort',
          message: 'Nieko nerasta',
          description: 'Announced when a search finds nothing',
        });
  })();

  const label = translate({
    id: 'search.label',
    message: 'Ieškoti vadove',
    description: 'Label and placeholder of the search box',
  });

  return (
    <div
      ref={rootRef}
      className={clsx(
        styles.root,
        variant === 'navbar' ? styles.navbar : styles.hero,
        expanded && styles.expanded,
      )}
      data-search-box={variant}
      data-ready={hydrated ? 'true' : 'false'}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) {
          setOpen(false);
          if (query === '') {
            setExpanded(false);
          }
        }
      }}>
      {variant === 'navbar' ? (
        <button
          ref={toggleRef}
          type="button"
          className={styles.toggle}
          aria-label={label}
          aria-expanded={expanded}
          aria-controls={`${id}-field`}
          onClick={() => {
            setExpanded(true);
            setFocusRequest((n) => n + 1);
          }}>
          <SearchIcon />
        </button>
      ) : null}
      <form
        id={`${id}-field`}
        role="search"
        className={styles.field}
        action={searchPage}
        onSubmit={(event) => {
          event.preventDefault();
          if (hasQuery) {
            setOpen(false);
            history.push(pageHref(query));
          }
        }}>
        <label htmlFor={inputId} className={variant === 'hero' ? styles.heroLabel : 'sr-only'}>
          {label}
        </label>
        <div className={styles.inputWrap}>
          <SearchIcon />
          <input
            ref={inputRef}
            id={inputId}
            name="q"
            type="search"
            className={styles.input}
            placeholder={label}
            autoComplete="off"
            spellCheck={false}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={listOpen}
            aria-controls={listId}
            aria-activedescendant={listOpen && active >= 0 ? `${id}-option-${active}` : undefined}
            aria-keyshortcuts={variant === 'navbar' ? 'Control+K Meta+K /' : undefined}
            value={query}
            onFocus={() => {
              load();
              setOpen(true);
            }}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
          />
          {variant === 'navbar' ? (
            <button
              type="button"
              className={styles.close}
              aria-label={translate({
                id: 'search.close',
                message: 'Užverti paiešką',
                description: 'Button that closes the expanded search box on a phone',
              })}
              onClick={() => {
                setQuery('');
                collapse();
              }}>
              ×
            </button>
          ) : null}
        </div>
      </form>
      {/* Pressing the mouse in the popup keeps the focus (and the popup) in the box. */}
      <div
        className={clsx(styles.popup, !popupOpen && styles.hidden)}
        onMouseDown={(event) => event.preventDefault()}>
        <ul
          id={listId}
          role="listbox"
          className={styles.list}
          aria-label={translate({
            id: 'search.resultsLabel',
            message: 'Paieškos rezultatai',
            description: 'Accessible name of the result list',
          })}
          hidden={!listOpen}>
          {shown.map((result, i) => (
            <li
              key={`${result.url}-${i}`}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              className={clsx(styles.option, i === active && styles.active)}
              data-url={result.url}
              onMouseMove={() => setActive(i)}
              onClick={() => openResult(result)}>
              <ResultOption result={result} />
            </li>
          ))}
        </ul>
        {popupOpen ? (
          <>
            {state.status === 'unavailable' ? <Unavailable /> : null}
            {state.status === 'error' ? <LoadError message={state.message} /> : null}
            {state.status === 'loading' || state.status === 'idle' ? <Loading /> : null}
            {found && found.results.length === 0 ? (
              <NothingFound
                query={found.query}
                suggestion={found.suggestion}
                suggestionHref={pageHref(found.suggestion ?? '')}
                onSuggestion={(suggestion) => {
                  setQuery(suggestion);
                  inputRef.current?.focus();
                }}
                glossary={glossaryPath(edition)}
              />
            ) : null}
            {found && found.results.length > 0 ? (
              <p className={styles.all}>
                <Link to={pageHref(found.query)} onClick={() => setOpen(false)} data-search-all="">
                  {translate(
                    {
                      id: 'search.seeAll',
                      message: 'Visi rezultatai ({count})',
                      description: 'Link from the search box to the full results page',
                    },
                    {count: found.results.length},
                  )}
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
