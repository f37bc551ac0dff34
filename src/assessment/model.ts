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
  /** What will be done (suggested from the item's guidance, edited by the working group). */
  measure: string;
  /** The result that shows the measure worked: measurable, as the guide's glossary asks. */
  indicator: string;
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
  /** When an import brought the snapshot (back) into this record, if it did. */
  importedAt?: number;
}

/** Everything kept for one edition. */
export interface AssessmentRecord {
  edition: string;
  current: AssessmentState;
  snapshots: Snapshot[];
  /** Ids of deleted snapshots, so that another tab's copy does not bring them back. */
  deletedSnapshots: string[];
  /**
   * When everything was last deleted (0: never). Nothing changed before that time comes back, from
   * another tab or anywhere else: deleting is final.
   */
  clearedAt: number;
}

export function emptyProfile(): Profile {
  return {institution: '', municipality: '', assessors: '', date: '', updatedAt: 0};
}

export function emptyState(): AssessmentState {
  return {profile: emptyProfile(), answers: {}, actions: {}};
}

export function emptyRecord(edition: string): AssessmentRecord {
  return {edition, current: emptyState(), snapshots: [], deletedSnapshots: [], clearedAt: 0};
}

export function emptyAnswer(): ItemAnswer {
  return {answer: null, evidence: '', note: '', updatedAt: 0};
}

export function emptyAction(): ActionEntry {
  return {measure: '', indicator: '', owner: '', due: '', status: 'todo', updatedAt: 0};
}

/* ------------------------------------------------------------------ validation */

/**
 * The limits that keep a record (and an imported file) a sensible size: the validators, the store
 * and the input fields' `maxLength` all take them from here.
 */
export const LIMITS = {
  /** Evidence and notes. */
  text: 4_000,
  /** Names, labels and the person responsible for an action. */
  shortText: 300,
  /** An action's measure and its result indicator. */
  plan: 2_000,
  /** The names of the assessors. */
  assessors: 900,
  /** Answers or actions in one state, and items in an exported file. */
  items: 500,
  /** Snapshots a store saves; more are refused with a message. */
  snapshots: 100,
  /** Ids of deleted snapshots kept; the oldest are dropped first. */
  deletedSnapshots: 1_000,
  /** Snapshot ids. */
  id: 100,
  /** Edition names. */
  edition: 40,
} as const;

/**
 * Two tabs saving a snapshot at the same moment may together pass `LIMITS.snapshots`: a record
 * with up to this many still reads, so that such a race never makes the stored record unreadable.
 */
export const SNAPSHOTS_READABLE = LIMITS.snapshots * 2;

/** A self-assessment item id: `chapter.item`. */
export const ITEM_ID = /^[a-z0-9-]+\.[a-z0-9-]+$/;

/** What is wrong with a value, as data, so that the interface can say it in the reader's language. */
export type Problem =
  | {code: 'object'}
  | {code: 'list'}
  | {code: 'text'}
  | {code: 'too-long'; max: number}
  | {code: 'too-many'; max: number}
  | {code: 'time'}
  | {code: 'date'}
  | {code: 'one-of'; options: readonly string[]}
  | {code: 'item-id'}
  | {code: 'item'}
  | {code: 'edition'}
  | {code: 'edition-mismatch'}
  | {code: 'unreadable'};

/** The problem in English, for logs and developers; people see `problemMessage` in the interface. */
export function describeProblem(problem: Problem): string {
  switch (problem.code) {
    case 'object':
      return 'expected an object';
    case 'list':
      return 'expected a list';
    case 'text':
      return 'expected text';
    case 'too-long':
      return `longer than ${problem.max} characters`;
    case 'too-many':
      return `more than ${problem.max} entries`;
    case 'time':
      return 'expected a time in milliseconds';
    case 'date':
      return 'expected a date as YYYY-MM-DD';
    case 'one-of':
      return `expected one of ${problem.options.join(', ')}`;
    case 'item-id':
      return 'not an item id';
    case 'item':
      return 'expected an item with id, chapter and weight 1–3';
    case 'edition':
      return 'expected an edition name';
    case 'edition-mismatch':
      return 'does not match the file edition';
    case 'unreadable':
      return 'the file could not be read';
  }
}

export class InvalidRecordError extends Error {
  constructor(
    readonly path: string,
    readonly problem: Problem,
  ) {
    super(`${path}: ${describeProblem(problem)}`);
  }
}

type Json = unknown;

export function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectObject(value: Json, path: string): Record<string, Json> {
  if (!isObject(value)) {
    throw new InvalidRecordError(path, {code: 'object'});
  }
  return value;
}

function text(value: Json, path: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string') {
    throw new InvalidRecordError(path, {code: 'text'});
  }
  if (value.length > max) {
    throw new InvalidRecordError(path, {code: 'too-long', max});
  }
  return value;
}

function timestamp(value: Json, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 8.64e15) {
    throw new InvalidRecordError(path, {code: 'time'});
  }
  return value;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isoDate(value: Json, path: string): string {
  const date = text(value, path, 10);
  if (date !== '' && !ISO_DATE.test(date)) {
    throw new InvalidRecordError(path, {code: 'date'});
  }
  return date;
}

function oneOf<T extends string>(value: Json, options: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new InvalidRecordError(path, {code: 'one-of', options});
  }
  return value as T;
}

/** A list of at most `max` entries. */
export function list(value: Json, path: string, max: number): Json[] {
  if (!Array.isArray(value)) {
    throw new InvalidRecordError(path, {code: 'list'});
  }
  if (value.length > max) {
    throw new InvalidRecordError(path, {code: 'too-many', max});
  }
  return value;
}

export function itemId(value: Json, path: string): string {
  if (typeof value !== 'string' || !ITEM_ID.test(value)) {
    throw new InvalidRecordError(path, {code: 'item-id'});
  }
  return value;
}

function keyedEntries<T>(
  value: Json,
  path: string,
  parse: (entry: Json, path: string) => T,
): Record<string, T> {
  const object = expectObject(value, path);
  const keys = Object.keys(object);
  if (keys.length > LIMITS.items) {
    throw new InvalidRecordError(path, {code: 'too-many', max: LIMITS.items});
  }
  const result: Record<string, T> = {};
  for (const key of keys) {
    result[itemId(key, `${path}.${key}`)] = parse(object[key], `${path}.${key}`);
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
    measure: text(o.measure, `${path}.measure`, LIMITS.plan),
    indicator: text(o.indicator, `${path}.indicator`, LIMITS.plan),
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
    assessors: text(o.assessors, `${path}.assessors`, LIMITS.assessors),
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
  const snapshot: Snapshot = {
    id: text(o.id, `${path}.id`, LIMITS.id),
    savedAt: timestamp(o.savedAt, `${path}.savedAt`),
    label: text(o.label, `${path}.label`, LIMITS.shortText),
    state: parseState(o.state, `${path}.state`),
  };
  if (o.importedAt !== undefined) {
    snapshot.importedAt = timestamp(o.importedAt, `${path}.importedAt`);
  }
  return snapshot;
}

export function parseEdition(value: Json, path: string): string {
  const edition = text(value, path, LIMITS.edition);
  if (edition === '') {
    throw new InvalidRecordError(path, {code: 'edition'});
  }
  return edition;
}

export function parseRecord(value: Json, path = 'record'): AssessmentRecord {
  const o = expectObject(value, path);
  const snapshots = list(o.snapshots, `${path}.snapshots`, SNAPSHOTS_READABLE);
  const deleted = list(o.deletedSnapshots ?? [], `${path}.deletedSnapshots`, LIMITS.deletedSnapshots);
  return {
    edition: parseEdition(o.edition, `${path}.edition`),
    current: parseState(o.current, `${path}.current`),
    snapshots: snapshots.map((s, i) => parseSnapshot(s, `${path}.snapshots[${i}]`)),
    deletedSnapshots: deleted.map((id, i) => text(id, `${path}.deletedSnapshots[${i}]`, LIMITS.id)),
    clearedAt: o.clearedAt === undefined ? 0 : timestamp(o.clearedAt, `${path}.clearedAt`),
  };
}

/* ------------------------------------------------------------------ merging */

/** The entry whose change is the more recent; on a tie, the same one whichever order they come in. */
function newer<T extends {updatedAt: number}>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) {
    return b;
  }
  if (!b || a === b) {
    return a;
  }
  if (a.updatedAt !== b.updatedAt) {
    return b.updatedAt > a.updatedAt ? b : a;
  }
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

/** Entries of both, the newer of each, keys sorted (so that a merge does not depend on the order). */
function mergeKeyed<T extends {updatedAt: number}>(
  a: Record<string, T>,
  b: Record<string, T>,
  clearedAt: number,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const key of Array.from(new Set([...Object.keys(a), ...Object.keys(b)])).sort()) {
    const value = newer(a[key], b[key]);
    if (value && value.updatedAt > clearedAt) {
      result[key] = value;
    }
  }
  return result;
}

/**
 * Item by item, the most recent change wins: what two tabs do never overwrites the other's work.
 * Changes made before `clearedAt` (when everything was deleted) are gone.
 */
export function mergeStates(a: AssessmentState, b: AssessmentState, clearedAt = 0): AssessmentState {
  const profile = newer(a.profile, b.profile);
  return {
    profile: profile && profile.updatedAt > clearedAt ? profile : emptyProfile(),
    answers: mergeKeyed(a.answers, b.answers, clearedAt),
    actions: mergeKeyed(a.actions, b.actions, clearedAt),
  };
}

/** When a snapshot last came into the record: saved, or brought back by an import. */
function keptAt(snapshot: Snapshot): number {
  return Math.max(snapshot.savedAt, snapshot.importedAt ?? 0);
}

/** The most recent deletions, at most `LIMITS.deletedSnapshots`; snapshot ids begin with their time. */
export function pruneDeleted(ids: Iterable<string>): string[] {
  return Array.from(new Set(ids)).sort().slice(-LIMITS.deletedSnapshots);
}

export function mergeRecords(a: AssessmentRecord, b: AssessmentRecord): AssessmentRecord {
  const clearedAt = Math.max(a.clearedAt, b.clearedAt);
  const deleted = new Set([...a.deletedSnapshots, ...b.deletedSnapshots]);
  const snapshots = new Map<string, Snapshot>();
  for (const snapshot of [...a.snapshots, ...b.snapshots]) {
    const known = snapshots.get(snapshot.id);
    if (
      !deleted.has(snapshot.id) &&
      keptAt(snapshot) > clearedAt &&
      (!known || keptAt(snapshot) > keptAt(known))
    ) {
      snapshots.set(snapshot.id, snapshot);
    }
  }
  return {
    edition: a.edition,
    current: mergeStates(a.current, b.current, clearedAt),
    snapshots: Array.from(snapshots.values()).sort(
      (x, y) => x.savedAt - y.savedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    ),
    deletedSnapshots: pruneDeleted(deleted),
    clearedAt,
  };
}

/** The latest time in a record, so that a store's clock never goes behind what it has read. */
export function latestTime(record: AssessmentRecord): number {
  const states = [record.current, ...record.snapshots.map((s) => s.state)];
  let latest = record.clearedAt;
  for (const snapshot of record.snapshots) {
    latest = Math.max(latest, keptAt(snapshot));
  }
  for (const state of states) {
    latest = Math.max(latest, state.profile.updatedAt);
    for (const entry of [...Object.values(state.answers), ...Object.values(state.actions)]) {
      latest = Math.max(latest, entry.updatedAt);
    }
  }
  return latest;
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
