import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {globToRegExp, readWordList, spellCheckedFiles, unusedWords} from '../../src/content/spelling-words';

describe('readWordList', () => {
  it('reads one word a line, skipping comments and blank lines', () => {
    expect(readWordList('# heading\nPINREG\n\n  eInnsyn  # a note\r\nKOSTRA\n')).toEqual([
      'PINREG',
      'eInnsyn',
      'KOSTRA',
    ]);
  });
});

describe('globToRegExp', () => {
  it('matches the globs of cspell.config.yaml as cspell does', () => {
    const docs = globToRegExp('docs/**/*.{md,mdx,yaml}');
    expect(docs.test('docs/about.mdx')).toBe(true);
    expect(docs.test('docs/a/b/c.yaml')).toBe(true);
    expect(docs.test('docs/about.json')).toBe(false);
    expect(docs.test('versioned_docs/version-2026/about.mdx')).toBe(false);
    expect(globToRegExp('i18n/*.json').test('i18n/lt/code.json')).toBe(false);
  });
});

describe('unusedWords', () => {
  it('finds the words that occur in no text, whole and in any case', () => {
    const texts = ['Registras PINREG tvarkomas VTEK.', 'The Kommunal Rapport article.'];
    expect(unusedWords(['pinreg', 'VTEK', 'kommunal', 'Rapp', 'eInnsyn'], texts)).toEqual([
      'Rapp',
      'eInnsyn',
    ]);
  });

  it('compares Lithuanian letters case-insensitively', () => {
    expect(unusedWords(['Įsivertinimas', 'ŽODIS'], ['įsivertinimas ir žodis'])).toEqual([]);
  });
});

describe('cspell-words.txt', () => {
  it('lists only words that the checked files use', () => {
    const siteDir = process.cwd();
    const files = spellCheckedFiles(siteDir);
    expect(files).toContain('docs/about.mdx');
    expect(files).toContain('i18n/lt/code.json');
    expect(files.some((f) => f.startsWith('node_modules/'))).toBe(false);
    const words = readWordList(readFileSync(join(siteDir, 'cspell-words.txt'), 'utf8'));
    expect(
      unusedWords(
        words,
        files.map((f) => readFileSync(join(siteDir, f), 'utf8')),
      ),
    ).toEqual([]);
  });
});
