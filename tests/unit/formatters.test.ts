import {afterEach, describe, expect, it, vi} from 'vitest';
import {dateTimeFormat, numberFormat} from '../../src/assessment/formatters';
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

  it('formats scores the locale’s way without making a formatter per number', () => {
    expect(formatScore(0.756, 'lt')).toBe('0,76');
    expect(formatScore(0.756, 'en')).toBe('0.76');
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i <= 100; i++) {
      formatScore(i / 100, i % 2 ? 'lt' : 'en');
    }
    expect(made).not.toHaveBeenCalled();
    expect(formatScore(null, 'lt')).toBe('–');
  });
});
