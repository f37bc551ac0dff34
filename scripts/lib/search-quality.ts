/**
 * Shared by the benchmark and the search-quality test: the query set, our engine over the built
 * indexes, and the baseline it must beat: plain lunr with its default English pipeline over the
 * same sections.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import lunr from 'lunr';
import {parse} from 'yaml';
import type {SearchLocale} from '../../src/search/analyze';
import type {SerializedSearchIndex} from '../../src/search/build-index';
import {SearchIndex} from '../../src/search/engine';
import type {QualityQuery, Ranked, SearchFunction} from '../../src/search/evaluate';
import {readBuiltIndex} from '../../src/search/site-index';

const root = join(__dirname, '..', '..');

export function loadQualityQueries(): QualityQuery[] {
  const file = join(root, 'tests', 'search', 'queries.yaml');
  const data = parse(readFileSync(file, 'utf8')) as {queries: QualityQuery[]};
  return data.queries.map((q) => ({...q, q: String(q.q), want: q.want.map(String)}));
}

export function builtIndexes(buildDir: string, edition: string): Record<SearchLocale, SerializedSearchIndex> {
  return {lt: readBuiltIndex(buildDir, edition), en: readBuiltIndex(join(buildDir, 'en'), edition)};
}

export function oursSearch(data: Record<SearchLocale, SerializedSearchIndex>): SearchFunction {
  const indexes = {lt: SearchIndex.load(data.lt), en: SearchIndex.load(data.en)};
  return (query, locale) => indexes[locale].search(query, {complete: true, limit: 10});
}

/** Plain lunr, default (English) pipeline, over the same sections with the same fields. */
export function plainLunrSearch(data: Record<SearchLocale, SerializedSearchIndex>): SearchFunction {
  const make = (d: SerializedSearchIndex) => {
    const index = lunr(function () {
      this.ref('ref');
      this.field('heading', {boost: 6});
      this.field('title', {boost: 3});
      this.field('body');
      d.sections.forEach(([page, kind, , heading, text], ref) => {
        this.add({
          ref: String(ref),
          heading,
          title: kind === 'p' ? (d.pages[page]?.title ?? '') : '',
          body: text,
        });
      });
    });
    return (query: string): Ranked[] => {
      let results: lunr.Index.Result[];
      try {
        results = index.search(query);
      } catch {
        // lunr's query syntax rejects some input (e.g. a trailing hyphen); a reader gets nothing.
        results = [];
      }
      return results.slice(0, 10).flatMap((r) => {
        const [page, , anchor] = d.sections[Number(r.ref)] ?? [];
        const doc = page === undefined ? undefined : d.pages[page]?.doc;
        return doc === undefined || anchor === undefined ? [] : [{doc, anchor}];
      });
    };
  };
  const engines = {lt: make(data.lt), en: make(data.en)};
  return (query, locale) => engines[locale](query);
}
