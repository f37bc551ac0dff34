/**
 * Carrying answers over to a newer edition, by item id. Items the new edition no longer has are
 * reported, never silently dropped: they stay in the old edition's record, untouched. Items it
 * words differently are carried over and reported, so that their answers are looked at again.
 */
import {LOCALES, type ChecklistItem} from './checklist';
import {allItems, type EditionItems} from './edition-items';
import {emptyProfile, type AssessmentState} from './model';

export interface CarryOver {
  state: AssessmentState;
  /** Item ids whose answers were carried over. */
  carried: string[];
  /** Item ids answered in the old edition that this edition does not have. */
  notInEdition: string[];
  /** Carried item ids whose question this edition words differently from the old one. */
  reworded: string[];
}

/** Ids of the items both lists have whose question differs in either language, in `newer`'s order. */
export function rewordedItems(
  older: readonly Pick<ChecklistItem, 'id' | 'question'>[],
  newer: readonly Pick<ChecklistItem, 'id' | 'question'>[],
): string[] {
  const before = new Map(older.map((item) => [item.id, item.question]));
  return newer
    .filter((item) => {
      const question = before.get(item.id);
      return question !== undefined && LOCALES.some((locale) => question[locale] !== item.question[locale]);
    })
    .map((item) => item.id);
}

/**
 * `fromEdition` names the edition the answers come from, so that the items `to` rewords since
 * then (`to.reworded[fromEdition]`) are reported among those carried over.
 */
export function carryOver(
  from: AssessmentState,
  to: EditionItems,
  now: number,
  fromEdition?: string,
): CarryOver {
  const known = new Set(allItems(to).map((i) => i.id));
  const answered = Object.entries(from.answers).filter(
    ([, a]) => a.answer !== null || a.evidence !== '' || a.note !== '',
  );
  const kept = answered.filter(([id]) => known.has(id));
  const carried = kept.map(([id]) => id);
  const notInEdition = answered.filter(([id]) => !known.has(id)).map(([id]) => id);
  const state: AssessmentState = {
    profile: from.profile.updatedAt > 0 ? {...from.profile, updatedAt: now} : emptyProfile(),
    answers: Object.fromEntries(kept.map(([id, answer]) => [id, {...answer, updatedAt: now}])),
    actions: Object.fromEntries(
      Object.entries(from.actions)
        .filter(([id]) => known.has(id))
        .map(([id, action]) => [id, {...action, updatedAt: now}]),
    ),
  };
  const changed = new Set(fromEdition ? (to.reworded?.[fromEdition] ?? []) : []);
  const reworded = carried.filter((id) => changed.has(id));
  return {state, carried, notInEdition, reworded};
}
