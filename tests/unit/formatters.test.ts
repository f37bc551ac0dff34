import {afterEach, describe, expect, it, vi} from 'vitest';
import {
  dateTimeFormat,
  formatDecimal,
  formatTwoDecimals,
  numberFormat,
} from '../../src/assessment/formatters';
import {formatBytes} from '../../src/pdf/manifest';
import {formatScore} from '../../src/assessment/progress';

afterEach(() => {
  vi.restoreAllMocks();
});

/** How many number formatters `run` makes (each still a working one). */
function numberFormatsMade(run: () => void): number {
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
    run();
  } finally {
    Intl.NumberFormat = Real;
  }
  return made;
}

describe('Intl formatters made once per locale and options', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const options = {minimumFractionDigits: 1, maximumFractionDigits: 1};
    expect(numberFormat('lt', options)).toBe(numberFormat('lt', {...options}));
    expect(numberFormat('en', options)).not.toBe(numberFormat('lt', options));
    expect(numberFormat('lt', {maximumFractionDigits: 0})).not.toBe(numberFormat('lt', options));
    expect(dateTimeFormat('lt', {dateStyle: 'long'})).toBe(dateTimeFormat('lt', {dateStyle: 'long'}));
  });

  it('formats scores the locale’s way without setting up any number formatter', () => {
    const made = numberFormatsMade(() => {
      expect(formatScore(0.756, 'lt')).toBe('0,76');
      expect(formatScore(0.756, 'en')).toBe('0.76');
      for (let i = 0; i <= 100; i++) {
        formatScore(i / 100, i % 2 ? 'lt' : 'en');
      }
      expect(formatScore(null, 'lt')).toBe('–');
    });
    expect(made).toBe(0);
    // The count is real: a formatter for another locale is made, and counted.
    expect(numberFormatsMade(() => expect(formatScore(0.5, 'de')).toBe('0,50'))).toBe(1);
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

describe('other decimals without Intl', () => {
  it('writes what Intl writes with 0 to 3 decimals, trailing zeros dropped down to the minimum', () => {
    const values: number[] = [0, 0.05, 0.95, 1.05, 1.25, 2.345678, 9.95, 99.95, 999.4, 999.5, 999.95, 1e-7];
    for (let i = 0; i <= 20000; i++) {
      values.push(i / 1000, i * 0.05, i / 7);
    }
    values.push(123456.789, -1.5, -0, NaN);
    for (const locale of ['lt', 'en']) {
      for (const [min, max] of [
        [0, 0],
        [0, 1],
        [1, 1],
        [0, 3],
        [2, 3],
      ] as const) {
        const format = new Intl.NumberFormat(locale, {
          minimumFractionDigits: min,
          maximumFractionDigits: max,
        });
        const wrong = values.filter((v) => formatDecimal(v, locale, min, max) !== format.format(v));
        expect(wrong, `${locale} ${min}–${max}`).toEqual([]);
      }
    }
  });

  it('writes file sizes without setting up a number formatter, as Intl would write them', () => {
    const sizes = [1, 499, 500, 999_499, 999_500, 1_000_000, 1_049_999, 1_050_000, 5_130_000, 99_950_000];
    let written: string[] = [];
    expect(
      numberFormatsMade(() => {
        written = sizes.flatMap((bytes) => [formatBytes(bytes, 'lt'), formatBytes(bytes, 'en')]);
      }),
    ).toBe(0);
    const intl = (value: number, digits: number, locale: string) =>
      new Intl.NumberFormat(locale, {maximumFractionDigits: digits, minimumFractionDigits: 0}).format(value);
    expect(written).toEqual(
      sizes.flatMap((bytes) =>
        ['lt', 'en'].map((locale) =>
          bytes >= 1_000_000
            ? `${intl(bytes / 1_000_000, 1, locale)}\u00a0MB`
            : `${intl(Math.max(1, Math.round(bytes / 1000)), 0, locale)}\u00a0kB`,
        ),
      ),
    );
  });
});
