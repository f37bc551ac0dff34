import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {BOOK_ORDER} from '../../src/book/outline';
import {
  groupByChapter,
  isSearchShortcut,
  markParts,
  mergeEditionResults,
  moveActive,
  parseHighlightKeys,
  parseSearchPageQuery,
  searchPageQuery,
  withHighlight,
  withoutHighlightParam,
  type ResultLike,
} from '../../src/search/ui-logic';

function result(doc: string, score: number, edition = '2026', url = `/docs/${doc}`): ResultLike {
  return {doc, title: doc, url, score, keys: [], edition};
}

describe('result links carry the matched keys', () => {
  it('puts ?hl= before the anchor, keys joined by +', () => {
    expect(withHighlight('/en/docs/conflicts-of-interest#gifts', ['gift', 'declar'])).toBe(
      '/en/docs/conflicts-of-interest?hl=gift+declar#gifts',
    );
    expect(withHighlight('/docs/whistleblowing', ['pranesej'])).toBe('/docs/whistleblowing?hl=pranesej');
  });

  it('keeps other parameters, replaces an old hl, drops empty and repeated keys', () => {
    expect(withHighlight('/docs/a?x=1&hl=old#h', ['new', 'new', ' '])).toBe('/docs/a?x=1&hl=new#h');
    expect(withHighlight('/docs/a#h', [])).toBe('/docs/a#h');
  });

  it('encodes keys so that act numbers and odd characters survive the round trip', () => {
    const keys = ['xiv-471', '2019/1937', 'a&b', 'c+d', 'ą#?'];
    const url = withHighlight('/docs/legal-acts#list', keys);
    expect(url.endsWith('#list')).toBe(true);
    const search = url.slice(url.indexOf('?'), url.indexOf('#'));
    expect(parseHighlightKeys(search)).toEqual(keys);
  });

  it('round-trips any keys without spaces', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({minLength: 1}).filter((s) => !/\s/.test(s))), (keys) => {
        const url = withHighlight('/docs/x#y', keys);
        const search = url.includes('?') ? url.slice(url.indexOf('?'), url.lastIndexOf('#')) : '';
        expect(parseHighlightKeys(search)).toEqual(keys);
      }),
    );
  });

  it('removes hl from a query string when the reader dismisses the highlights', () => {
    expect(withoutHighlightParam('?hl=a+b')).toBe('');
    expect(withoutHighlightParam('?x=1&hl=a')).toBe('?x=1');
    expect(parseHighlightKeys('')).toEqual([]);
  });
});

describe('the results page query string', () => {
  const editions = ['2026', 'current'];

  it('reads q and a known edition, or all', () => {
    expect(parseSearchPageQuery('?q=%20korupcija%20&edition=current', editions, '2026')).toEqual({
      query: 'korupcija',
      edition: 'current',
    });
    expect(parseSearchPageQuery('?q=x&edition=all', editions, '2026').edition).toBe('all');
  });

  it('falls back to the default edition for a missing or unknown one', () => {
    expect(parseSearchPageQuery('', editions, '2026')).toEqual({query: '', edition: '2026'});
    expect(parseSearchPageQuery('?edition=1999', editions, '2026').edition).toBe('2026');
  });

  it('writes the state back, leaving out the default edition', () => {
    expect(searchPageQuery({query: 'viešieji pirkimai', edition: '2026'}, '2026')).toBe(
      '?q=vie%C5%A1ieji+pirkimai',
    );
    expect(searchPageQuery({query: 'x', edition: 'all'}, '2026')).toBe('?q=x&edition=all');
    expect(searchPageQuery({query: ' ', edition: '2026'}, '2026')).toBe('');
    const back = parseSearchPageQuery(
      searchPageQuery({query: 'a&b=c', edition: 'current'}, '2026'),
      editions,
      '2026',
    );
    expect(back).toEqual({query: 'a&b=c', edition: 'current'});
  });
});

describe('grouping results by chapter', () => {
  it('orders chapters as the book does and results within a chapter best first', () => {
    const results = [
      result('glossary', 9),
      result('whistleblowing', 3),
      result('about', 1),
      result('whistleblowing', 7),
    ];
    const groups = groupByChapter(results, BOOK_ORDER);
    expect(groups.map((g) => g.doc)).toEqual(['about', 'whistleblowing', 'glossary']);
    expect(groups[1]?.results.map((r) => r.score)).toEqual([7, 3]);
  });

  it('puts docs the outline lacks last, best first, and loses no result', () => {
    const results = [result('zzz', 1), result('yyy', 5), result('about', 2)];
    const groups = groupByChapter(results, BOOK_ORDER);
    expect(groups.map((g) => g.doc)).toEqual(['about', 'yyy', 'zzz']);
    expect(groups.flatMap((g) => g.results)).toHaveLength(3);
  });

  it('merges several editions best first', () => {
    const merged = mergeEditionResults([
      [result('a', 3, '2026'), result('b', 1, '2026')],
      [result('a', 2, 'current')],
    ]);
    expect(merged.map((r) => `${r.doc}@${r.edition}`)).toEqual(['a@2026', 'a@current', 'b@2026']);
  });
});

describe('marking parts of a text', () => {
  it('splits by ranges, merging overlaps and clamping to the text', () => {
    expect(markParts('korupcijos prevencija', [[0, 10]])).toEqual([
      {text: 'korupcijos', marked: true},
      {text: ' prevencija', marked: false},
    ]);
    expect(
      markParts('abcdef', [
        [4, 99],
        [1, 3],
        [2, 4],
        [5, 5],
      ]),
    ).toEqual([
      {text: 'a', marked: false},
      {text: 'bcdef', marked: true},
    ]);
    expect(markParts('', [[0, 3]])).toEqual([]);
  });

  it('always joins back to the text, and marks exactly the covered characters', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.integer({min: -3, max: 40}), fc.integer({min: -3, max: 40}))),
        (text, ranges) => {
          const parts = markParts(text, ranges);
          expect(parts.map((p) => p.text).join('')).toBe(text);
          let at = 0;
          for (const part of parts) {
            for (let i = at; i < at + part.text.length; i++) {
              expect(ranges.some(([s, e]) => i >= s && i < e)).toBe(part.marked);
            }
            at += part.text.length;
          }
        },
      ),
    );
  });
});

describe('keyboard', () => {
  it('moves the active option with wrap-around through the input', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(-1);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(-1);
    expect(moveActive(1, 3, 'Home')).toBe(0);
    expect(moveActive(1, 3, 'End')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });

  const key = (
    k: string,
    mods: Partial<{ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean}> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('opens search on Ctrl+K and ⌘+K anywhere, and on / except while typing', () => {
    const body = {tagName: 'BODY'};
    expect(isSearchShortcut(key('k', {ctrlKey: true}), body)).toBe(true);
    expect(isSearchShortcut(key('K', {metaKey: true}), {tagName: 'INPUT'})).toBe(true);
    expect(isSearchShortcut(key('/'), body)).toBe(true);
    expect(isSearchShortcut(key('/'), {tagName: 'input'})).toBe(false);
    expect(isSearchShortcut(key('/'), {tagName: 'TEXTAREA'})).toBe(false);
    expect(isSearchShortcut(key('/'), {tagName: 'DIV', isContentEditable: true})).toBe(false);
    expect(isSearchShortcut(key('k'), body)).toBe(false);
    expect(isSearchShortcut(key('k', {ctrlKey: true, shiftKey: true}), body)).toBe(false);
    expect(isSearchShortcut(key('/', {ctrlKey: true}), body)).toBe(false);
  });
});
