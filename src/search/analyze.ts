/**
 * Words to index keys, for both languages. The same function turns the book's text into index
 * terms at build time and the reader's query into search terms in the browser, so the two always
 * meet.
 *
 * - Lithuanian: Snowball Lithuanian stemming with diacritics folded (see `lithuanianSearchKey`),
 *   Lithuanian stop words dropped.
 * - English: lunr's English pipeline (its stop-word filter and Porter stemmer), diacritics folded so
 *   that Lithuanian and Norwegian names quoted in the English text are found as typed on any keyboard.
 * - Numbers and compounds (`XIV-471`, `2019/1937`) are kept whole, lower-cased and folded; their parts
 *   are indexed too. Acronyms (`STT`, `PINREG`) are kept as written as well as stemmed.
 */
import lunr from 'lunr';
import {foldDiacritics} from './fold';
import {lithuanianSearchKey} from './lithuanian-search-key';
import {isLithuanianStopWord} from './stopwords';
import {isAcronym, isLiteral, tokenize, type Token} from './tokenize';

export type SearchLocale = 'lt' | 'en';

const englishStopWords = lunr.stopWordFilter;

function englishKey(lower: string): string {
  return foldDiacritics(lunr.stemmer(new lunr.Token(lower, {})).toString());
}

/** The key a simple word (no digits, no joiners) is indexed under, or null for a stop word. */
function wordKey(word: string, locale: SearchLocale): string | null {
  const lower = word.toLowerCase();
  if (locale === 'lt') {
    return isLithuanianStopWord(lower) ? null : lithuanianSearchKey(lower);
  }
  if (englishStopWords(new lunr.Token(lower, {})) === undefined) {
    return null;
  }
  return englishKey(lower);
}

/** The key a word is indexed under (stemmed, lower-cased, diacritics folded), or '' for a stop word. */
export function searchKey(word: string, locale: SearchLocale): string {
  if (isLiteral(word)) {
    return foldDiacritics(word.toLowerCase());
  }
  return wordKey(word, locale) ?? '';
}

/**
 * Every key a token stands for: its own key, for an acronym also its unstemmed form, for a compound
 * also the keys of its parts. Stop words give none.
 */
export function tokenKeys(token: Token, locale: SearchLocale): string[] {
  const keys = new Set<string>();
  if (isLiteral(token.text)) {
    keys.add(foldDiacritics(token.text.toLowerCase()));
    for (const part of token.parts) {
      const key = searchKey(part, locale);
      if (key.length > 0) keys.add(key);
    }
  } else {
    const key = wordKey(token.text, locale);
    if (key !== null) keys.add(key);
    if (isAcronym(token.text)) keys.add(foldDiacritics(token.text.toLowerCase()));
  }
  return [...keys].filter((key) => key.length > 0);
}

/** The index terms of a text, in order (repeated terms repeated, so term frequency counts). */
export function analyze(text: string, locale: SearchLocale): string[] {
  return tokenize(text).flatMap((token) => tokenKeys(token, locale));
}

/** Ranges `[start, end)` in `text` of words whose keys include one of `keys` (highlighting). */
export function matchRanges(
  text: string,
  keys: readonly string[],
  locale: SearchLocale,
): Array<[number, number]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  const ranges: Array<[number, number]> = [];
  for (const token of tokenize(text)) {
    if (tokenKeys(token, locale).some((key) => wanted.has(key))) {
      ranges.push([token.start, token.end]);
    }
  }
  return ranges;
}
