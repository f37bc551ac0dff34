/**
 * The self-assessment record: one per edition, keyed by item id (never by language), kept in the
 * browser. Every field that a person edits carries its own `updatedAt`, so that two tabs (or an
 * import) can be merged item by item instead of one overwriting the other.
 */

export const ANSWERS = ['yes', 'partly', 'no', 'na'] as const;
export type Answer = (typeof ANSWERS)[number];

export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ItemAnswer {
  answer: Answer | null;
  /** A link or a document reference that proves the answer. */
  evidence: string;
  note: string;
  /** Milliseconds since the epoch of the last change. */
  updatedAt: number;
}

export interface ActionEntry {
  owner: string;
  /** ISO date (YYYY-MM-DD) or empty. */
  due: string;
  status: ActionStatus;
  updatedAt: number;
}

export interface Profile {
  institution: string;
  municipality: string;
  assessors: string;
  /** ISO date (YYYY-MM-DD) of the assessment or empty. */
  date: string;
  updatedAt: number;
}

/** What a person fills in: the state of one assessment at one moment. */
export interface AssessmentState {
  profile: Profile;
  answers: Record<string, ItemAnswer>;
  actions: Record<string, ActionEntry>;
}

export interface Snapshot {
  id: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  label: string;
  state: AssessmentState;
}

/** Everything kept for one edition. */
export interface AssessmentRecord {
  edition: string;
  current: AssessmentState;
  snapshots: Snapshot[];
  /** Ids of deleted snapshots, so that another tab's copy does not bring them back. */
  deletedSnapshots: string[];
}

export function emptyProfile(): Profile {
  return {institution: '', municipality: '', assessors: '', date: '', updatedAt: 0};
}

export function emptyState(): AssessmentState {
  return {profile: emptyProfile(), answers: {}, actions: {}};
}

export function emptyRecord(edition: string): AssessmentRecord {
  return {edition, current: emptyState(), snapshots: [], deletedSnapshots: []};
}

export function emptyAnswer(): ItemAnswer {
  return {answer: null, evidence: '', note: '', updatedAt: 0};
}

export function emptyAction(): ActionEntry {
  return {owner: '', due: '', status: 'todo', updatedAt: 0};
}

/* ------------------------------------------------------------------ validation */

/** Limits that keep a record (and an imported file) a sensible size. */
export const LIMITS = {
  text: 4_000,
  shortText: 300,
  items: 500,
  snapshots: 100,
} as const;

export class InvalidRecordError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectObject(value: Json, path: string): Record<string, Json> {
  if (!isObject(value)) {
    throw new InvalidRecordError(path, 'expected an object');
  }
  return value;
}

function text(value: Json, path: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string') {
    throw new InvalidRecordError(path, 'expected text');
  }
  if (value.length > max) {
    throw new InvalidRecordError(path, `longer than ${max} characters`);
  }
  return value;
}

function timestamp(value: Json, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 8.64e15) {
    throw new InvalidRecordError(path, 'expected a time in milliseconds');
  }
  return value;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isoDate(value: Json, path: string): string {
  const date = text(value, path, 10);
  if (date !== '' && !ISO_DATE.test(date)) {
    throw new InvalidRecordError(path, 'expected a date as YYYY-MM-DD');
  }
  return date;
}

function oneOf<T extends string>(value: Json, options: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new InvalidRecordError(path, `expected one of ${options.join(', ')}`);
  }
  return value as T;
}

const ITEM_ID = /^[a-z0-9-]+\.[a-z0-9-]+$/;

function keyedEntries<T>(
  value: Json,
  path: string,
  parse: (entry: Json, path: string) => T,
): Record<string, T> {
  const object = expectObject(value, path);
  const keys = Object.keys(object);
  if (keys.length > LIMITS.items) {
    throw new InvalidRecordError(path, `more than ${LIMITS.items} items`);
  }
  const result: Record<string, T> = {};
  for (const key of keys) {
    if (!ITEM_ID.test(key)) {
      throw new InvalidRecordError(`${path}.${key}`, 'not an item id');
    }
    result[key] = parse(object[key], `${path}.${key}`);
  }
  return result;
}

export function parseItemAnswer(value: Json, path: string): ItemAnswer {
  const o = expectObject(value, path);
  return {
    answer: o.answer === null ? null : oneOf(o.answer, ANSWERS, `${path}.answer`),
    evidence: text(o.evidence, `${path}.evidence`),
    note: text(o.note, `${path}.note`),
    updatedAt: timestamp(o.updatedAt, `${path}.updatedAt`),
  };
}

export function parseActionEntry(value: Json, path: string): ActionEntry {
  const o = expectObject(value, path);
  return {
    owner: text(o.owner, `${path}.owner`, LIMITS.shortText),
    due: isoDate(o.due, `${path}.due`),
    status: oneOf(o.status, ACTION_STATUSES, `${path}.status`),
    updatedAt: timestamp(o.updatedAt, `${path}.updatedAt`),
  };
}

export function parseProfile(value: Json, path: string): Profile {
  const o = expectObject(value, path);
  return {
    institution: text(o.institution, `${path}.institution`, LIMITS.shortText),
    municipality: text(o.municipality, `${path}.municipality`, LIMITS.shortText),
    assessors: text(o.assessors, `${path}.assessors`, LIMITS.shortText * 3),
    date: isoDate(o.date, `${path}.date`),
    updatedAt: timestamp(o.updatedAt, `${path}.updatedAt`),
  };
}

export function parseState(value: Json, path: string): AssessmentState {
  const o = expectObject(value, path);
  return {
    profile: parseProfile(o.profile, `${path}.profile`),
    answers: keyedEntries(o.answers, `${path}.answers`, parseItemAnswer),
    actions: keyedEntries(o.actions, `${path}.actions`, parseActionEntry),
  };
}

export function parseSnapshot(value: Json, path: string): Snapshot {
  const o = expectObject(value, path);
  return {
    id: text(o.id, `${path}.id`, 100),
    savedAt: timestamp(o.savedAt, `${path}.savedAt`),
    label: text(o.label, `${path}.label`, LIMITS.shortText),
    state: parseState(o.state, `${path}.state`),
  };
}

export function parseRecord(value: Json, path = 'record'): AssessmentRecord {
  const o = expectObject(value, path);
  const snapshots = o.snapshots;
  if (!Array.isArray(snapshots)) {
    throw new InvalidRecordError(`${path}.snapshots`, 'expected a list');
  }
  if (snapshots.length > LIMITS.snapshots) {
    throw new InvalidRecordError(`${path}.snapshots`, `more than ${LIMITS.snapshots} snapshots`);
  }
  const deleted = o.deletedSnapshots ?? [];
  if (!Array.isArray(deleted) || deleted.length > LIMITS.snapshots * 10) {
    throw new InvalidRecordError(`${path}.deletedSnapshots`, 'expected a list of snapshot ids');
  }
  return {
    edition: text(o.edition, `${path}.edition`, 40),
    current: parseState(o.current, `${path}.current`),
    snapshots: snapshots.map((s, i) => parseSnapshot(s, `${path}.snapshots[${i}]`)),
    deletedSnapshots: deleted.map((id, i) => text(id, `${path}.deletedSnapshots[${i}]`, 100)),
  };
}

/* ------------------------------------------------------------------ merging */

function newer<T extends {updatedAt: number}>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) {
    return b;
  }
  if (!b) {
    return a;
  }
  return b.updatedAt > a.updatedAt ? b : a;
}

function mergeKeyed<T extends {updatedAt: number}>(
  a: Record<string, T>,
  b: Record<string, T>,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const value = newer(a[key], b[key]);
    if (value) {
      result[key] = value;
    }
  }
  return result;
}

/** Item by item, the most recent change wins: what two tabs do never overwrites the other's work. */
export function mergeStates(a: AssessmentState, b: AssessmentState): AssessmentState {
  return {
    profile: newer(a.profile, b.profile) ?? emptyProfile(),
    answers: mergeKeyed(a.answers, b.answers),
    actions: mergeKeyed(a.actions, b.actions),
  };
}

export function mergeRecords(a: AssessmentRecord, b: AssessmentRecord): AssessmentRecord {
  const deleted = new Set([...a.deletedSnapshots, ...b.deletedSnapshots]);
  const snapshots = new Map<string, Snapshot>();
  for (const snapshot of [...a.snapshots, ...b.snapshots]) {
    if (!deleted.has(snapshot.id)) {
      snapshots.set(snapshot.id, snapshot);
    }
  }
  return {
    edition: a.edition,
    current: mergeStates(a.current, b.current),
    snapshots: Array.from(snapshots.values()).sort((x, y) => x.savedAt - y.savedAt),
    deletedSnapshots: Array.from(deleted),
  };
}

/**
 * `next` as the new current state, stamped `now` so that it wins every merge, with every entry
 * of `previous` that `next` lacks replaced by an empty one (a tombstone): replacing is not merging.
 */
export function replacementState(
  previous: AssessmentState,
  next: AssessmentState,
  now: number,
): AssessmentState {
  const stamp = <T extends {updatedAt: number}>(value: T): T => ({...value, updatedAt: now});
  const answers: Record<string, ItemAnswer> = {};
  for (const id of new Set([...Object.keys(previous.answers), ...Object.keys(next.answers)])) {
    answers[id] = stamp(next.answers[id] ?? emptyAnswer());
  }
  const actions: Record<string, ActionEntry> = {};
  for (const id of new Set([...Object.keys(previous.actions), ...Object.keys(next.actions)])) {
    actions[id] = stamp(next.actions[id] ?? emptyAction());
  }
  return {profile: stamp(next.profile), answers, actions};
}
