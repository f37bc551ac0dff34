/**
 * The search interface's logic, without React or the DOM: result links that carry the matched keys
 * (`?hl=`), the results page's query string, grouping results by chapter in book order, splitting a
 * text into marked and unmarked parts, keyboard movement in the result list and the shortcut keys.
 * The components in src/theme/SearchBar, src/components/Search and src/pages/search.tsx stay thin.
 */

/** The query parameter that carries the matched index keys to the page a result opens. */
export const HIGHLIGHT_PARAM = 'hl';

/** The results page's value of `edition` that searches every edition. */
export const ALL_EDITIONS = 'all';

/** The fields of a search result that the interface needs (a subset of the engine's `SearchResult`). */
export interface ResultLike {
  doc: string;
  title: string;
  url: string;
  score: number;
  keys: readonly string[];
  edition: string;
}

function splitHash(url: string): [string, string] {
  const hash = url.indexOf('#');
  return hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
}

/**
 * A result's URL with its matched keys as `?hl=key1+key2`, before the `#anchor`, so that the page it
 * opens can highlight them. Keys are URL-encoded one by one; an existing `hl` is replaced.
 */
export function withHighlight(url: string, keys: readonly string[]): string {
  const [beforeHash, hash] = splitHash(url);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const kept =
    queryAt === -1
      ? []
      : beforeHash
          .slice(queryAt + 1)
          .split('&')
          .filter((pair) => pair !== '' && pair.split('=')[0] !== HIGHLIGHT_PARAM);
  const unique = [...new Set(keys.filter((key) => key.trim() !== ''))];
  if (unique.length > 0) {
    kept.push(`${HIGHLIGHT_PARAM}=${unique.map((key) => encodeURIComponent(key)).join('+')}`);
  }
  return `${path}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash}`;
}

/** The keys in a page's query string (`?hl=a+b`), in order, without duplicates or empty ones. */
export function parseHighlightKeys(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM);
  if (value === null) {
    return [];
  }
  return [...new Set(value.split(/\s+/).filter((key) => key !== ''))];
}

/** A query string without `hl` (`?a=1&hl=x` → `?a=1`, `?hl=x` → ``), for when highlights are dismissed. */
export function withoutHighlightParam(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}

export interface SearchPageState {
  query: string;
  /** An edition name, or `all`. */
  edition: string;
}

/**
 * The results page's state from its query string: `q` (trimmed of outer space) and `edition`, which
 * must be a known edition or `all`; anything else gives the default edition.
 */
export function parseSearchPageQuery(
  search: string,
  editions: readonly string[],
  defaultEdition: string,
): SearchPageState {
  const params = new URLSearchParams(search);
  const query = (params.get('q') ?? '').trim();
  const requested = params.get('edition') ?? '';
  const edition = requested === ALL_EDITIONS || editions.includes(requested) ? requested : defaultEdition;
  return {query, edition};
}

/**
 * The results page's query string for a state; the default edition is left out so that the usual
 * link stays short (`?q=korupcija`).
 */
export function searchPageQuery(state: SearchPageState, defaultEdition: string): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') {
    params.set('q', state.query.trim());
  }
  if (state.edition !== defaultEdition) {
    params.set('edition', state.edition);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export interface ChapterGroup<R extends ResultLike> {
  doc: string;
  title: string;
  results: R[];
}

/**
 * Results grouped by chapter, chapters in book order (docs missing from the order come last, by
 * their best score), results within a chapter best first. Stable for equal scores.
 */
export function groupByChapter<R extends ResultLike>(
  results: readonly R[],
  bookOrder: readonly string[],
): ChapterGroup<R>[] {
  const groups = new Map<string, ChapterGroup<R>>();
  for (const result of results) {
    let group = groups.get(result.doc);
    if (!group) {
      group = {doc: result.doc, title: result.title, results: []};
      groups.set(result.doc, group);
    }
    group.results.push(result);
  }
  const best = (group: ChapterGroup<R>) => Math.max(...group.results.map((r) => r.score));
  const position = (doc: string) => {
    const index = bookOrder.indexOf(doc);
    return index === -1 ? bookOrder.length : index;
  };
  const list = [...groups.values()];
  for (const group of list) {
    group.results.sort((a, b) => b.score - a.score);
  }
  return list.sort((a, b) => position(a.doc) - position(b.doc) || best(b) - best(a));
}

/**
 * Several editions' results as one list, best first. Scores from different indexes are not strictly
 * comparable, but each edition's own order is kept, which is what a reader compares.
 */
export function mergeEditionResults<R extends ResultLike>(perEdition: readonly (readonly R[])[]): R[] {
  return perEdition.flat().sort((a, b) => b.score - a.score);
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * `text` split into unmarked and marked parts by `[start, end)` ranges, which may be unsorted,
 * overlapping or out of bounds (clamped; empty ones ignored). Joining the parts gives `text` back.
 */
export function markParts(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPart[] {
  const clean = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of clean) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) {
      parts.push({text: text.slice(at, start), marked: false});
    }
    parts.push({text: text.slice(start, end), marked: true});
    at = end;
  }
  if (at < text.length) {
    parts.push({text: text.slice(at), marked: false});
  }
  return parts;
}

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/**
 * The option that becomes active after a key in a list of `count` options, or -1 for none (the
 * input itself). Arrows wrap around through "none", as in the WAI-ARIA combobox examples.
 */
export function moveActive(active: number, count: number, key: ListKey): number {
  if (count <= 0) {
    return -1;
  }
  switch (key) {
    case 'ArrowDown':
      return active >= count - 1 ? -1 : active + 1;
    case 'ArrowUp':
      return active <= -1 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Whether keys pressed in this element are typing (a field, a select or editable text). */
export function isTypingTarget(target: TargetLike | null): boolean {
  if (!target) {
    return false;
  }
  const tag = (target.tagName ?? '').toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true;
}

/** Whether a key press opens the search box: Ctrl+K or ⌘+K anywhere, `/` when not typing. */
export function isSearchShortcut(event: KeyLike, target: TargetLike | null): boolean {
  if (
    event.key.toLowerCase() === 'k' &&
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey
  ) {
    return true;
  }
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  return event.key === '/' && plain && !isTypingTarget(target);
}
