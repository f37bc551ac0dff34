/**
 * Loading a search index in the browser: the locale's manifest (small, fetched once a page session),
 * then the content-hashed index file of the edition being read (cacheable forever), then the index
 * itself. Each index is fetched at most once a page session, however many boxes ask for it.
 */
import type {SerializedSearchIndex} from './build-index';
import {SearchIndex, type SearchLocale} from './engine';

/** Thrown when the site was not built with search indexes (the development server). */
export class SearchUnavailableError extends Error {
  constructor() {
    super('Search indexes are built with the site: npm run build && npm run serve.');
    this.name = 'SearchUnavailableError';
  }
}

export interface SearchManifestEntry {
  edition: string;
  locale: SearchLocale;
  file: string;
  sections: number;
}

const manifests = new Map<string, Promise<SearchManifestEntry[]>>();
const indexes = new Map<string, Promise<SearchIndex>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, {credentials: 'same-origin'});
  if (response.status === 404) throw new SearchUnavailableError();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  // A development server answers unknown paths with its HTML page.
  if (!type.includes('json')) throw new SearchUnavailableError();
  return (await response.json()) as T;
}

/** `baseUrl` is the locale's base ('/' or '/en/'). */
export function loadSearchManifest(baseUrl: string): Promise<SearchManifestEntry[]> {
  let manifest = manifests.get(baseUrl);
  if (!manifest) {
    manifest = fetchJson<{indexes: SearchManifestEntry[]}>(`${baseUrl}search/manifest.json`).then(
      (data) => data.indexes,
    );
    manifest.catch(() => manifests.delete(baseUrl));
    manifests.set(baseUrl, manifest);
  }
  return manifest;
}

export function loadSearchIndex(
  baseUrl: string,
  edition: string,
  locale: SearchLocale,
): Promise<SearchIndex> {
  const key = `${baseUrl}|${edition}|${locale}`;
  let index = indexes.get(key);
  if (!index) {
    index = loadSearchManifest(baseUrl).then(async (entries) => {
      const entry = entries.find((e) => e.edition === edition && e.locale === locale);
      if (!entry) throw new SearchUnavailableError();
      return SearchIndex.load(await fetchJson<SerializedSearchIndex>(`${baseUrl}search/${entry.file}`));
    });
    index.catch(() => indexes.delete(key));
    indexes.set(key, index);
  }
  return index;
}
