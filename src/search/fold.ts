/**
 * Diacritic folding for search: `ą č ę ė į š ų ū ž` become `a c e e i s u u z`, and generally every
 * letter loses its combining marks (Unicode NFD, then the non-spacing marks are dropped).
 *
 * Case is left alone: callers lower-case first. Plain module, no Node-only APIs (runs in the build, the
 * browser and the CLI).
 */

// Anything but printable ASCII (which has nothing to fold).
const NON_ASCII = /[^\x20-\x7e]/;
const NON_SPACING_MARKS = /\p{Mn}+/gu;

/** The string without diacritics; ASCII input is returned as it is, without work. */
export function foldDiacritics(s: string): string {
  if (!NON_ASCII.test(s)) {
    return s;
  }
  return s.normalize('NFD').replace(NON_SPACING_MARKS, '');
}

/** Whether folding would change the string (it contains a letter with a diacritic). */
export function hasDiacritics(s: string): boolean {
  return NON_ASCII.test(s) && foldDiacritics(s) !== s;
}
