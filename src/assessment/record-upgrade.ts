/**
 * Versions of the stored record and of the exported file, and the upgrade of older data to the
 * current shape before it is validated. Version 2 gave every action-plan entry its measure and its
 * result indicator; a version 1 record (or file) gets both empty, and nothing else changes.
 */
import {isObject} from './model';

/** The version of the record kept in the browser's storage. */
export const RECORD_VERSION = 2;
/** The versions this code can read (older ones are upgraded). */
export const READABLE_RECORD_VERSIONS: readonly number[] = [1, 2];

function upgradeActions(actions: unknown): unknown {
  if (!isObject(actions)) {
    return actions;
  }
  return Object.fromEntries(
    Object.entries(actions).map(([id, entry]) => [
      id,
      isObject(entry) ? {measure: '', indicator: '', ...entry} : entry,
    ]),
  );
}

function upgradeState(state: unknown): unknown {
  return isObject(state) ? {...state, actions: upgradeActions(state.actions)} : state;
}

/**
 * The raw record (as parsed JSON) of `version` in the shape of `RECORD_VERSION`; anything that is
 * not the expected shape is left as it is, for validation to name the problem.
 */
export function upgradeRecord(record: unknown, version: number): unknown {
  if (version >= RECORD_VERSION || !isObject(record)) {
    return record;
  }
  return {
    ...record,
    current: upgradeState(record.current),
    snapshots: Array.isArray(record.snapshots)
      ? record.snapshots.map((s: unknown) => (isObject(s) ? {...s, state: upgradeState(s.state)} : s))
      : record.snapshots,
  };
}

const SUGGESTION = /(?:Kaip\s+pasiekti|How\s+to\s+get\s+there)\s*:\s*/;

/**
 * The measure a plan row starts with: the item's guidance from "How to get there:" on (the part
 * that says what to do), or the whole guidance when it has no such part. It is only a suggestion:
 * the working group edits it.
 */
export function suggestedMeasure(guidance: string): string {
  const match = SUGGESTION.exec(guidance);
  const text = match ? guidance.slice(match.index + match[0].length) : guidance;
  return text.replace(/\s+/g, ' ').trim();
}
