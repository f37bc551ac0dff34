import {afterEach, describe, expect, it, vi} from 'vitest';
import {pluralForms, pluralMessage} from '../../src/client/plural';

const LT = '{n} klausimas|{n} klausimai|{n} klausimo|{n} klausimų';
const EN = '{n} question|{n} questions';
const say = (locale: string, n: number, message: string) =>
  pluralMessage(locale, n, message.replaceAll('{n}', String(n)));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('plural messages', () => {
  it('takes the Lithuanian forms in the order one, few, many, other', () => {
    expect(pluralForms('lt').forms).toEqual(['one', 'few', 'many', 'other']);
    expect([1, 2, 9, 10, 11, 12, 19, 20, 21, 22, 94, 100, 101].map((n) => say('lt', n, LT))).toEqual([
      '1 klausimas',
      '2 klausimai',
      '9 klausimai',
      '10 klausimų',
      '11 klausimų',
      '12 klausimų',
      '19 klausimų',
      '20 klausimų',
      '21 klausimas',
      '22 klausimai',
      '94 klausimai',
      '100 klausimų',
      '101 klausimas',
    ]);
    expect(say('lt', 0.5, LT)).toBe('0.5 klausimo');
    expect(say('lt', 0, LT)).toBe('0 klausimų');
  });

  it('takes the English forms one and other', () => {
    expect(pluralForms('en').forms).toEqual(['one', 'other']);
    expect([0, 1, 2, 11, 21].map((n) => say('en', n, EN))).toEqual([
      '0 questions',
      '1 question',
      '2 questions',
      '11 questions',
      '21 questions',
    ]);
  });

  it('falls back to the last form when a message has fewer forms than the locale', () => {
    expect(pluralMessage('lt', 2, 'vienas|daug')).toBe('daug');
    expect(pluralMessage('lt', 1, 'vienas|daug')).toBe('vienas');
    expect(pluralMessage('lt', 7, 'be formų')).toBe('be formų');
  });

  it('makes one rule set per locale and asks it once per count', () => {
    const select = vi.spyOn(Intl.PluralRules.prototype, 'select');
    for (let round = 0; round < 5; round += 1) {
      for (const n of [3, 4, 5]) {
        pluralMessage('lt-LT', n, LT);
      }
    }
    expect(select).toHaveBeenCalledTimes(3);
    expect(pluralForms('lt-LT')).toBe(pluralForms('lt-LT'));
  });

  it('uses English forms when the locale is not one Intl knows how to read', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(pluralForms('not a locale!').forms).toEqual(['one', 'other']);
    expect(pluralMessage('not a locale!', 1, EN)).toBe('{n} question');
    expect(pluralMessage('not a locale!', 3, EN)).toBe('{n} questions');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('not a locale!');
  });
});
