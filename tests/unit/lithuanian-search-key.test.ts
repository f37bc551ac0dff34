// cspell:locale en-GB,lt
// Words typed without diacritics and stems are not words:
// cspell:ignore savivaldybes savivaldybiu savivaldybese istatymas paslaugu istaigos teises istatymo
// cspell:ignore kontroles interesu pirkimu valstybes geroves socialines duomenu sprendimu viesuju
// cspell:ignore veiksmu istaiga socialiniu viesojo vyriausybes metu informacija istaigu isakymas tvarka
// cspell:ignore igyvendinimo registra teisine pranesejai pranesejas pranesejams pranesejų saraša
// cspell:ignore institucine imones stebesena savivaldybe antikorupcine rekomendaciju privaciu prieziura
// cspell:ignore sprendima dokumentu biudzetas taisykles gyventoju asmeni dovanu lesu skundu
// cspell:ignore saziningumas nesaliskumo skaidruma deklaraciju nusisalinimas savivaldybei savivaldyb
// cspell:ignore pranesejus pranesejui saskaita pranesėjas aceeisuuz Ålesund Tromsø Alesund Müller
// Letters in a character class: cspell:ignore ąčęėįšųūž ĄČĘĖĮŠŲŪŽ ACEEISUUZ
import {describe, expect, it} from 'vitest';
import {foldDiacritics, hasDiacritics} from '../../src/search/fold';
import {lithuanianSearchKey} from '../../src/search/lithuanian-search-key';
import {snowballLithuanian} from '../support/snowball-lithuanian';

describe('foldDiacritics', () => {
  it('folds every Lithuanian letter with a diacritic, in both cases', () => {
    expect(foldDiacritics('ąčęėįšųūž ĄČĘĖĮŠŲŪŽ')).toBe('aceeisuuz ACEEISUUZ');
  });

  it('strips the combining marks of other letters and of decomposed input', () => {
    expect(foldDiacritics('Ålesund, Tromsø, café, Müller')).toBe('Alesund, Tromsø, cafe, Muller');
    expect(foldDiacritics('s\u030Cu\u0328')).toBe('su');
  });

  it('returns plain ASCII unchanged', () => {
    expect(foldDiacritics('korupcija 2026')).toBe('korupcija 2026');
    expect(hasDiacritics('korupcija')).toBe(false);
    expect(hasDiacritics('korupciją')).toBe(true);
  });
});

// Words of the book, with diacritics and as someone might type them without.
const PAIRS = [
  ['savivaldybės', 'savivaldybes'],
  ['savivaldybių', 'savivaldybiu'],
  ['savivaldybėse', 'savivaldybese'],
  ['įstatymas', 'istatymas'],
  ['paslaugų', 'paslaugu'],
  ['įstaigos', 'istaigos'],
  ['teisės', 'teises'],
  ['įstatymo', 'istatymo'],
  ['kontrolės', 'kontroles'],
  ['interesų', 'interesu'],
  ['pirkimų', 'pirkimu'],
  ['valstybės', 'valstybes'],
  ['gerovės', 'geroves'],
  ['socialinės', 'socialines'],
  ['duomenų', 'duomenu'],
  ['sprendimų', 'sprendimu'],
  ['viešųjų', 'viesuju'],
  ['veiksmų', 'veiksmu'],
  ['įstaiga', 'istaiga'],
  ['socialinių', 'socialiniu'],
  ['viešojo', 'viesojo'],
  ['vyriausybės', 'vyriausybes'],
  ['metų', 'metu'],
  ['informaciją', 'informacija'],
  ['įstaigų', 'istaigu'],
  ['įsakymas', 'isakymas'],
  ['tvarką', 'tvarka'],
  ['įgyvendinimo', 'igyvendinimo'],
  ['registrą', 'registra'],
  ['teisinė', 'teisine'],
  ['pranešėjai', 'pranesejai'],
  ['pranešėjas', 'pranesejas'],
  ['institucinė', 'institucine'],
  ['įmonės', 'imones'],
  ['stebėsena', 'stebesena'],
  ['savivaldybė', 'savivaldybe'],
  ['antikorupcinė', 'antikorupcine'],
  ['rekomendacijų', 'rekomendaciju'],
  ['privačių', 'privaciu'],
  ['priežiūra', 'prieziura'],
  ['sprendimą', 'sprendima'],
  ['dokumentų', 'dokumentu'],
  ['biudžetas', 'biudzetas'],
  ['taisyklės', 'taisykles'],
  ['gyventojų', 'gyventoju'],
  ['asmenį', 'asmeni'],
  ['dovanų', 'dovanu'],
  ['lėšų', 'lesu'],
  ['skundų', 'skundu'],
  ['sąžiningumas', 'saziningumas'],
  ['nešališkumo', 'nesaliskumo'],
  ['skaidrumą', 'skaidruma'],
  ['deklaracijų', 'deklaraciju'],
  ['nusišalinimas', 'nusisalinimas'],
  ['korupcijai', 'korupcijai'],
] as const;

describe('lithuanianSearchKey', () => {
  it('gives a word of the book and its spelling without diacritics one key', () => {
    for (const [word, typed] of PAIRS) {
      expect(foldDiacritics(word), `${typed} is ${word} without diacritics`).toBe(typed);
    }
    const meeting = PAIRS.filter(([word, typed]) => lithuanianSearchKey(word) === lithuanianSearchKey(typed));
    console.log(`Lithuanian search key: ${meeting.length} of ${PAIRS.length} pairs meet`);
    expect(PAIRS.length).toBeGreaterThanOrEqual(40);
    expect(meeting).toEqual(PAIRS);
  });

  it.each([
    ['pranešėjas', 'pranešėjai', 'pranešėjų', 'pranešėjams', 'pranešėjus', 'pranešėjui', 'pranesėjas'],
    ['savivaldybė', 'savivaldybės', 'savivaldybių', 'savivaldybėse', 'savivaldybei', 'savivaldybę'],
    ['korupcija', 'korupcijos', 'korupcijai', 'korupciją', 'korupcijoje'],
    ['pirkimas', 'pirkimo', 'pirkimų', 'pirkimams', 'pirkimuose'],
  ])('gives all forms of %s, with and without diacritics, one key', (...forms) => {
    const spellings = forms.flatMap((form) => [form, foldDiacritics(form), form.toUpperCase()]);
    expect(new Set(spellings.map(lithuanianSearchKey))).toHaveLength(1);
  });

  it('keeps different words apart', () => {
    const words = ['savivaldybė', 'savivalda', 'korupcija', 'pirkimas', 'sąskaita', 'skaidrumas'];
    expect(new Set(words.map(lithuanianSearchKey))).toHaveLength(words.length);
  });

  it('lets forms with one Snowball stem find each other, typed with or without diacritics', () => {
    // Of all (query, text) pairs of words of the reference vocabulary that share a Snowball stem (folded),
    // the share whose keys are equal; the text has diacritics and the query's are the same either way.
    const {words, stems} = snowballLithuanian();
    const byStem = new Map<string, Map<string, number>>();
    words.forEach((word, i) => {
      const stem = foldDiacritics(stems[i] ?? '');
      const keys = byStem.get(stem) ?? new Map<string, number>();
      const key = lithuanianSearchKey(word);
      keys.set(key, (keys.get(key) ?? 0) + 1);
      byStem.set(stem, keys);
    });
    let meeting = 0;
    let pairs = 0;
    for (const keys of byStem.values()) {
      let n = 0;
      for (const count of keys.values()) {
        meeting += count * count;
        n += count;
      }
      pairs += n * n;
    }
    const share = (100 * meeting) / pairs;
    console.log(`Lithuanian search key: ${share.toFixed(2)} % of word pairs with one Snowball stem meet`);
    expect(share).toBeGreaterThanOrEqual(98);
  });
});
