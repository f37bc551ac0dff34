/** The self-assessment items of one edition, grouped by chapter in book order. */
import type {ChecklistItem, Localized} from './checklist';

export interface ChapterChecklist {
  chapter: string;
  title: Localized;
  /** Path of the chapter in this edition, without locale prefix (e.g. `/docs/next/corruption-risk`). */
  path: string;
  items: ChecklistItem[];
}

export interface EditionItems {
  edition: string;
  chapters: ChapterChecklist[];
  /**
   * For each other edition, the ids of the items both editions have whose question this edition
   * words differently (in either language): answers carried over from there must be looked at again.
   */
  reworded?: Record<string, string[]>;
}

export function allItems(edition: EditionItems): ChecklistItem[] {
  return edition.chapters.flatMap((c) => c.items);
}
