// cspell:locale en,lt
// Stems are not words: cspell:ignore snowballstem savivaldyb korupcij skait aitės itės lietuvait aliej
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {stemLithuanian} from '../../src/search/lithuanian-stemmer';

// The Snowball reference vocabulary (86,109 words of the Lithuanian Wikipedia and the stems the reference
// Snowball stemmer gives them) lives outside the repository, in ../shared/data/.
const VOCABULARY_DIR = fileURLToPath(new URL('../../../shared/data/snowball-lithuanian/', import.meta.url));

function readLines(file: string): string[] {
  const path = join(VOCABULARY_DIR, file);
  if (!existsSync(path)) {
    throw new Error(
      `The Snowball Lithuanian reference vocabulary is missing: ${path} not found ` +
        '(expected voc.txt and output.txt from snowballstem/snowball-data, folder lithuanian/).',
    );
  }
  return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
}

describe('stemLithuanian', () => {
  it('gives the reference Snowball stem for at least 99 % of the Snowball vocabulary', () => {
    const words = readLines('voc.txt');
    const stems = readLines('output.txt');
    expect(words.length, 'voc.txt and output.txt have the same number of lines').toBe(stems.length);
    expect(words.length).toBeGreaterThan(80_000);

    const start = performance.now();
    const ours = words.map(stemLithuanian);
    const elapsed = performance.now() - start;

    const mismatches = words.flatMap((word, i) =>
      ours[i] === stems[i] ? [] : [`${word}: expected ${stems[i]}, got ${ours[i]}`],
    );
    const exact = words.length - mismatches.length;
    const share = (100 * exact) / words.length;
    console.log(
      `Lithuanian stemmer: ${words.length.toLocaleString('en')} words, ${share.toFixed(2)} % exact ` +
        `(${exact.toLocaleString('en')}), stemmed in ${elapsed.toFixed(0)} ms`,
    );
    expect(share, `first mismatches:\n${mismatches.slice(0, 20).join('\n')}`).toBeGreaterThanOrEqual(99);
  });

  it.each([
    ['savivaldybė', 'savivaldybės', 'savivaldybių', 'savivaldybėse', 'savivaldybei', 'savivaldybę'],
    ['korupcija', 'korupcijos', 'korupcijai', 'korupciją', 'korupcijoje'],
    ['pranešėjas', 'pranešėjai', 'pranešėjų', 'pranešėjams'],
    ['pirkimas', 'pirkimo', 'pirkimų', 'pirkimams', 'pirkimuose'],
  ])('gives all forms of %s one stem', (...forms) => {
    const stems = new Set(forms.map(stemLithuanian));
    expect([...stems]).toHaveLength(1);
  });

  it.each([
    ['savivaldybių', 'savivaldyb'],
    ['korupcijos', 'korupcij'],
    ['pranešėjų', 'praneš'],
    // č and dž at the end of a stem are the t and d of the other forms
    ['skaičiaus', 'skait'],
    // fix_conflicts: -aitės is a noun suffix, not the verb ending -itės
    ['lietuvaitės', 'lietuvait'],
    // the prefix a- is skipped when R1 is found in words longer than six letters
    ['aliejus', 'aliej'],
    // a final apostrophe goes with the ending of a foreign name
    ["clarke'as", 'clarke'],
  ])('%s → %s', (word, stem) => {
    expect(stemLithuanian(word)).toBe(stem);
  });

  it('leaves words without an ending in R1 alone', () => {
    expect(stemLithuanian('ir')).toBe('ir');
    expect(stemLithuanian('')).toBe('');
  });
});
