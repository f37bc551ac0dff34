/**
 * Interface translations: every key that `docusaurus write-translations` produces must be present
 * in both locales, and a Lithuanian message must not equal its English counterpart (which catches
 * strings left in English) unless the key is listed as legitimately identical.
 */
export type Messages = Record<string, string>;

/** Keys whose text is the same in both languages, and why. */
export const SAME_IN_BOTH: Record<string, string> = {
  'riskMatrix.impactHeader': 'a formula label: "I = {level}"',
  'riskMatrix.likelihoodHeader': 'a formula label: "L = {level}"',
  'theme.docs.versionBadge.label':
    'the edition label alone ("2026 m. leidimas", "Edition in preparation"): a prefix would repeat "edition"',
  'pdf.details': 'placeholders only: "{size}, {pages}"',
};

export interface FileMessages {
  /** Path relative to i18n/<locale>/, e.g. `code.json`. */
  file: string;
  /** Keys that write-translations generates for this file. */
  expected: string[];
  /**
   * The default Lithuanian messages, as written in the site's source (components and config).
   * Lithuanian is the source language: our own strings must read the same in i18n/lt/.
   */
  sourceLt?: Messages;
  lt: Messages | null;
  en: Messages | null;
}

/** Keys whose default text is the theme's (English), not ours, so i18n/lt/ translates them. */
export function isThemeKey(key: string): boolean {
  return key.startsWith('theme.');
}

export function compareTranslations(files: FileMessages[], sameInBoth = SAME_IN_BOTH): string[] {
  const problems: string[] = [];
  for (const {file, expected, sourceLt, lt, en} of files) {
    for (const [locale, messages] of [
      ['lt', lt],
      ['en', en],
    ] as const) {
      if (messages === null) {
        problems.push(
          `i18n/${locale}/${file}: missing (run: npm run write-translations -- --locale ${locale})`,
        );
        continue;
      }
      for (const key of expected) {
        if (!(key in messages)) {
          problems.push(`i18n/${locale}/${file}: no translation for "${key}"`);
        }
      }
      for (const key of Object.keys(messages)) {
        if (!expected.includes(key)) {
          problems.push(`i18n/${locale}/${file}: "${key}" is no longer used; remove it`);
        }
      }
    }
    if (lt) {
      for (const key of expected) {
        const source = sourceLt?.[key];
        if (!isThemeKey(key) && source !== undefined && lt[key] !== undefined && lt[key] !== source) {
          problems.push(
            `i18n/lt/${file}: "${key}" reads "${lt[key]}" but the source says "${source}"; change one of them so they agree`,
          );
        }
      }
    }
    if (lt && en) {
      for (const key of expected) {
        const ltMessage = lt[key];
        if (ltMessage !== undefined && ltMessage === en[key] && !(key in sameInBoth)) {
          problems.push(
            `i18n/lt/${file}: "${key}" is the same as in English ("${ltMessage}"); translate it, or list the key in SAME_IN_BOTH (src/content/translations.ts) with a reason`,
          );
        }
      }
    }
  }
  return problems;
}

/** Reads a Docusaurus translation file (`{"key": {"message": "…"}}`) into key → message. */
export function parseTranslationFile(json: string): Messages {
  const data = JSON.parse(json) as Record<string, {message?: unknown}>;
  const messages: Messages = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value?.message === 'string') {
      messages[key] = value.message;
    }
  }
  return messages;
}
