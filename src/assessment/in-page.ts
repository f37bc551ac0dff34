/**
 * Which questions of the self-assessment page are in the page while it is being filled in after load.
 *
 * The page is served with the first chapter's questions. The others are added a few at a time, in
 * the order a reader meets them: chapter by chapter, and in each chapter the scored questions first,
 * then the questions about the assessment's own process (as the page shows them). `rendered` counts
 * the questions in the page, in that order.
 */
import {isScored, type ChecklistItem} from './checklist';

/** The chapters whose questions the server-rendered page carries. */
export const CHAPTERS_SERVED = 1;

/**
 * Questions added to the page per task once the stored answers are read. Each question is a fieldset
 * of some twenty-five elements; three keep each task (React's commit, then the browser's style and
 * layout of what was added) well under the 50 ms that counts as a long task on a phone.
 */
export const QUESTIONS_PER_STEP = 3;

/** A chapter's items in the order the page shows them: the scored ones, then the process ones. */
export function displayOrder<T extends Pick<ChecklistItem, 'scope'>>(items: readonly T[]): T[] {
  return [...items.filter(isScored), ...items.filter((item) => !isScored(item))];
}

/**
 * How long the page waits, after it is hydrated, for the reader to start using it (scrolling,
 * touching, clicking, typing, moving focus) before it adds the remaining questions anyway.
 */
export const FILL_UNPROMPTED_AFTER_MS = 3000;

/** The number of items of each chapter that are in the page when the first `rendered` items are. */
export function itemsInPage(chapters: readonly {items: readonly unknown[]}[], rendered: number): number[] {
  let left = Math.max(0, rendered);
  return chapters.map((chapter) => {
    const count = Math.min(left, chapter.items.length);
    left -= count;
    return count;
  });
}

/** The number of items in the first `chapters` chapters: what the served page holds. */
export function itemsOfChapters(all: readonly {items: readonly unknown[]}[], chapters: number): number {
  return all.slice(0, Math.max(0, chapters)).reduce((sum, chapter) => sum + chapter.items.length, 0);
}

/** The next count: `step` more items, never more than there are. */
export function nextRendered(rendered: number, step: number, total: number): number {
  if (!Number.isInteger(step) || step < 1) {
    throw new RangeError(`step must be a positive integer, not ${step}`);
  }
  return Math.min(total, rendered + step);
}
