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
}

export function allItems(edition: EditionItems): ChecklistItem[] {
  return edition.chapters.flatMap((c) => c.items);
}

export function chapterOf(edition: EditionItems, itemId: string): ChapterChecklist | undefined {
  return edition.chapters.find((c) => c.items.some((i) => i.id === itemId));
}
