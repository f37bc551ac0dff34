/**
 * Carrying answers over to a newer edition, by item id. Items the new edition no longer has are
 * reported, never silently dropped: they stay in the old edition's record, untouched.
 */
import {allItems, type EditionItems} from './edition-items';
import {emptyProfile, type AssessmentState} from './model';

export interface CarryOver {
  state: AssessmentState;
  /** Item ids whose answers were carried over. */
  carried: string[];
  /** Item ids answered in the old edition that this edition does not have. */
  notInEdition: string[];
}

export function carryOver(from: AssessmentState, to: EditionItems, now: number): CarryOver {
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
  return {state, carried, notInEdition};
}
