/**
 * The interface strings each page needs, in the chunks that need them.
 *
 * Docusaurus bundles every interface string of the locale (`@generated/codeTranslations`, read by
 * `translate()` and `<Translate>`) into the entry script that every page loads before it can be used:
 * the self-assessment's, the home page's and the search page's strings on a chapter too (some 10 KiB
 * gzip of `main.js`). Here the book's own strings (every key of the locale's `code.json` outside the
 * theme's `theme.*`) are taken out of that module and each source file that names a key is given the
 * strings it names: a statement at its top adds them to the same object before the file's own code
 * runs. A string is thus loaded with the first module that uses it; `translate()` is unchanged.
 */

/** Keys of the classic theme's own strings: used inside the theme, so left in the entry. */
const THEME_KEY = /^theme\./;

/** The module `translate()` reads; the injected statement adds to the same object. */
export const CODE_TRANSLATIONS_MODULE = '@generated/codeTranslations';

/** The binding the injected statement imports the module under (unlikely to clash). */
const BINDING = '__skaidrumoInterfaceStrings';

/** A string literal shaped like a translation key (`area.name`, `area.part.name`…). */
const KEY_LITERAL = /(["'`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g;

export type Strings = Readonly<Record<string, string>>;

/** The book's own strings of a locale's code translations: every key outside the theme's. */
export function ownStrings(codeTranslations: Strings): Strings {
  return Object.fromEntries(Object.entries(codeTranslations).filter(([key]) => !THEME_KEY.test(key)));
}

/** The book's own keys that a source file names as string literals, in order of first use. */
export function keysIn(source: string, own: Strings): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(KEY_LITERAL)) {
    const key = match[2];
    if (key !== undefined && Object.hasOwn(own, key)) {
      found.add(key);
    }
  }
  return [...found];
}

/**
 * The source file with a first line that adds the strings it names to the code translations (the
 * file unchanged when it names none). Kept on the file's first line so that the lines after it keep
 * their numbers in stack traces and source maps.
 */
export function withStrings(source: string, own: Strings): string {
  const keys = keysIn(source, own);
  if (keys.length === 0) {
    return source;
  }
  const strings = Object.fromEntries(keys.map((key) => [key, own[key]]));
  return (
    `import ${BINDING} from ${JSON.stringify(CODE_TRANSLATIONS_MODULE)};` +
    `Object.assign(${BINDING}, ${JSON.stringify(strings)});` +
    source
  );
}

/** The entry's code translations (JSON text) without the book's own strings. */
export function withoutOwnStrings(json: string, own: Strings): string {
  const all = JSON.parse(json) as Record<string, string>;
  return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => !Object.hasOwn(own, key))));
}

/**
 * Keys that no source file names: with the strings taken out of the entry, such a key (used, say,
 * through a computed id or from outside src/) would silently show the default text.
 */
export function unnamedKeys(sources: readonly string[], own: Strings): string[] {
  const named = new Set(sources.flatMap((source) => keysIn(source, own)));
  return Object.keys(own).filter((key) => !named.has(key));
}
