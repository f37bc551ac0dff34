/**
 * What an import does to the record, in one place for the store and the preview (so the preview
 * always says what the import will do). Two modes: `replace` the current answers with the file's, or
 * `merge` the file into them item by item, the newer answer winning unless the person chose
 * otherwise, as a working group's coordinator does with the members' files. Either way the file's
 * snapshots join the history by id; a snapshot deleted here stays deleted.
 */
import {
  emptyProfile,
  LIMITS,
  mergeRecords,
  replacementState,
  type AssessmentRecord,
  type AssessmentState,
  type ItemAnswer,
  type Profile,
} from './model';

export type ImportMode = 'replace' | 'merge';
/** For an item answered differently here and in the file: which answer to keep. */
export type Choice = 'mine' | 'theirs';

export interface AnswerConflict {
  id: string;
  mine: ItemAnswer;
  theirs: ItemAnswer;
  /** Which one is the more recent change (what the merge keeps unless told otherwise). */
  newer: Choice;
}

function hasContent(answer: ItemAnswer | undefined): answer is ItemAnswer {
  return answer !== undefined && (answer.answer !== null || answer.evidence !== '' || answer.note !== '');
}

function sameAnswer(a: ItemAnswer, b: ItemAnswer): boolean {
  return a.answer === b.answer && a.evidence === b.evidence && a.note === b.note;
}

/** Items both have answered, differently: the coordinator chooses for each (the newer by default). */
export function answerConflicts(current: AssessmentState, incoming: AssessmentState): AnswerConflict[] {
  return Object.keys(incoming.answers)
    .sort()
    .flatMap((id) => {
      const mine = current.answers[id];
      const theirs = incoming.answers[id];
      if (!hasContent(mine) || !hasContent(theirs) || sameAnswer(mine, theirs)) {
        return [];
      }
      return [{id, mine, theirs, newer: theirs.updatedAt > mine.updatedAt ? 'theirs' : 'mine'} as const];
    });
}

/**
 * The time to give an entry taken from the file: its own (so that "newer" keeps meaning when each
 * member answered), yet after the entry it replaces and after the last deletion, so that it wins
 * the merge with what is stored.
 */
function takenAt(theirs: number, mine: number | undefined, clearedAt: number): number {
  return Math.max(theirs, (mine ?? 0) + 1, clearedAt + 1);
}

function mergedProfile(mine: Profile, theirs: Profile, clearedAt: number): Profile {
  const fields = ['institution', 'municipality', 'assessors', 'date'] as const;
  if (fields.every((f) => mine[f] !== '' || theirs[f] === '')) {
    return mine;
  }
  const profile = {...emptyProfile(), updatedAt: takenAt(theirs.updatedAt, mine.updatedAt, clearedAt)};
  for (const f of fields) {
    profile[f] = mine[f] !== '' ? mine[f] : theirs[f];
  }
  return profile;
}

/**
 * The file merged into the current state: what only the file has is added, what both have answered
 * differently follows `choices` (by default the newer change).
 */
export function mergedState(
  current: AssessmentState,
  incoming: AssessmentState,
  choices: Readonly<Record<string, Choice>>,
  clearedAt = 0,
): AssessmentState {
  const answers = {...current.answers};
  for (const [id, theirs] of Object.entries(incoming.answers)) {
    const mine = current.answers[id];
    if (!hasContent(theirs) || (mine && sameAnswer(mine, theirs))) {
      continue;
    }
    const choice = hasContent(mine)
      ? (choices[id] ?? (theirs.updatedAt > mine.updatedAt ? 'theirs' : 'mine'))
      : 'theirs';
    if (choice === 'theirs') {
      answers[id] = {...theirs, updatedAt: takenAt(theirs.updatedAt, mine?.updatedAt, clearedAt)};
    }
  }
  // An action follows its item's answer: taken from the file when the answer is.
  const actions = {...current.actions};
  for (const [id, theirs] of Object.entries(incoming.actions)) {
    const mine = current.actions[id];
    if (!mine || answers[id] !== current.answers[id]) {
      actions[id] = {...theirs, updatedAt: takenAt(theirs.updatedAt, mine?.updatedAt, clearedAt)};
    }
  }
  return {profile: mergedProfile(current.profile, incoming.profile, clearedAt), answers, actions};
}

export interface ImportOptions {
  mode: ImportMode;
  /** In `merge` mode, the coordinator's choice for items answered differently. */
  choices?: Readonly<Record<string, Choice>>;
}

/** The record after importing `incoming`: the new current state, and the file's history joined by id. */
export function importedRecord(
  record: AssessmentRecord,
  incoming: AssessmentRecord,
  options: ImportOptions,
  now: number,
): AssessmentRecord {
  const current =
    options.mode === 'replace'
      ? replacementState(record.current, incoming.current, now)
      : mergedState(record.current, incoming.current, options.choices ?? {}, record.clearedAt);
  // Snapshots new here arrive now; the merge drops any whose id this record or the file deleted.
  const known = new Set(record.snapshots.map((s) => s.id));
  const arriving = incoming.snapshots.filter((s) => !known.has(s.id)).map((s) => ({...s, importedAt: now}));
  return mergeRecords({...record, current}, {...incoming, current, snapshots: arriving, clearedAt: 0});
}

/** How many snapshots the record would hold (with `more` to come), when that passes the limit; else null. */
export function snapshotsOverLimit(record: AssessmentRecord, more = 0): number | null {
  const count = record.snapshots.length + more;
  return count > LIMITS.snapshots ? count : null;
}
