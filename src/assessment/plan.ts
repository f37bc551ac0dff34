/** The action plan: every item answered other than "Taip" (partly or no), with what to do about it. */
import type {ChecklistItem} from './checklist';
import type {EditionItems} from './edition-items';
import {emptyAction, type ActionEntry, type AssessmentState} from './model';

export interface PlanEntry {
  chapter: string;
  chapterIndex: number;
  itemIndex: number;
  item: ChecklistItem;
  answer: 'partly' | 'no';
  action: ActionEntry;
}

export type PlanOrder = 'weight' | 'chapter';

export function buildActionPlan(
  edition: EditionItems,
  state: AssessmentState,
  order: PlanOrder = 'weight',
): PlanEntry[] {
  const entries: PlanEntry[] = [];
  edition.chapters.forEach((chapter, chapterIndex) => {
    chapter.items.forEach((item, itemIndex) => {
      const answer = state.answers[item.id]?.answer;
      if (answer === 'partly' || answer === 'no') {
        entries.push({
          chapter: chapter.chapter,
          chapterIndex,
          itemIndex,
          item,
          answer,
          action: state.actions[item.id] ?? emptyAction(),
        });
      }
    });
  });
  const byBook = (a: PlanEntry, b: PlanEntry) => a.chapterIndex - b.chapterIndex || a.itemIndex - b.itemIndex;
  // Heavier first; among equals, "no" before "partly"; then book order.
  const byWeight = (a: PlanEntry, b: PlanEntry) =>
    b.item.weight - a.item.weight || (a.answer === b.answer ? 0 : a.answer === 'no' ? -1 : 1) || byBook(a, b);
  return entries.sort(order === 'weight' ? byWeight : (a, b) => byBook(a, b));
}
