/**
 * The `Intl` formatters the self-assessment writes numbers and dates with, made once per locale and
 * options and then reused. Creating an `Intl.NumberFormat` loads and sets up the locale's data; the
 * score chart formats every score of every chapter on each render, and a new formatter per number
 * made that render take 56 ms on a phone-speed CPU (four times slower than this machine).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** One `F` per locale and options, made on first use (also used by src/client/plural.ts). */
export function cached<F>(cache: Map<string, F>, locale: string, options: object, make: () => F): F {
  const key = `${locale} ${JSON.stringify(options)}`;
  const known = cache.get(key);
  if (known) {
    return known;
  }
  const made = make();
  cache.set(key, made);
  return made;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateTimeFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** The decimal separator of each locale of the guide. */
const DECIMAL_SEPARATORS: Readonly<Record<string, string>> = {lt: ',', en: '.'};

/**
 * `value` with exactly two decimals, as `Intl.NumberFormat(locale, {minimumFractionDigits: 2,
 * maximumFractionDigits: 2})` writes it, but without `Intl` for the guide's own locales and for
 * numbers below 100 (scores are 0 to 1): setting up the first number formatter of a page loads ICU's
 * number data, 50 ms of the self-assessment page's first render at phone speed. Rounding is the same
 * as `Intl`'s: half away from zero, on the shortest decimal that reads back as the same number
 * (1.005 becomes 1.01, where `toFixed` gives 1.00). Other numbers and locales go to `Intl`.
 */
export function formatTwoDecimals(value: number, locale: string): string {
  const separator = DECIMAL_SEPARATORS[locale];
  const shortest = String(value);
  // Negative numbers (and -0) go to Intl, which writes each locale's own minus sign.
  if (separator === undefined || Object.is(value, -0) || !/^\d{1,2}(\.\d+)?$/.test(shortest)) {
    return numberFormat(locale, {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(value);
  }
  const [whole, fraction = ''] = shortest.split('.');
  const digits = `${fraction}000`;
  const hundredths = Number(whole) * 100 + Number(digits.slice(0, 2)) + (Number(digits[2]) >= 5 ? 1 : 0);
  return `${Math.floor(hundredths / 100)}${separator}${String(hundredths % 100).padStart(2, '0')}`;
}
