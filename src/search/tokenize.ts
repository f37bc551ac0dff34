/**
 * Splitting text into words for search, the same way for the page text at build time, for the
 * reader's query in the browser, and for highlighting matches on a page.
 *
 * A word is a run of letters and digits. Hyphens and slashes between letters or digits join a word
 * into a compound, so that legal-act numbers stay findable as typed: `XIV-471`, `2019/1937`,
 * `LOV-2018-06-22-83`, `e-TAR`. A dot joins digits only (`22.2`), never words at a sentence end.
 * Every compound is also split into its parts, so `XIV 471` (typed with a space) finds `XIV-471`.
 */

export interface Token {
  /** The word as written (case and diacritics kept). */
  text: string;
  /** Offsets in the source text: `source.slice(start, end) === text`. */
  start: number;
  end: number;
  /** The parts of a compound (`XIV-471` → `XIV`, `471`); empty for a simple word. */
  parts: string[];
}

// Letters (any script, with combining marks), digits; joiners: - / ‑ (non-breaking hyphen), and
// a dot only between digits.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-/\u2011]|\.(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const PART = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const parts = /[-/.\u2011]/.test(word) ? (word.match(PART) ?? []) : [];
    tokens.push({text: word, start, end: start + word.length, parts});
  }
  return tokens;
}

/** Upper-case words of two letters or more (`STT`, `PINREG`, `CVP`) are acronyms: never stemmed. */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** A compound or a number is looked up as typed (lower-cased), never stemmed. */
export function isLiteral(word: string): boolean {
  return /[\p{N}]/u.test(word) || /[-/.\u2011]/.test(word);
}
