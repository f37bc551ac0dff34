/**
 * Loading the search indexes in the browser: only when the reader first wants to search (the engine
 * and loader are a separate chunk, fetched by dynamic `import()`), only for the edition(s) asked for
 * and the locale being read. The loader caches each index for the page session.
 */
import {useCallback, useEffect, useState} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  useActivePluginAndVersion,
  useLatestVersion,
  useVersions,
  type GlobalVersion,
} from '@docusaurus/plugin-content-docs/client';
import type {SearchIndex, SearchLocale} from '@site/src/search/engine';

/** The draft's version name: `DRAFT` of src/editions/editions.ts, which reads files (Node only). */
const DRAFT = 'current';

export type IndexesState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'ready'; indexes: SearchIndex[]}
  /** The site was built without indexes (the development server). */
  | {status: 'unavailable'}
  | {status: 'error'; message: string};

export function useSearchLocale(): {locale: SearchLocale; baseUrl: string} {
  const {siteConfig, i18n} = useDocusaurusContext();
  return {locale: i18n.currentLocale === 'en' ? 'en' : 'lt', baseUrl: siteConfig.baseUrl};
}

/**
 * The indexes of `editions` in the page's locale, loaded once `load()` has been called (on the first
 * focus of a search box, or at once when `eager`). A later change of editions loads those; after an error, `load()` retries.
 */
export function useSearchIndexes(
  editions: readonly string[],
  {eager = false}: {eager?: boolean} = {},
): {state: IndexesState; load: () => void} {
  const {locale, baseUrl} = useSearchLocale();
  const [attempt, setAttempt] = useState(eager ? 1 : 0);
  const wanted = editions.join(' ');
  const request = `${attempt} ${locale} ${baseUrl} ${wanted}`;
  // What the last finished request gave; a newer request is loading until it settles.
  const [settled, setSettled] = useState<{request: string; state: IndexesState} | null>(null);
  const state: IndexesState =
    attempt === 0 ? {status: 'idle'} : settled?.request === request ? settled.state : {status: 'loading'};

  useEffect(() => {
    if (attempt === 0) {
      return undefined;
    }
    let cancelled = false;
    const settle = (next: IndexesState) => {
      if (!cancelled) {
        setSettled({request, state: next});
      }
    };
    const failed = (error: unknown): IndexesState => ({
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
    import('@site/src/search/load')
      .then(async (loader) => {
        try {
          const names = wanted.split(' ').filter((name) => name !== '');
          const indexes = await Promise.all(
            names.map((name) => loader.loadSearchIndex(baseUrl, name, locale)),
          );
          settle({status: 'ready', indexes});
        } catch (error) {
          settle(error instanceof loader.SearchUnavailableError ? {status: 'unavailable'} : failed(error));
        }
      })
      .catch((error: unknown) => settle(failed(error)));
    return () => {
      cancelled = true;
    };
  }, [attempt, request, wanted, baseUrl, locale]);

  const failedBefore = state.status === 'error';
  const load = useCallback(() => {
    setAttempt((previous) => (previous === 0 || failedBefore ? previous + 1 : previous));
  }, [failedBefore]);

  return {state, load};
}

/** The edition being read: the doc page's version, elsewhere the newest released one. */
export function useReadingEdition(): GlobalVersion {
  const active = useActivePluginAndVersion();
  const latest = useLatestVersion(undefined);
  return active?.activeVersion ?? latest;
}

/** Every edition in the build, released ones newest first, then the draft. */
export function useEditions(): GlobalVersion[] {
  const versions = useVersions(undefined);
  return [...versions.filter((v) => v.name !== DRAFT), ...versions.filter((v) => v.name === DRAFT)];
}

/** Path of the glossary in an edition, if the edition has one. */
export function glossaryPath(edition: GlobalVersion): string | undefined {
  return edition.docs.find((doc) => doc.id === 'glossary')?.path;
}
