/** A small edition of checklist items and helpers for the self-assessment tests. */
import type {ChecklistItem, Weight} from '../../src/assessment/checklist';
import type {EditionItems} from '../../src/assessment/edition-items';
import type {StorageLike} from '../../src/assessment/store';

function item(chapter: string, slug: string, weight: Weight): ChecklistItem {
  const text = {lt: `Ar ${slug}?`, en: `Is ${slug}?`};
  return {id: `${chapter}.${slug}`, section: slug, weight, question: text, guidance: text, evidence: text};
}

export const EDITION: EditionItems = {
  edition: 'current',
  chapters: [
    {
      chapter: 'corruption-risk',
      title: {lt: 'Korupcijos rizikos valdymas', en: 'Managing corruption risk'},
      path: '/docs/next/corruption-risk',
      items: [
        item('corruption-risk', 'register', 3),
        item('corruption-risk', 'matrix', 2),
        item('corruption-risk', 'review', 1),
      ],
    },
    {
      chapter: 'social-services',
      title: {lt: 'Sprendimai dėl socialinės paramos', en: 'Decisions on social assistance'},
      path: '/docs/next/social-services',
      items: [item('social-services', 'criteria', 3), item('social-services', 'four-eyes', 2)],
    },
  ],
};

/** An in-memory localStorage that can be made to fail like a full or blocked one. */
export class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failWrites: 'quota' | 'security' | null = null;
  failReads = false;

  getItem(key: string): string | null {
    if (this.failReads) {
      throw Object.assign(new Error('The operation is insecure.'), {name: 'SecurityError'});
    }
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites === 'quota') {
      throw Object.assign(new Error('Quota exceeded'), {name: 'QuotaExceededError'});
    }
    if (this.failWrites === 'security') {
      throw Object.assign(new Error('The operation is insecure.'), {name: 'SecurityError'});
    }
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}

/** A clock that moves forward one millisecond per reading. */
export function clock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => ++t;
}
