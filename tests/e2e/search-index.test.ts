/**
 * The search indexes written by the build, the command-line tool over them, and retrieval quality:
 * our engine must stay clearly ahead of plain lunr on the query set (the bench prints the figures).
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {defined} from '../support/defined';
import {allEditions, readReleasedEditions} from '../../src/editions/editions';
import {BOOK_ORDER} from '../../src/book/outline';
import {evaluate, misses} from '../../src/search/evaluate';
import {MANIFEST_FILE, SEARCH_DIR, type SearchManifest} from '../../src/search/site-index';
import {
  builtIndexes,
  loadQualityQueries,
  oursSearch,
  plainLunrSearch,
} from '../../scripts/lib/search-quality';
import {BUILD_DIR} from '../support/browser';

const root = process.cwd();
const released = readReleasedEditions(root);
const editions = allEditions(released).map((e) => e.name);

function manifest(localeDir: string): SearchManifest {
  return JSON.parse(readFileSync(join(localeDir, SEARCH_DIR, MANIFEST_FILE), 'utf8')) as SearchManifest;
}

describe('built search indexes', () => {
  for (const [locale, dir] of [
    ['lt', BUILD_DIR],
    ['en', join(BUILD_DIR, 'en')],
  ] as const) {
    it(`${locale}: one content-hashed index per edition, every chapter in it`, () => {
      const m = manifest(dir);
      expect(m.indexes.map((e) => e.edition).sort()).toEqual([...editions].sort());
      for (const entry of m.indexes) {
        expect(entry.locale).toBe(locale);
        expect(entry.file).toMatch(new RegExp(`^${entry.edition}\\.[0-9a-f]{10}\\.json$`));
        const data = JSON.parse(readFileSync(join(dir, SEARCH_DIR, entry.file), 'utf8')) as {
          pages: Array<{doc: string; path: string}>;
          sections: unknown[];
        };
        expect(data.sections.length).toBe(entry.sections);
        const docs = data.pages.map((p) => p.doc);
        expect(docs.length).toBeGreaterThanOrEqual(18);
        expect(docs.every((d) => BOOK_ORDER.includes(d))).toBe(true);
        expect(data.pages.every((p) => p.path.startsWith(locale === 'en' ? '/en/docs/' : '/docs/'))).toBe(
          true,
        );
      }
    });
  }
});

describe('npm run search', () => {
  const run = (...args: string[]) =>
    execFileSync('npx', ['tsx', 'scripts/search.ts', ...args], {cwd: root, encoding: 'utf8'})
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it('prints the top results as JSON lines with doc, anchor, title and score, best first', () => {
    const results = run(
      '--locale',
      'lt',
      '--edition',
      released[0] ?? 'current',
      'savivaldybiu kontrolierius',
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0]).toMatchObject({doc: 'oversight-and-audit', anchor: 'municipal-controller'});
    for (const r of results)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['doc', 'anchor', 'title', 'score']));
    const scores = results.map((r) => r.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds a checklist item, an act number and English', () => {
    expect(run('--locale', 'en', 'XIII-804')[0]?.doc).toMatch(/legal-framework|whistleblowing/);
    expect(run('--locale', 'en', 'gifts and hospitality')[0]).toMatchObject({
      doc: 'conflicts-of-interest',
      anchor: 'gifts',
    });
    const item = run('--locale', 'lt', '--edition', 'current', 'paskelbta kaip pranešti apie pažeidimą');
    expect(item.some((r) => r.anchor === 'whistleblowing.channel-published')).toBe(true);
  });
});

describe('retrieval quality on tests/search/queries.yaml', () => {
  const queries = loadQualityQueries();
  const data = builtIndexes(BUILD_DIR, released[0] ?? 'current');

  it('has at least 80 queries in every category the issue names', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.cat))).toEqual(
      new Set(['inflected', 'folded', 'question', 'typo', 'act', 'acronym', 'en']),
    );
  });

  it('is clearly ahead of plain lunr on section hit@1', () => {
    const ours = defined(evaluate(queries, oursSearch(data)).get('all'));
    const plain = defined(evaluate(queries, plainLunrSearch(data)).get('all'));
    console.log(
      `search quality: ours hit@1 ${ours.sectionHit1.toFixed(2)}, MRR ${ours.mrr.toFixed(2)}; plain lunr hit@1 ${plain.sectionHit1.toFixed(2)}, MRR ${plain.mrr.toFixed(2)}`,
    );
    const wrong = misses(queries, oursSearch(data));
    if (wrong.length) console.log(`  not first:\n  ${wrong.join('\n  ')}`);
    expect(ours.sectionHit1).toBeGreaterThanOrEqual(0.8);
    expect(ours.sectionHit1 - plain.sectionHit1).toBeGreaterThanOrEqual(0.15);
  });
});
