import {afterEach, describe, expect, it, vi} from 'vitest';
import {dateTimeFormat, formatTwoDecimals, numberFormat} from '../../src/assessment/formatters';
import {formatScore} from '../../src/assessment/progress';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Intl formatters made once per locale and options', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const options = {minimumFractionDigits: 1, maximumFractionDigits: 1};
    expect(numberFormat('lt', options)).toBe(numberFormat('lt', {...options}));
    expect(numberFormat('en', options)).not.toBe(numberFormat('lt', options));
    expect(numberFormat('lt', {maximumFractionDigits: 0})).not.toBe(numberFormat('lt', options));
    expect(dateTimeFormat('lt', {dateStyle: 'long'})).toBe(dateTimeFormat('lt', {dateStyle: 'long'}));
  });

  it('formats scores the locale’s way without setting up any number formatter', () => {
    // Counts the number formatters made, each still a working one.
    const Real = Intl.NumberFormat;
    let made = 0;
    class Counted extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    }
    Intl.NumberFormat = Counted as typeof Real;
    try {
      expect(formatScore(0.756, 'lt')).toBe('0,76');
      expect(formatScore(0.756, 'en')).toBe('0.76');
      for (let i = 0; i <= 100; i++) {
        formatScore(i / 100, i % 2 ? 'lt' : 'en');
      }
      expect(formatScore(null, 'lt')).toBe('–');
      expect(made).toBe(0);
      // The count is real: a formatter for another locale is made, and counted.
      expect(formatScore(0.5, 'de')).toBe('0,50');
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Real;
    }
  });
});

describe('two decimals without Intl', () => {
  const intl = (locale: string) =>
    new Intl.NumberFormat(locale, {minimumFractionDigits: 2, maximumFractionDigits: 2});

  it('writes what Intl writes, rounding included, for every kind of score and beyond', () => {
    const values: number[] = [1.005, 0.285, 0.125, 0.005, 0.015, 0.045, 0.995, 99.995, 99.994, 1e-7, 5e-324];
    // Weighted averages as the scoring makes them: answers worth 0, 0.5 or 1, weights 1 to 3.
    for (let total = 1; total <= 240; total++) {
      for (let part = 0; part <= total; part++) {
        values.push(part / total, (part * 0.5) / total, (part * 1.5) / total);
      }
    }
    for (let i = 0; i <= 20000; i++) {
      values.push(i / 10000, i * 0.005);
    }
    // Outside the fast path: Intl itself (grouping, minus signs, other locales).
    values.push(999.995, 123456.789, -0.5, -0, -0.001, NaN, Infinity);
    for (const locale of ['lt', 'en']) {
      const format = intl(locale);
      const wrong = values.filter((v) => formatTwoDecimals(v, locale) !== format.format(v));
      expect(wrong, locale).toEqual([]);
    }
    expect(formatTwoDecimals(0.5, 'de')).toBe(intl('de').format(0.5));
  });

  it('rounds half away from zero on the shortest decimal, as Intl does, not as toFixed does', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatTwoDecimals(1.005, 'en')).toBe('1.01');
    expect(formatTwoDecimals(0.125, 'lt')).toBe('0,13');
    expect(formatTwoDecimals(0, 'lt')).toBe('0,00');
    expect(formatTwoDecimals(1, 'en')).toBe('1.00');
  });
});
