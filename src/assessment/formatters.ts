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
 * `value` with `minDigits` to `maxDigits` decimals, as `Intl.NumberFormat(locale,
 * {minimumFractionDigits, maximumFractionDigits})` writes it, but without `Intl` for the guide's own
 * locales and for numbers below 1000 (no digit grouping): setting up the first number formatter of a
 * page loads ICU's number data, 25–55 ms unthrottled (the home page's PDF sizes), 50 ms of the
 * self-assessment page's first render at phone speed. Rounding is the same as `Intl`'s: half away
 * from zero, on the shortest decimal that reads back as the same number (1.005 becomes 1.01 with two
 * decimals, where `toFixed` gives 1.00). Other numbers and locales go to `Intl`.
 */
export function formatDecimal(value: number, locale: string, minDigits: number, maxDigits: number): string {
  const separator = DECIMAL_SEPARATORS[locale];
  const shortest = String(value);
  const viaIntl = () =>
    numberFormat(locale, {minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits}).format(value);
  // Negative numbers (and -0) go to Intl, which writes each locale's own minus sign.
  if (
    separator === undefined ||
    Object.is(value, -0) ||
    !/^\d{1,3}(\.\d+)?$/.test(shortest) ||
    !(Number.isInteger(maxDigits) && maxDigits >= 0 && maxDigits <= 6 && minDigits <= maxDigits)
  ) {
    return viaIntl();
  }
  const [whole, fraction = ''] = shortest.split('.');
  const scale = 10 ** maxDigits;
  const digits = fraction.padEnd(maxDigits + 1, '0');
  const scaled =
    Number(whole) * scale + Number(digits.slice(0, maxDigits)) + (Number(digits[maxDigits]) >= 5 ? 1 : 0);
  const integer = Math.floor(scaled / scale);
  if (integer >= 1000) {
    // Rounded up to where the locales group digits.
    return viaIntl();
  }
  let decimals = maxDigits > 0 ? String(scaled % scale).padStart(maxDigits, '0') : '';
  while (decimals.length > minDigits && decimals.endsWith('0')) {
    decimals = decimals.slice(0, -1);
  }
  return decimals ? `${integer}${separator}${decimals}` : String(integer);
}

/** `value` with exactly two decimals (scores), as `formatDecimal` writes it. */
export function formatTwoDecimals(value: number, locale: string): string {
  return formatDecimal(value, locale, 2, 2);
}
