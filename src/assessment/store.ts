/**
 * Keeps one edition's assessment in the browser's localStorage (nothing is sent anywhere).
 * Every change is written at once (typing in a text field: a moment later, and at the latest when
 * the page is hidden), merged item by item with what another tab may have written in the meantime.
 * When storage is blocked or full the store goes on in memory and says so; stored data that cannot
 * be read is set aside under a backup key, never deleted. The store enforces the record's limits
 * itself, so that what it writes can always be read back.
 */
import {importedRecord, snapshotsOverLimit, type ImportOptions} from './import-merge';
import {
  emptyAction,
  emptyAnswer,
  emptyRecord,
  itemId,
  latestTime,
  LIMITS,
  mergeRecords,
  parseActionEntry,
  parseItemAnswer,
  parseProfile,
  parseRecord,
  pruneDeleted,
  type ActionEntry,
  type AssessmentRecord,
  type AssessmentState,
  type ItemAnswer,
  type Profile,
  type Snapshot,
} from './model';
import {READABLE_RECORD_VERSIONS, RECORD_VERSION, upgradeRecord} from './record-upgrade';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_PREFIX = 'skaidrumo-vadovas.assessment.v1.';
const STORE_FORMAT = 'skaidrumo-vadovas/assessment-store';

export function storageKey(edition: string): string {
  return STORAGE_PREFIX + edition;
}

/**
 * - persistent: answers are kept in this browser;
 * - unavailable: the browser does not let the site keep data (blocked, private mode);
 * - full: the browser's storage for the site is full.
 * In the last two the assessment works in memory until the page is closed.
 */
export type Persistence = 'persistent' | 'unavailable' | 'full';

export interface StoreState {
  record: AssessmentRecord;
  persistence: Persistence;
  /** Set when stored data could not be read and was set aside under this key. */
  setAsideKey: string | null;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      /quota/i.test(error.message))
  );
}

/** The history as JSON, kept while the list is the same: typing changes only the current state. */
const snapshotsJson = new WeakMap<AssessmentRecord['snapshots'], string>();

/** The stored form: the same text as `JSON.stringify({format, version, record})`, made faster. */
export function serializeRecord(record: AssessmentRecord): string {
  let snapshots = snapshotsJson.get(record.snapshots);
  if (snapshots === undefined) {
    snapshots = JSON.stringify(record.snapshots);
    snapshotsJson.set(record.snapshots, snapshots);
  }
  const part = JSON.stringify;
  return (
    `{"format":${part(STORE_FORMAT)},"version":${RECORD_VERSION},"record":{"edition":${part(record.edition)},` +
    `"current":${part(record.current)},"snapshots":${snapshots},` +
    `"deletedSnapshots":${part(record.deletedSnapshots)},"clearedAt":${part(record.clearedAt)}}}`
  );
}

/** The stored record, or null when there is none; throws when what is stored cannot be read. */
export function deserializeRecord(raw: string, edition: string): AssessmentRecord {
  const data = JSON.parse(raw) as {format?: unknown; version?: unknown; record?: unknown};
  if (
    data?.format !== STORE_FORMAT ||
    typeof data.version !== 'number' ||
    !READABLE_RECORD_VERSIONS.includes(data.version)
  ) {
    throw new Error('unknown stored format');
  }
  const record = parseRecord(upgradeRecord(data.record, data.version));
  if (record.edition !== edition) {
    throw new Error(`stored record belongs to edition ${record.edition}`);
  }
  return record;
}

let idCounter = 0;
function newId(now: number): string {
  idCounter += 1;
  return `${now.toString(36)}-${idCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface StoreOptions {
  /** Runs a coalesced write later (default: `setTimeout`). */
  schedule?: (task: () => void, delayMs: number) => void;
  /** How long typing may go unwritten, in milliseconds. */
  typingDelay?: number;
}

export interface ChangeOptions {
  /** A keystroke in a text field: written a moment later, together with the next ones. */
  typing?: boolean;
}

export class AssessmentStore {
  private state: StoreState;
  private readonly listeners = new Set<() => void>();
  /** What this store last wrote or read: when storage still holds it, there is nothing to merge. */
  private lastWritten: string | null = null;
  /** The last time given to a change: the store's clock never repeats or goes back. */
  private lastTime = 0;
  private unwritten = false;
  private readonly schedule: (task: () => void, delayMs: number) => void;
  private readonly typingDelay: number;

  constructor(
    readonly edition: string,
    private readonly storage: StorageLike | null,
    private readonly now: () => number = Date.now,
    options: StoreOptions = {},
  ) {
    this.schedule = options.schedule ?? ((task, delay) => void setTimeout(task, delay));
    this.typingDelay = options.typingDelay ?? 400;
    this.state = {
      record: emptyRecord(edition),
      persistence: storage ? 'persistent' : 'unavailable',
      setAsideKey: null,
    };
    this.load();
  }

  getState(): StoreState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(next: Partial<StoreState>): void {
    this.state = {...this.state, ...next};
    this.listeners.forEach((listener) => listener());
  }

  /** A time later than any this store has given or read. */
  private tick(): number {
    this.lastTime = Math.max(this.now(), this.lastTime + 1);
    return this.lastTime;
  }

  private seen(record: AssessmentRecord): AssessmentRecord {
    this.lastTime = Math.max(this.lastTime, latestTime(record));
    return record;
  }

  private load(): void {
    if (!this.storage) {
      return;
    }
    let raw: string | null;
    try {
      raw = this.storage.getItem(storageKey(this.edition));
    } catch {
      this.state = {...this.state, persistence: 'unavailable'};
      return;
    }
    if (raw === null) {
      return;
    }
    try {
      this.state = {...this.state, record: this.seen(deserializeRecord(raw, this.edition))};
      this.lastWritten = raw;
    } catch {
      this.state = {...this.state, setAsideKey: this.setAside(raw)};
    }
  }

  /** Moves unreadable stored data to a backup key so that nothing is lost; returns the key. */
  private setAside(raw: string): string {
    const key = storageKey(this.edition);
    const backup = `${key}.unreadable-${this.now()}`;
    this.storage?.setItem(backup, raw);
    this.storage?.removeItem(key);
    return backup;
  }

  /** Writes the record, merged with whatever another tab stored since this store last wrote. */
  private write(): void {
    this.unwritten = false;
    if (!this.storage) {
      return;
    }
    const key = storageKey(this.edition);
    let {record, setAsideKey} = this.state;
    let persistence: Persistence;
    try {
      const raw = this.storage.getItem(key);
      if (raw !== null && raw !== this.lastWritten) {
        try {
          record = mergeRecords(this.seen(deserializeRecord(raw, this.edition)), record);
        } catch {
          setAsideKey = this.setAside(raw);
        }
      }
      const serialized = serializeRecord(record);
      this.storage.setItem(key, serialized);
      this.lastWritten = serialized;
      persistence = 'persistent';
    } catch (error) {
      persistence = isQuotaError(error) ? 'full' : 'unavailable';
    }
    this.emit({record, persistence, setAsideKey});
  }

  private commit(record: AssessmentRecord, options: ChangeOptions = {}): void {
    if (!options.typing) {
      this.emit({record});
      this.write();
      return;
    }
    this.emit({record});
    if (!this.unwritten) {
      this.unwritten = true;
      this.schedule(() => this.flush(), this.typingDelay);
    }
  }

  /** Writes what typing left unwritten (the page calls it when it is hidden or closed). */
  flush(): void {
    if (this.unwritten) {
      this.write();
    }
  }

  /** Reads storage again, for a page shown again after it may have missed other tabs' changes. */
  refresh(): void {
    if (!this.storage) {
      return;
    }
    try {
      this.takeStored(this.storage.getItem(storageKey(this.edition)));
    } catch {
      // Storage cannot be reached: keep what this tab has.
    }
  }

  /** Takes in what storage holds (a storage event or a refresh), writing the merge back if it differs. */
  private takeStored(raw: string | null): void {
    if (raw === this.lastWritten) {
      return;
    }
    if (raw === null) {
      // Another tab or the browser removed the record.
      this.lastWritten = null;
      this.emit({record: emptyRecord(this.edition)});
      return;
    }
    let stored: AssessmentRecord;
    try {
      stored = this.seen(deserializeRecord(raw, this.edition));
    } catch {
      return; // Unreadable: the next write sets it aside.
    }
    const merged = mergeRecords(this.state.record, stored);
    this.lastWritten = raw;
    const differs = serializeRecord(merged) !== serializeRecord(mergeRecords(stored, stored));
    this.emit({record: merged});
    if (differs || this.unwritten) {
      this.write();
    }
  }

  private update(change: (record: AssessmentRecord) => AssessmentRecord, options?: ChangeOptions): void {
    this.commit(change(this.state.record), options);
  }

  setAnswer(id: string, patch: Partial<Omit<ItemAnswer, 'updatedAt'>>, options?: ChangeOptions): void {
    const path = `answers.${itemId(id, 'answers')}`;
    this.update((record) => {
      const answer = {...(record.current.answers[id] ?? emptyAnswer()), ...patch, updatedAt: this.tick()};
      const answers = {...record.current.answers, [id]: parseItemAnswer(answer, path)};
      return {...record, current: {...record.current, answers}};
    }, options);
  }

  /**
   * Answers an item (null: back to unanswered). An answer that puts the item in the action plan
   * ("Iš dalies", "Ne") starts its measure with `suggestion` when the plan row has none yet.
   */
  answerItem(id: string, answer: ItemAnswer['answer'], suggestion = ''): void {
    const path = itemId(id, 'answers');
    this.update((record) => {
      const current = record.current;
      const answers = {
        ...current.answers,
        [id]: parseItemAnswer(
          {...(current.answers[id] ?? emptyAnswer()), answer, updatedAt: this.tick()},
          `answers.${path}`,
        ),
      };
      const action = current.actions[id] ?? emptyAction();
      if ((answer !== 'partly' && answer !== 'no') || suggestion === '' || action.measure !== '') {
        return {...record, current: {...current, answers}};
      }
      const measure = suggestion.slice(0, LIMITS.plan);
      const actions = {
        ...current.actions,
        [id]: parseActionEntry({...action, measure, updatedAt: this.tick()}, `actions.${path}`),
      };
      return {...record, current: {...current, answers, actions}};
    });
  }

  setAction(id: string, patch: Partial<Omit<ActionEntry, 'updatedAt'>>, options?: ChangeOptions): void {
    const path = `actions.${itemId(id, 'actions')}`;
    this.update((record) => {
      const action = {...(record.current.actions[id] ?? emptyAction()), ...patch, updatedAt: this.tick()};
      const actions = {...record.current.actions, [id]: parseActionEntry(action, path)};
      return {...record, current: {...record.current, actions}};
    }, options);
  }

  setProfile(patch: Partial<Omit<Profile, 'updatedAt'>>, options?: ChangeOptions): void {
    this.update((record) => {
      const profile = parseProfile({...record.current.profile, ...patch, updatedAt: this.tick()}, 'profile');
      return {...record, current: {...record.current, profile}};
    }, options);
  }

  /** Whether another snapshot may be saved (at most `LIMITS.snapshots`). */
  canSaveSnapshot(): boolean {
    return this.state.record.snapshots.length < LIMITS.snapshots;
  }

  /** Saves the current state as a snapshot; null when the history is full (nothing changes). */
  saveSnapshot(label: string): Snapshot | null {
    this.flush();
    if (!this.canSaveSnapshot()) {
      return null;
    }
    const now = this.tick();
    const snapshot: Snapshot = {
      id: newId(now),
      savedAt: now,
      label: label.slice(0, LIMITS.shortText),
      state: this.state.record.current,
    };
    this.update((record) => ({...record, snapshots: [...record.snapshots, snapshot]}));
    return snapshot;
  }

  deleteSnapshot(id: string): void {
    this.update((record) => ({
      ...record,
      snapshots: record.snapshots.filter((s) => s.id !== id),
      deletedSnapshots: pruneDeleted([...record.deletedSnapshots, id]),
    }));
  }

  /**
   * Imports an exported record: its current answers replace or are merged into these (see
   * import-merge.ts), its snapshots join the history. With `keepAs`, the current answers are first
   * kept as a snapshot of that name. False (and nothing changed) when the history would be too long.
   */
  importRecord(incoming: AssessmentRecord, options: ImportOptions & {keepAs: string | null}): boolean {
    this.flush();
    if (options.keepAs !== null && !this.canSaveSnapshot()) {
      return false;
    }
    const after = importedRecord(this.state.record, incoming, options, this.now());
    if (snapshotsOverLimit(after, options.keepAs === null ? 0 : 1) !== null) {
      return false;
    }
    if (options.keepAs !== null) {
      this.saveSnapshot(options.keepAs);
    }
    const time = this.tick();
    this.update((record) => this.seen(importedRecord(record, incoming, options, time)));
    return true;
  }

  /** Replaces the current answers (carrying answers over from another edition). */
  replaceCurrent(next: AssessmentState): void {
    this.importRecord({...emptyRecord(this.edition), current: next}, {mode: 'replace', keepAs: null});
  }

  /**
   * Deletes everything kept for this edition: answers, profile, action plan and snapshots. What is
   * stored is the time of the deletion only, so that no tab brings back anything older.
   */
  clearAll(): void {
    this.unwritten = false;
    this.commit({...emptyRecord(this.edition), clearedAt: this.tick()});
  }

  /** Another tab changed localStorage (the `storage` event). */
  handleStorageEvent(key: string | null, newValue: string | null): void {
    if (key === null ? newValue === null : key === storageKey(this.edition)) {
      this.takeStored(newValue);
    }
  }
}

/** The browser's localStorage when the site may use it, otherwise null. */
export function browserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    // A full storage still reads: let the store find out and say so when it writes.
    return isQuotaError(error) ? window.localStorage : null;
  }
}

/** Editions other than `edition` that have a stored record, for carrying answers over. */
export function editionsWithAnswers(storage: StorageLike, editions: readonly string[]): string[] {
  return editions.filter((name) => {
    try {
      const raw = storage.getItem(storageKey(name));
      return raw !== null && Object.keys(deserializeRecord(raw, name).current.answers).length > 0;
    } catch {
      return false;
    }
  });
}
