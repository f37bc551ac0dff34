/**
 * The `Intl` formatters the self-assessment writes numbers and dates with, made once per locale and
 * options and then reused. Creating an `Intl.NumberFormat` loads and sets up the locale's data; the
 * score chart formats every score of every chapter on each render, and a new formatter per number
 * made that render take 56 ms on a phone-speed CPU (four times slower than this machine).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, locale: string, options: object, make: () => F): F {
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
