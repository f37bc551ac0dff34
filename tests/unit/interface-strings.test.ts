import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  CODE_TRANSLATIONS_MODULE,
  keysIn,
  ownStrings,
  unnamedKeys,
  withStrings,
  withoutOwnStrings,
} from '../../src/plugins/strings/strings';
import {checkNamed} from '../../src/plugins/strings';

const own = ownStrings({
  'theme.common.skipToMainContent': 'Pereiti prie turinio',
  'checklist.intro': 'Šio skyriaus savęs vertinimas: {count}.',
  'checklist.itemCount': '{count} klausimas|{count} klausimai',
  'home.read.title': 'Skaitykite',
});

/** Runs a file given its strings the way the bundle does: the injected statement, then the code. */
function run(source: string, translations: Record<string, string>): Record<string, string> {
  const transformed = withStrings(source, own);
  const match = /^import (\w+) from "([^"]+)";(Object\.assign\(\1, .*?\);)/.exec(transformed);
  if (!match) {
    return translations;
  }
  expect(match[2]).toBe(CODE_TRANSLATIONS_MODULE);
  new Function(match[1] as string, match[3] as string)(translations);
  return translations;
}

describe('interface strings in the chunks that use them', () => {
  it('counts the theme’s own strings as the entry’s, every other key as the book’s', () => {
    expect(Object.keys(own)).toEqual(['checklist.intro', 'checklist.itemCount', 'home.read.title']);
  });

  it('finds the keys a file names in any kind of quotes, once each, and nothing else', () => {
    const source = [
      `translate({id: 'checklist.itemCount', message: '…'});`,
      `<Translate id="checklist.intro">…</Translate>`,
      'line(`checklist.itemCount`);',
      `const notAKey = 'checklist.intro.more'; const word = 'checklist';`,
    ].join('\n');
    expect(keysIn(source, own)).toEqual(['checklist.itemCount', 'checklist.intro']);
  });

  it('adds exactly the strings a file names to the code translations, before its own code', () => {
    const translations = run(`translate({id: 'checklist.intro'});`, {'theme.x': 'y'});
    expect(translations).toEqual({
      'theme.x': 'y',
      'checklist.intro': 'Šio skyriaus savęs vertinimas: {count}.',
    });
  });

  it('keeps the file’s line numbers, and leaves a file that names no key as it is', () => {
    const source = `line one\ntranslate({id: 'home.read.title'});\n`;
    const transformed = withStrings(source, own);
    expect(transformed.split('\n')).toHaveLength(source.split('\n').length);
    expect(transformed.endsWith(source)).toBe(true);
    expect(withStrings('const a = 1;\n', own)).toBe('const a = 1;\n');
  });

  it('takes the book’s strings out of the entry and leaves the theme’s', () => {
    const entry = JSON.stringify({
      'theme.common.skipToMainContent': 'Pereiti prie turinio',
      'home.read.title': 'Skaitykite',
      'checklist.intro': '…',
    });
    expect(JSON.parse(withoutOwnStrings(entry, own))).toEqual({
      'theme.common.skipToMainContent': 'Pereiti prie turinio',
    });
  });

  it('names the keys no source file uses, which would otherwise show their default text', () => {
    expect(unnamedKeys([`translate({id: 'checklist.intro'})`, `'home.read.title'`], own)).toEqual([
      'checklist.itemCount',
    ]);
  });

  it('fails the build for a key of code.json that no file under src/ names, naming the file', () => {
    const siteDir = join(__dirname, '..', '..');
    expect(() =>
      checkNamed(siteDir, join(siteDir, 'i18n', 'en', 'code.json'), {'assessment.gone': 'Gone'}),
    ).toThrow(/i18n\/en\/code\.json: 1 interface string\(s\) named by no file under src\/.*assessment\.gone/);
  });

  it.each(['lt', 'en'])('every string of the %s code.json is named by a file under src/', (locale) => {
    const siteDir = join(__dirname, '..', '..');
    const codeJson = join(siteDir, 'i18n', locale, 'code.json');
    const file = JSON.parse(readFileSync(codeJson, 'utf8')) as Record<string, {message: string}>;
    const strings = ownStrings(Object.fromEntries(Object.entries(file).map(([k, v]) => [k, v.message])));
    expect(Object.keys(strings).length).toBeGreaterThan(300);
    expect(() => checkNamed(siteDir, codeJson, strings)).not.toThrow();
  });
});
