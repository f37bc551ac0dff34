/**
 * Querying a built search index: the same code in the browser, the CLI and the benchmark.
 *
 * Each word of the query is looked up by its key (stemmed and folded, see `analyze.ts`); the last
 * word also as a prefix while the reader is still typing it; a word of five letters or more that finds
 * little is also looked up with one letter changed (lunr's edit distance), scored well below exact
 * and stemmed matches. A section's score is the sum over the query's words, scaled by the share of the
 * words it contains, so a section with every word of *kaip pranešti apie korupciją* ranks above one
 * that only says *korupcija* many times.
 */
import lunr from 'lunr';
import {foldDiacritics} from './fold';
import {matchRanges, tokenKeys, type SearchLocale} from './analyze';
import type {SerializedSearchIndex, StoredSection} from './build-index';
import {isLiteral, tokenize} from './tokenize';

export type {SearchLocale} from './analyze';
export {matchRanges, searchKey} from './analyze';

export interface SearchResult {
  doc: string;
  /** Heading id or checklist item id; '' for the top of the page. */
  anchor: string;
  kind: 'page' | 'section' | 'item';
  /** The page (chapter) title. */
  title: string;
  /** The section heading or checklist question; '' for the top of the page. */
  heading: string;
  /** Site path with the locale's base and the anchor, e.g. `/en/docs/conflicts-of-interest#gifts`. */
  url: string;
  score: number;
  /** A plain-text excerpt of the section around its best match. */
  snippet: string;
  /** `[start, end)` ranges in `snippet` to mark. */
  highlights: Array<[number, number]>;
  /** The index keys that matched in this section (for highlighting on the opened page). */
  keys: string[];
  edition: string;
}

export interface SearchOptions {
  limit?: number;
  /** Treat the last word as complete (no prefix matching): the results page, the CLI. */
  complete?: boolean;
}

/** A word this long or longer is also looked up with one letter wrong when it finds little. */
export const TYPO_MIN_LENGTH = 5;
/** "Finds little": fewer sections than this match the word exactly. */
const TYPO_WHEN_FEWER_THAN = 3;
const EXACT_BOOST = 10;
const PREFIX_BOOST = 3;
const TYPO_BOOST = 1;
const SNIPPET_LENGTH = 180;

const KIND: Record<StoredSection[1], SearchResult['kind']> = {p: 'page', s: 'section', i: 'item'};

interface QueryWord {
  text: string;
  keys: string[];
  /** Prefix to complete while the reader types the word (lower-cased, folded), or null. */
  prefix: string | null;
  typos: boolean;
}

interface Hits {
  score: Map<number, number>;
  keys: Map<number, Set<string>>;
}

/**
 * One wrong letter in a word can change its stem by two (`kompetentinas` → `kompetentin`, against
 * `kompetent` for `kompetentingas`), so long keys are allowed two edits; short ones one.
 */
function typoDistance(key: string): number {
  return key.length >= 8 ? 2 : 1;
}

function letters(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length;
}

export class SearchIndex {
  readonly locale: SearchLocale;
  readonly edition: string;
  private readonly data: SerializedSearchIndex;
  private readonly index: lunr.Index;

  private constructor(data: SerializedSearchIndex) {
    this.data = data;
    this.locale = data.locale;
    this.edition = data.edition;
    this.index = lunr.Index.load(data.lunr);
  }

  static load(data: SerializedSearchIndex): SearchIndex {
    if (data.format !== 1 || !Array.isArray(data.sections) || !Array.isArray(data.pages)) {
      throw new Error('This search index was built by another version of the site: rebuild it.');
    }
    return new SearchIndex(data);
  }

  get size(): number {
    return this.data.sections.length;
  }

  private words(query: string, complete: boolean): QueryWord[] {
    const tokens = tokenize(query);
    const open = !complete && !/\s$/.test(query);
    return tokens
      .map((token, position) => {
        const keys = tokenKeys(token, this.locale);
        const last = position === tokens.length - 1;
        const prefix =
          open && last && !isLiteral(token.text) && letters(token.text) >= 3
            ? foldDiacritics(token.text.toLowerCase())
            : null;
        return {
          text: token.text,
          keys,
          prefix,
          typos: letters(token.text) >= TYPO_MIN_LENGTH && !isLiteral(token.text),
        };
      })
      .filter((word) => word.keys.length > 0 || word.prefix !== null);
  }

  private run(build: (query: lunr.Query) => void): Hits {
    const hits: Hits = {score: new Map(), keys: new Map()};
    for (const result of this.index.query(build)) {
      const ref = Number(result.ref);
      hits.score.set(ref, result.score);
      hits.keys.set(ref, new Set(Object.keys(result.matchData.metadata)));
    }
    return hits;
  }

  private lookUp(word: QueryWord): Hits {
    const hits = this.run((query) => {
      for (const key of word.keys) {
        query.term(key, {usePipeline: false, boost: EXACT_BOOST});
      }
      if (word.prefix !== null) {
        query.term(word.prefix, {
          usePipeline: false,
          boost: PREFIX_BOOST,
          wildcard: lunr.Query.wildcard.TRAILING,
        });
      }
    });
    if (word.typos && hits.score.size < TYPO_WHEN_FEWER_THAN) {
      const typos = this.run((query) => {
        for (const key of word.keys) {
          query.term(key, {usePipeline: false, boost: TYPO_BOOST, editDistance: typoDistance(key)});
        }
      });
      for (const [ref, score] of typos.score) {
        if (hits.score.has(ref)) continue;
        // Well below any exact or stemmed match of the same word.
        hits.score.set(ref, score * 0.25);
        hits.keys.set(ref, typos.keys.get(ref) ?? new Set());
      }
    }
    return hits;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const words = this.words(query, options.complete ?? false);
    if (words.length === 0) return [];
    const total = new Map<number, number>();
    const covered = new Map<number, number>();
    const keys = new Map<number, Set<string>>();
    for (const word of words) {
      const hits = this.lookUp(word);
      for (const [ref, score] of hits.score) {
        total.set(ref, (total.get(ref) ?? 0) + score);
        covered.set(ref, (covered.get(ref) ?? 0) + 1);
        const set = keys.get(ref) ?? new Set<string>();
        hits.keys.get(ref)?.forEach((key) => set.add(key));
        keys.set(ref, set);
      }
    }
    const ranked = Array.from(total, ([ref, score]) => {
      const share = (covered.get(ref) ?? 0) / words.length;
      return {ref, score: score * share * share};
    }).sort((a, b) => b.score - a.score || a.ref - b.ref);
    return ranked
      .slice(0, options.limit ?? 10)
      .map(({ref, score}) => this.result(ref, score, Array.from(keys.get(ref) ?? [])));
  }

  private section(ref: number): StoredSection {
    const section = this.data.sections[ref];
    if (!section) throw new Error(`Search index: lunr returned section ${ref}, which the index lacks.`);
    return section;
  }

  private result(ref: number, score: number, keys: string[]): SearchResult {
    const [pageIndex, kind, anchor, heading, text] = this.section(ref);
    const page = this.data.pages[pageIndex];
    if (!page) throw new Error(`Search index: section ${ref} names page ${pageIndex}, which it lacks.`);
    const {snippet, highlights} = makeSnippet(text, keys, this.locale);
    return {
      doc: page.doc,
      anchor,
      kind: KIND[kind],
      title: page.title,
      heading,
      url: anchor ? `${page.path}#${anchor}` : page.path,
      score: Math.round(score * 1000) / 1000,
      snippet,
      highlights,
      keys,
      edition: this.edition,
    };
  }

  /**
   * A near-spelling of the query that finds something, for "nothing found": each word that finds
   * nothing is replaced by a word of the book one or two letters away. Null when there is none.
   */
  suggest(query: string): string | null {
    const words = this.words(query, true);
    let changed = false;
    const replaced = words.map((word) => {
      if (this.lookUp({...word, typos: false}).score.size > 0) return word.text;
      for (const editDistance of [1, 2]) {
        const hits = this.run((q) => {
          for (const key of word.keys) q.term(key, {usePipeline: false, editDistance});
        });
        const best = Array.from(hits.score).sort((a, b) => b[1] - a[1])[0];
        if (!best) continue;
        const spelling = this.surfaceWord(best[0], Array.from(hits.keys.get(best[0]) ?? []));
        if (spelling) {
          changed = true;
          return spelling.toLowerCase();
        }
      }
      return word.text;
    });
    return changed ? replaced.join(' ') : null;
  }

  /** A word as written in a section whose key is one of `keys`. */
  private surfaceWord(ref: number, keys: string[]): string | null {
    const [, , , heading, text] = this.section(ref);
    for (const source of [heading, text]) {
      const range = matchRanges(source, keys, this.locale)[0];
      if (range) return source.slice(range[0], range[1]);
    }
    return null;
  }
}

/** About `SNIPPET_LENGTH` characters of `text` around its first match, cut at word boundaries. */
export function makeSnippet(
  text: string,
  keys: readonly string[],
  locale: SearchLocale,
): {snippet: string; highlights: Array<[number, number]>} {
  const ranges = matchRanges(text, keys, locale);
  const first = ranges[0];
  let start = 0;
  if (first && first[1] > SNIPPET_LENGTH - 40) {
    start = Math.max(0, first[0] - 60);
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first[0] ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + 40 ? space : end;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const snippet = `${prefix}${text.slice(start, end)}${suffix}`;
  const shift = prefix.length - start;
  const highlights = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from + shift, to + shift]);
  return {snippet, highlights};
}
