/**
 * Retrieval quality of a search function over a query set: section hit@1 and hit@3, mean reciprocal
 * rank (MRR) over the top 10, and page hit@1, overall and by category. Used by the benchmark and the
 * test that keeps our engine ahead of plain lunr.
 */
import type {SearchLocale} from './analyze';

export interface QualityQuery {
  cat: string;
  locale: SearchLocale;
  q: string;
  /** Wanted sections, `doc#anchor` ('' anchor = top of the page). */
  want: string[];
}

export interface Ranked {
  doc: string;
  anchor: string;
}

export interface Quality {
  queries: number;
  sectionHit1: number;
  sectionHit3: number;
  mrr: number;
  pageHit1: number;
}

export type SearchFunction = (query: string, locale: SearchLocale) => Ranked[];

function measure(results: Array<{query: QualityQuery; ranked: Ranked[]}>): Quality {
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  let page1 = 0;
  for (const {query, ranked} of results) {
    const wanted = new Set(query.want);
    const pages = new Set(query.want.map((w) => w.split('#')[0]));
    const rank = ranked.slice(0, 10).findIndex((r) => wanted.has(`${r.doc}#${r.anchor}`));
    if (rank === 0) hit1 += 1;
    if (rank >= 0 && rank < 3) hit3 += 1;
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (ranked[0] && pages.has(ranked[0].doc)) page1 += 1;
  }
  const n = results.length || 1;
  return {
    queries: results.length,
    sectionHit1: hit1 / n,
    sectionHit3: hit3 / n,
    mrr: reciprocal / n,
    pageHit1: page1 / n,
  };
}

/** Overall figures under `all`, then one entry per category in the order first seen. */
export function evaluate(queries: readonly QualityQuery[], search: SearchFunction): Map<string, Quality> {
  const results = queries.map((query) => ({query, ranked: search(query.q, query.locale)}));
  const byCategory = new Map<string, typeof results>([['all', results]]);
  for (const result of results) {
    const list = byCategory.get(result.query.cat) ?? [];
    list.push(result);
    byCategory.set(result.query.cat, list);
  }
  return new Map(Array.from(byCategory, ([cat, list]) => [cat, measure(list)]));
}

/** The queries a search function gets wrong at rank 1 (for tuning and reports). */
export function misses(queries: readonly QualityQuery[], search: SearchFunction): string[] {
  return queries.flatMap((query) => {
    const top = search(query.q, query.locale)[0];
    const got = top ? `${top.doc}#${top.anchor}` : '(nothing)';
    return query.want.includes(got)
      ? []
      : [`${query.locale} "${query.q}": got ${got}, want ${query.want[0]}`];
  });
}
