import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {defined} from '../support/defined';
import {analyze, matchRanges, searchKey, tokenKeys} from '../../src/search/analyze';
import {buildSearchIndex} from '../../src/search/build-index';
import {makeSnippet, SearchIndex} from '../../src/search/engine';
import {docRoutesByEdition} from '../../src/search/site-index';
import {parseDocPage} from '../../src/search/sections';
import {tokenize} from '../../src/search/tokenize';

const fixture = readFileSync(join(__dirname, '..', 'fixtures', 'search', 'page.html'), 'utf8');

describe('tokenize', () => {
  it('keeps legal-act numbers and compounds whole, with their parts', () => {
    const words = tokenize('Nr. XIV-471, (ES) 2019/1937 ir LOV-2018-06-22-83; e-TAR. Pabaiga.');
    expect(words.map((t) => t.text)).toEqual([
      'Nr',
      'XIV-471',
      'ES',
      '2019/1937',
      'ir',
      'LOV-2018-06-22-83',
      'e-TAR',
      'Pabaiga',
    ]);
    expect(defined(words[1]).parts).toEqual(['XIV', '471']);
    expect(defined(words[5]).parts).toEqual(['LOV', '2018', '06', '22', '83']);
  });

  it('gives offsets into the source and joins digits across a dot only', () => {
    const text = 'straipsnio 22.2 dalis. Kitas';
    const words = tokenize(text);
    expect(words.map((t) => text.slice(t.start, t.end))).toEqual(['straipsnio', '22.2', 'dalis', 'Kitas']);
  });
});

describe('analyze', () => {
  it('gives inflected forms, with and without diacritics, one key', () => {
    const forms = [
      'savivaldybė',
      'savivaldybės',
      'savivaldybių',
      'savivaldybėse',
      'savivaldybese',
      'savivaldybiu',
      'Savivaldybei',
    ];
    expect(new Set(forms.map((w) => searchKey(w, 'lt'))).size).toBe(1);
    expect(searchKey('pranesejai', 'lt')).toBe(searchKey('pranešėjams', 'lt'));
  });

  it('drops stop words in both languages and stems English with lunr', () => {
    expect(analyze('ir kaip apie korupciją', 'lt')).toEqual([searchKey('korupcija', 'lt')]);
    expect(analyze('the gifts and hospitality', 'en')).toEqual(['gift', 'hospit']);
  });

  it('looks up numbers as typed and acronyms also unstemmed', () => {
    expect(searchKey('XIII-804', 'lt')).toBe('xiii-804');
    expect(tokenKeys(defined(tokenize('PINREG')[0]), 'lt')).toContain('pinreg');
    expect(tokenKeys(defined(tokenize('XIV-471')[0]), 'en')).toEqual(['xiv-471', 'xiv', '471']);
  });

  it('finds the ranges of matching words, in any form', () => {
    const text = 'Savivaldybėse ir savivaldybių įstaigose';
    const ranges = matchRanges(text, [searchKey('savivaldybiu', 'lt')], 'lt');
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Savivaldybėse', 'savivaldybių']);
  });
});

describe('parseDocPage', () => {
  const page = parseDocPage(fixture);

  it('splits a rendered page into its top, its headed sections and its checklist items', () => {
    expect(page.title).toBe('Pranešėjų apsauga ir skundai');
    expect(page.sections.map((s) => [s.kind, s.anchor])).toEqual([
      ['page', ''],
      ['section', 'whistleblower-law'],
      ['section', 'internal-channel'],
      ['section', 'self-assessment'],
      ['item', 'whistleblowing.channel-published'],
    ]);
  });

  it('keeps reading text and leaves out chrome, scripts, math markup and checklist controls', () => {
    const all = page.sections.map((s) => `${s.heading} ${s.text}`).join(' ');
    expect(defined(page.sections[0]).text).toBe('Šis skyrius padeda savivaldybėms sukurti vidinį kanalą.');
    expect(defined(page.sections[1]).text).toContain('Terminas Pranešėjas');
    expect(defined(page.sections[2]).parent).toBe('Pranešėjų apsaugos įstatymas');
    for (const hidden of [
      'nematoma',
      'Meniu',
      'Poraštė',
      'Pradžia',
      'Leidimas',
      'R = L',
      'Svarba',
      'Taip Ne',
      'Pastaba',
      'klausimai',
    ]) {
      expect(all).not.toContain(hidden);
    }
    const item = defined(page.sections[4]);
    expect(item.heading).toBe('Ar paskelbta, kaip pranešti apie pažeidimą?');
    expect(item.text).toBe('Svetainėje yra pranešimų tvarka. Įrodymai: Nuoroda į puslapį.');
  });
});

describe('SearchIndex', () => {
  const parsed = parseDocPage(fixture);
  const data = buildSearchIndex(
    [{doc: 'whistleblowing', title: parsed.title, path: '/docs/whistleblowing', sections: parsed.sections}],
    'lt',
    '2026',
  );
  const index = SearchIndex.load(JSON.parse(JSON.stringify(data)));

  it('finds a section by an inflected form typed without diacritics, headings first', () => {
    const [first] = index.search('pranesejo apsaugos', {complete: true});
    expect(first).toMatchObject({
      doc: 'whistleblowing',
      anchor: 'whistleblower-law',
      kind: 'section',
      url: '/docs/whistleblowing#whistleblower-law',
    });
  });

  it('finds legal-act numbers and acronyms as typed', () => {
    expect(index.search('XIII-804', {complete: true})[0]?.anchor).toBe('whistleblower-law');
    expect(index.search('2019/1937', {complete: true})[0]?.anchor).toBe('whistleblower-law');
    expect(index.search('PINREG', {complete: true})[0]?.anchor).toBe('internal-channel');
  });

  it('finds a checklist item as a result of its own', () => {
    const [first] = index.search('paskelbta kaip pranešti', {complete: true});
    expect(first).toMatchObject({kind: 'item', anchor: 'whistleblowing.channel-published'});
  });

  it('tolerates one wrong letter in a long word, ranked below exact matches', () => {
    const typo = index.search('kompetentinas', {complete: true});
    expect(typo[0]?.anchor).toBe('internal-channel');
    const exact = index.search('kompetentingas', {complete: true});
    expect(defined(typo[0]).score).toBeLessThan(defined(exact[0]).score);
    // Four letters: too short to guess at.
    expect(index.search('kanl', {complete: true})).toHaveLength(0);
  });

  it('completes the last word while it is typed', () => {
    expect(index.search('kompeten')[0]?.anchor).toBe('internal-channel');
    expect(index.search('kompeten', {complete: true})).toHaveLength(0);
  });

  it('ranks a section with every word of the query above one with some', () => {
    const results = index.search('vidinis kanalas', {complete: true});
    expect(results[0]?.anchor).toBe('internal-channel');
  });

  it('highlights matched words in the snippet, also when matched by stem', () => {
    const [first] = index.search('įstatymą', {complete: true});
    const found = defined(first);
    const marked = found.highlights.map(([a, b]) => found.snippet.slice(a, b));
    expect(marked).toContain('Įstatymas');
  });

  it('suggests a near-spelling that finds something, and nothing when nothing is near', () => {
    expect(index.search('kanl', {complete: true})).toHaveLength(0);
    expect(index.suggest('kanl')).toBe('kanalas');
    expect(index.suggest('zzzzzzzz')).toBeNull();
  });

  it('refuses an index of another format with a clear message', () => {
    expect(() => SearchIndex.load({...data, format: 2} as unknown as typeof data)).toThrow(/rebuild/);
  });
});

describe('makeSnippet', () => {
  it('cuts around the first match at word boundaries and shifts the highlights', () => {
    const text = `${'žodis '.repeat(60)}korupcija ir ${'kitas '.repeat(40)}`;
    const {snippet, highlights} = makeSnippet(text, [searchKey('korupcijos', 'lt')], 'lt');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(['korupcija']);
  });
});

describe('docRoutesByEdition', () => {
  it('maps each locale route to its edition and doc, in book order', () => {
    const routes = [
      '/en/docs/next/glossary',
      '/en/docs/about',
      '/en/docs/next/about',
      '/en/docs/2025/about',
      '/en/search',
      '/en/docs/not-a-chapter',
    ];
    const map = docRoutesByEdition(routes, '/en/', ['2026', '2025']);
    expect(map.get('current')).toEqual([
      {doc: 'about', route: '/en/docs/next/about'},
      {doc: 'glossary', route: '/en/docs/next/glossary'},
    ]);
    expect(map.get('2026')).toEqual([{doc: 'about', route: '/en/docs/about'}]);
    expect(map.get('2025')).toEqual([{doc: 'about', route: '/en/docs/2025/about'}]);
  });
});
