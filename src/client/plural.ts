/**
 * Plural forms of UI messages ("1 klausimas|2 klausimai|…"), with one `Intl.PluralRules` per
 * locale for the whole page. Docusaurus's `usePluralForm` builds a new `Intl.PluralRules` in every
 * component that calls it and asks it again for every count: on the self-assessment page that was
 * 35 rule sets and 149 look-ups while the page came alive. Here a locale's rules are made once and
 * each count's form is remembered. Same message format as Docusaurus: the forms separated by `|`,
 * in the order zero, one, two, few, many, other of those the locale has (Lithuanian: one, few,
 * many, other; English: one, other); a message with fewer forms falls back to its last.
 */
import {cached} from '../assessment/formatters';

const FORM_ORDER: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const SEPARATOR = '|';
/** Counts remembered per locale; the page's counts are small numbers, this only bounds memory. */
const REMEMBERED_COUNTS = 1000;

export interface PluralForms {
  /** The locale's forms in message order. */
  readonly forms: readonly Intl.LDMLPluralRule[];
  /** The form a count takes. */
  formOf(count: number): Intl.LDMLPluralRule;
}

const ENGLISH_FORMS: readonly Intl.LDMLPluralRule[] = ['one', 'other'];

function createPluralForms(locale: string): PluralForms {
  let rules: Intl.PluralRules | null = null;
  try {
    rules = new Intl.PluralRules(locale);
  } catch (error) {
    console.error(
      `Plural forms: Intl.PluralRules cannot serve locale "${locale}", so English forms are used.`,
      error,
    );
  }
  const categories = rules?.resolvedOptions().pluralCategories ?? ENGLISH_FORMS;
  const forms = FORM_ORDER.filter((form) => categories.includes(form));
  const known = new Map<number, Intl.LDMLPluralRule>();
  return {
    forms,
    formOf(count) {
      let form = known.get(count);
      if (form === undefined) {
        form = rules ? rules.select(count) : count === 1 ? 'one' : 'other';
        if (known.size < REMEMBERED_COUNTS) {
          known.set(count, form);
        }
      }
      return form;
    },
  };
}

const byLocale = new Map<string, PluralForms>();

/** The plural forms of a locale, made once per page. */
export function pluralForms(locale: string): PluralForms {
  return cached(byLocale, locale, {}, () => createPluralForms(locale));
}

/** The form of `message` (forms separated by `|`) that `count` takes in `locale`. */
export function pluralMessage(locale: string, count: number, message: string): string {
  const parts = message.split(SEPARATOR);
  if (parts.length === 1) {
    return message;
  }
  const forms = pluralForms(locale);
  const index = forms.forms.indexOf(forms.formOf(count));
  return parts[Math.min(index, parts.length - 1)] ?? message;
}
