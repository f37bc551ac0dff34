/** Pieces shared by the search box and the results page: marked snippets, counts and messages. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralMessage} from '@site/src/components/usePluralMessage';
import {markParts} from '@site/src/search/ui-logic';
import styles from './styles.module.css';

/** Text with the ranges in `<mark>`. */
export function Marked({
  text,
  ranges,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}): ReactNode {
  return (
    <>
      {markParts(text, ranges).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <React.Fragment key={i}>{part.text}</React.Fragment>,
      )}
    </>
  );
}

/** "5 rezultatai" / "5 results", with Lithuanian plurals. */
export function useResultCount(): (count: number) => string {
  const selectMessage = usePluralMessage();
  return (count: number) =>
    selectMessage(
      count,
      translate(
        {
          id: 'search.resultCount',
          message: '{count} rezultatas|{count} rezultatai|{count} rezultato|{count} rezultatų',
          description: 'Number of search results; plural forms separated by | (lt: one|few|many|other)',
        },
        {count},
      ),
    );
}

export function itemLabel(): string {
  return translate({
    id: 'search.itemResult',
    message: 'Savęs vertinimo klausimas',
    description: 'Label of a search result that is a self-assessment checklist question',
  });
}

/** What the dev server shows instead of results: search is built with the site. */
export function Unavailable(): ReactNode {
  return (
    <p className={styles.message} data-search-unavailable="">
      <Translate
        id="search.unavailable"
        values={{command: <code>npm run build && npm run serve</code>}}
        description="Shown by the search box on the development server, which has no search index">
        {
          'Paieškos rodyklė kuriama kartu su svetaine, todėl kūrimo serveryje paieška neveikia. Paleiskite {command} ir ieškokite sukurtoje svetainėje.'
        }
      </Translate>
    </p>
  );
}

export function LoadError({message}: {message: string}): ReactNode {
  return (
    <p className={styles.message} role="alert">
      <Translate
        id="search.loadError"
        values={{message}}
        description="Shown when the search index could not be loaded; {message} is the technical reason">
        {'Nepavyko įkelti paieškos rodyklės ({message}). Bandykite dar kartą vėliau.'}
      </Translate>
    </p>
  );
}

export function Loading(): ReactNode {
  return (
    <p className={styles.message}>
      <Translate id="search.loading" description="Shown while the search index is being loaded">
        Įkeliama paieškos rodyklė…
      </Translate>
    </p>
  );
}

interface NothingFoundProps {
  query: string;
  suggestion: string | null;
  /** Run the suggested query (the box fills itself, the results page updates its URL). */
  onSuggestion: (query: string) => void;
  suggestionHref: string;
  glossary: string | undefined;
}

/** Nothing found: say so, offer a near-spelling that finds something, and the glossary. */
export function NothingFound({
  query,
  suggestion,
  onSuggestion,
  suggestionHref,
  glossary,
}: NothingFoundProps): ReactNode {
  return (
    <div className={styles.message} data-search-empty="">
      <p>
        <Translate id="search.nothingFound" values={{query}} description="No search results for the query">
          {'Pagal užklausą „{query}“ nieko nerasta.'}
        </Translate>
      </p>
      {suggestion ? (
        <p>
          <Translate
            id="search.didYouMean"
            values={{
              suggestion: (
                <Link
                  to={suggestionHref}
                  data-search-suggestion=""
                  onClick={(event) => {
                    event.preventDefault();
                    onSuggestion(suggestion);
                  }}>
                  {suggestion}
                </Link>
              ),
            }}
            description="Offers a near-spelling of the query that finds results">
            {'Gal turėjote omenyje: {suggestion}?'}
          </Translate>
        </p>
      ) : null}
      {glossary ? (
        <p>
          <Translate
            id="search.tryGlossary"
            values={{
              glossary: (
                <Link to={glossary}>
                  <Translate id="search.tryGlossary.link" description="Link text to the glossary">
                    terminų žodyne
                  </Translate>
                </Link>
              ),
            }}
            description="When nothing is found, points to the glossary">
            {'Sąvokų ir santrumpų paaiškinimų ieškokite {glossary}.'}
          </Translate>
        </p>
      ) : null}
    </div>
  );
}
