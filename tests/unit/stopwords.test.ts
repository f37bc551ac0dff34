// cspell:locale en-GB,lt
// Stop words typed without diacritics: cspell:ignore stopwords ząčęėįšųūž del uz pries kodel musu
import {describe, expect, it} from 'vitest';
import {foldDiacritics} from '../../src/search/fold';
import {isLithuanianStopWord, LITHUANIAN_STOP_WORDS} from '../../src/search/stopwords';

describe('Lithuanian stop words', () => {
  it.each([
    'ir',
    'ar',
    'bet',
    'kad',
    'kaip',
    'su',
    'be',
    'į',
    'iš',
    'per',
    'prie',
    'apie',
    'už',
    'ant',
    'po',
    'nuo',
    'iki',
    'dėl',
    'tai',
    'tas',
    'ta',
    'jis',
    'ji',
    'jie',
    'jos',
    'yra',
    'buvo',
    'bus',
    'būti',
    'o',
    'nes',
    'jei',
    'jeigu',
    'kai',
    'kur',
    'kas',
    'ką',
    'kuris',
    'kuri',
    'kurie',
    'tik',
    'dar',
    'jau',
    'net',
    'pat',
    'nei',
    'arba',
  ])('%s is a stop word, with and without diacritics, in any case', (word) => {
    expect(isLithuanianStopWord(word)).toBe(true);
    expect(isLithuanianStopWord(foldDiacritics(word))).toBe(true);
    expect(isLithuanianStopWord(word.toUpperCase())).toBe(true);
  });

  it('recognises folded tokens', () => {
    for (const token of ['del', 'uz', 'i', 'is', 'ka', 'pries', 'kodel', 'musu', 'buti']) {
      expect(isLithuanianStopWord(token), token).toBe(true);
    }
  });

  it.each([
    'korupcija',
    'savivaldybė',
    'pirkimas',
    'skaidrumas',
    'pranešėjas',
    'interesų',
    'dalies',
    'netaikoma',
    // the self-assessment answers Taip and Ne stay searchable
    'taip',
    'ne',
    'nė',
  ])('%s is not a stop word', (word) => {
    expect(isLithuanianStopWord(word)).toBe(false);
    expect(isLithuanianStopWord(foldDiacritics(word))).toBe(false);
  });

  it('holds single lower-case words only, each also without diacritics', () => {
    for (const word of LITHUANIAN_STOP_WORDS) {
      expect(word, word).toMatch(/^[a-ząčęėįšųūž]+$/);
      expect(LITHUANIAN_STOP_WORDS.has(foldDiacritics(word)), word).toBe(true);
    }
  });
});
