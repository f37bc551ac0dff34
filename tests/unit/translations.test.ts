import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {compareTranslations, parseTranslationFile} from '../../src/content/translations';

const code = (locale: string) => parseTranslationFile(readFileSync(`i18n/${locale}/code.json`, 'utf8'));

// The order Docusaurus's usePluralForm expects plural messages in (theme-common, usePluralForm).
const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
function selectPlural(locale: string, message: string, count: number): string {
  const rules = new Intl.PluralRules(locale);
  const forms = PLURAL_ORDER.filter((f) =>
    rules.resolvedOptions().pluralCategories.includes(f as Intl.LDMLPluralRule),
  );
  const parts = message.split('|');
  const index = forms.indexOf(rules.select(count));
  return (parts[Math.min(index, parts.length - 1)] ?? '').replace(/\{(count|readingTime)\}/g, String(count));
}

describe('Lithuanian plural forms', () => {
  const lt = code('lt');
  const plurals = Object.entries(lt).filter(([, message]) => message.includes('|'));

  it('every plural message has the four Lithuanian forms one|few|many|other', () => {
    expect(new Intl.PluralRules('lt').resolvedOptions().pluralCategories).toHaveLength(4);
    expect(plurals.length).toBeGreaterThanOrEqual(5);
    for (const [key, message] of plurals) {
      expect(message.split('|'), key).toHaveLength(4);
    }
  });

  it.each([
    [1, '1 klausimas'],
    [2, '2 klausimai'],
    [9, '9 klausimai'],
    [10, '10 klausimų'],
    [11, '11 klausimų'],
    [19, '19 klausimų'],
    [21, '21 klausimas'],
    [22, '22 klausimai'],
    [1.5, '1.5 klausimo'],
  ])('%s → "%s"', (count, expected) => {
    expect(selectPlural('lt', lt['checklist.itemCount'] ?? '', count)).toBe(expected);
  });

  it('uses the right forms for documents tagged (1 dokumentas, 2 dokumentai, 10 dokumentų, 21 dokumentas)', () => {
    const message = lt['theme.docs.tagDocListPageTitle.nDocsTagged'] ?? '';
    expect(selectPlural('lt', message, 1)).toMatch(/^1 dokumentas /);
    expect(selectPlural('lt', message, 2)).toMatch(/^2 dokumentai /);
    expect(selectPlural('lt', message, 10)).toMatch(/^10 dokumentų /);
    expect(selectPlural('lt', message, 21)).toMatch(/^21 dokumentas /);
  });

  it('English plural messages have at most the two English forms', () => {
    for (const [key, message] of Object.entries(code('en')).filter(([, m]) => m.includes('|'))) {
      expect(message.split('|').length, key).toBeLessThanOrEqual(2);
    }
  });
});

describe('compareTranslations', () => {
  const file = (lt: Record<string, string> | null, en: Record<string, string> | null) => ({
    file: 'code.json',
    expected: ['a', 'b'],
    lt,
    en,
  });

  it('passes when every key is translated in both locales', () => {
    expect(compareTranslations([file({a: 'Taip', b: 'Ne'}, {a: 'Yes', b: 'No'})])).toEqual([]);
  });

  it('names a missing key, a stale key, a string left in English and a missing file', () => {
    expect(compareTranslations([file({a: 'Yes', c: 'x'}, {a: 'Yes', b: 'No', c: 'y'})])).toEqual([
      'i18n/lt/code.json: no translation for "b"',
      'i18n/lt/code.json: "c" is no longer used; remove it',
      'i18n/en/code.json: "c" is no longer used; remove it',
      'i18n/lt/code.json: "a" is the same as in English ("Yes"); translate it, or list the key in SAME_IN_BOTH (src/content/translations.ts) with a reason',
    ]);
    expect(compareTranslations([file(null, {a: 'Yes', b: 'No'})])).toEqual([
      'i18n/lt/code.json: missing (run: npm run write-translations -- --locale lt)',
    ]);
  });

  it('accepts a listed key that is legitimately the same', () => {
    expect(
      compareTranslations([file({a: 'PDF', b: 'Ne'}, {a: 'PDF', b: 'No'})], {a: 'a format name'}),
    ).toEqual([]);
  });
});

describe('Lithuanian source and i18n/lt agree', () => {
  it('names our own string whose Lithuanian translation drifted from the source, but not theme strings', () => {
    expect(
      compareTranslations([
        {
          file: 'code.json',
          expected: ['home.title', 'theme.docs.paginator.next'],
          sourceLt: {'home.title': 'Naujas pavadinimas', 'theme.docs.paginator.next': 'Next'},
          lt: {'home.title': 'Senas pavadinimas', 'theme.docs.paginator.next': 'Kitas'},
          en: {'home.title': 'Title', 'theme.docs.paginator.next': 'Next'},
        },
      ]),
    ).toEqual([
      'i18n/lt/code.json: "home.title" reads "Senas pavadinimas" but the source says "Naujas pavadinimas"; change one of them so they agree',
    ]);
  });
});
