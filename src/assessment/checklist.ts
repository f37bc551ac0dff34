/**
 * Self-assessment items: the typed schema and its runtime validation. Items live as data next to
 * their chapter (`docs/<chapter>.checklist.yaml`), both languages in one file, so that cutting an
 * edition snapshots them with the text.
 */

export const LOCALES = ['lt', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

export const WEIGHTS = [1, 2, 3] as const;
export type Weight = (typeof WEIGHTS)[number];

/**
 * `process`: the item asks about the self-assessment itself (was it done, evidenced, planned,
 * reported, published). Such items are answered and shown apart, and never count in a score.
 */
export const SCOPES = ['process'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ChecklistItem {
  /** `<chapter>.<slug>`: stable, never reused; saved answers are keyed by it. */
  id: string;
  /** Id of the heading in the chapter that explains the item. */
  section: string;
  weight: Weight;
  /** Absent for the items that measure the institution (and count in its score). */
  scope?: Scope;
  question: Localized;
  guidance: Localized;
  evidence: Localized;
}

export interface Checklist {
  chapter: string;
  items: ChecklistItem[];
}

/** One item in one language, as the chapter page shows it. */
export interface LocalizedChecklistItem {
  id: string;
  section: string;
  weight: Weight;
  scope?: Scope;
  question: string;
  guidance: string;
  evidence: string;
}

export const MIN_ITEMS = 4;
export const MAX_ITEMS = 8;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TEXT_FIELDS = ['question', 'guidance', 'evidence'] as const;
const ITEM_KEYS = new Set(['id', 'section', 'weight', 'scope', ...TEXT_FIELDS]);

export type ValidationResult = {ok: true; checklist: Checklist} | {ok: false; errors: string[]};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a parsed checklist file. `expectedChapter` is the chapter the file belongs to (from
 * its name). Error messages name the item by id (or position) and the field.
 */
export function validateChecklist(data: unknown, expectedChapter: string): ValidationResult {
  const errors: string[] = [];
  if (!isRecord(data)) {
    return {ok: false, errors: ['the file must be a mapping with "chapter" and "items"']};
  }
  for (const key of Object.keys(data)) {
    if (key !== 'chapter' && key !== 'items') {
      errors.push(`unknown top-level field "${key}"`);
    }
  }
  if (data.chapter !== expectedChapter) {
    errors.push(`"chapter" is ${JSON.stringify(data.chapter)}, expected "${expectedChapter}"`);
  }
  if (!Array.isArray(data.items)) {
    errors.push('"items" must be a list');
    return {ok: false, errors};
  }
  if (data.items.length < MIN_ITEMS || data.items.length > MAX_ITEMS) {
    errors.push(`a chapter has ${MIN_ITEMS}–${MAX_ITEMS} items, this file has ${data.items.length}`);
  }
  const items: ChecklistItem[] = [];
  const seen = new Set<string>();
  data.items.forEach((raw: unknown, index: number) => {
    const name = isRecord(raw) && typeof raw.id === 'string' ? `item "${raw.id}"` : `item ${index + 1}`;
    if (!isRecord(raw)) {
      errors.push(`${name}: must be a mapping`);
      return;
    }
    const itemErrors: string[] = [];
    for (const key of Object.keys(raw)) {
      if (!ITEM_KEYS.has(key)) {
        itemErrors.push(`${name}: unknown field "${key}"`);
      }
    }
    const id = raw.id;
    if (
      typeof id !== 'string' ||
      !id.startsWith(`${expectedChapter}.`) ||
      !SLUG.test(id.slice(expectedChapter.length + 1))
    ) {
      itemErrors.push(
        `${name}: "id" must be "${expectedChapter}.<slug>" (lower-case letters, digits, hyphens)`,
      );
    } else if (seen.has(id)) {
      itemErrors.push(`${name}: duplicate id`);
    } else {
      seen.add(id);
    }
    if (typeof raw.section !== 'string' || !SLUG.test(raw.section)) {
      itemErrors.push(`${name}: "section" must be the id of a heading in the chapter`);
    }
    if (!WEIGHTS.includes(raw.weight as Weight)) {
      itemErrors.push(`${name}: "weight" must be 1, 2 or 3`);
    }
    if ('scope' in raw && !SCOPES.includes(raw.scope as Scope)) {
      itemErrors.push(`${name}: "scope" must be "process" (or left out for an item that is scored)`);
    }
    for (const field of TEXT_FIELDS) {
      const value = raw[field];
      if (!isRecord(value)) {
        itemErrors.push(`${name}: "${field}" must have "lt" and "en" texts`);
        continue;
      }
      for (const locale of LOCALES) {
        const text = value[locale];
        if (typeof text !== 'string' || text.trim() === '') {
          itemErrors.push(
            `${name}: "${field}" has no ${locale === 'lt' ? 'Lithuanian (lt)' : 'English (en)'} text`,
          );
        }
      }
      for (const key of Object.keys(value)) {
        if (!(LOCALES as readonly string[]).includes(key)) {
          itemErrors.push(`${name}: "${field}" has an unknown language "${key}"`);
        }
      }
    }
    if (itemErrors.length > 0) {
      errors.push(...itemErrors);
      return;
    }
    items.push(raw as unknown as ChecklistItem);
  });
  return errors.length > 0 ? {ok: false, errors} : {ok: true, checklist: {chapter: expectedChapter, items}};
}

export function localizeItem(item: ChecklistItem, locale: Locale): LocalizedChecklistItem {
  return {
    id: item.id,
    section: item.section,
    weight: item.weight,
    ...(item.scope ? {scope: item.scope} : {}),
    question: item.question[locale],
    guidance: item.guidance[locale],
    evidence: item.evidence[locale],
  };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Whether an item counts in the institution's score (items about the assessment's own process do not). */
export function isScored(item: {scope?: Scope}): boolean {
  return item.scope !== 'process';
}
