/**
 * Keeps one edition's assessment in the browser's localStorage (nothing is sent anywhere).
 * Every change is written at once, merged item by item with what another tab may have written in
 * the meantime. When storage is blocked or full the store goes on in memory and says so; stored
 * data that cannot be read is set aside under a backup key, never deleted.
 */
import {
  emptyAction,
  emptyAnswer,
  emptyRecord,
  mergeRecords,
  parseRecord,
  replacementState,
  type ActionEntry,
  type AssessmentRecord,
  type AssessmentState,
  type ItemAnswer,
  type Profile,
  type Snapshot,
} from './model';

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

export function serializeRecord(record: AssessmentRecord): string {
  return JSON.stringify({format: STORE_FORMAT, version: 1, record});
}

/** The stored record, or null when there is none; throws when what is stored cannot be read. */
export function deserializeRecord(raw: string, edition: string): AssessmentRecord {
  const data = JSON.parse(raw) as {format?: unknown; version?: unknown; record?: unknown};
  if (data?.format !== STORE_FORMAT || data.version !== 1) {
    throw new Error('unknown stored format');
  }
  const record = parseRecord(data.record);
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

export class AssessmentStore {
  private state: StoreState;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly edition: string,
    private readonly storage: StorageLike | null,
    private readonly now: () => number = Date.now,
  ) {
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

  private readStored(): AssessmentRecord | null {
    if (!this.storage) {
      return null;
    }
    const raw = this.storage.getItem(storageKey(this.edition));
    return raw === null ? null : deserializeRecord(raw, this.edition);
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
      this.state = {...this.state, record: deserializeRecord(raw, this.edition)};
    } catch {
      this.setAside(raw);
    }
  }

  /** Moves unreadable stored data to a backup key so that nothing is lost, and starts afresh. */
  private setAside(raw: string): void {
    const key = storageKey(this.edition);
    const backup = `${key}.unreadable-${this.now()}`;
    try {
      this.storage?.setItem(backup, raw);
      this.storage?.removeItem(key);
      this.state = {...this.state, setAsideKey: backup};
    } catch {
      this.state = {...this.state, persistence: 'unavailable'};
    }
  }

  /** Writes the record merged with whatever another tab stored meanwhile. */
  private commit(record: AssessmentRecord): void {
    let merged = record;
    let persistence: Persistence = this.state.persistence;
    if (this.storage) {
      try {
        const stored = this.readStored();
        merged = stored ? mergeRecords(stored, record) : record;
        this.storage.setItem(storageKey(this.edition), serializeRecord(merged));
        persistence = 'persistent';
      } catch (error) {
        persistence = isQuotaError(error) ? 'full' : 'unavailable';
      }
    }
    this.emit({record: merged, persistence});
  }

  private update(change: (current: AssessmentState) => AssessmentState): void {
    const record = this.state.record;
    this.commit({...record, current: change(record.current)});
  }

  setAnswer(itemId: string, patch: Partial<Omit<ItemAnswer, 'updatedAt'>>): void {
    this.update((current) => ({
      ...current,
      answers: {
        ...current.answers,
        [itemId]: {...(current.answers[itemId] ?? emptyAnswer()), ...patch, updatedAt: this.now()},
      },
    }));
  }

  setAction(itemId: string, patch: Partial<Omit<ActionEntry, 'updatedAt'>>): void {
    this.update((current) => ({
      ...current,
      actions: {
        ...current.actions,
        [itemId]: {...(current.actions[itemId] ?? emptyAction()), ...patch, updatedAt: this.now()},
      },
    }));
  }

  setProfile(patch: Partial<Omit<Profile, 'updatedAt'>>): void {
    this.update((current) => ({...current, profile: {...current.profile, ...patch, updatedAt: this.now()}}));
  }

  saveSnapshot(label: string): Snapshot {
    const now = this.now();
    const snapshot: Snapshot = {id: newId(now), savedAt: now, label, state: this.state.record.current};
    this.commit({...this.state.record, snapshots: [...this.state.record.snapshots, snapshot]});
    return snapshot;
  }

  deleteSnapshot(id: string): void {
    const record = this.state.record;
    this.commit({
      ...record,
      snapshots: record.snapshots.filter((s) => s.id !== id),
      deletedSnapshots: [...record.deletedSnapshots, id],
    });
  }

  /** Replaces the current answers (an import), optionally keeping the old ones as a snapshot first. */
  replaceCurrent(next: AssessmentState, keepAsSnapshot: string | null): void {
    if (keepAsSnapshot !== null) {
      this.saveSnapshot(keepAsSnapshot);
    }
    const record = this.state.record;
    this.commit({...record, current: replacementState(record.current, next, this.now())});
  }

  /** Deletes everything kept for this edition: answers, profile, action plan and snapshots. */
  clearAll(): void {
    try {
      this.storage?.removeItem(storageKey(this.edition));
    } catch {
      // Nothing stored can be reached; memory is cleared below all the same.
    }
    this.emit({record: emptyRecord(this.edition)});
  }

  /** Another tab changed localStorage (the `storage` event). */
  handleStorageEvent(key: string | null, newValue: string | null): void {
    if (key === null) {
      if (newValue === null) {
        this.emit({record: emptyRecord(this.edition)});
      }
      return;
    }
    if (key !== storageKey(this.edition)) {
      return;
    }
    if (newValue === null) {
      this.emit({record: emptyRecord(this.edition)});
      return;
    }
    try {
      this.emit({record: mergeRecords(this.state.record, deserializeRecord(newValue, this.edition))});
    } catch {
      // Another tab wrote something unreadable: keep what this tab has.
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
