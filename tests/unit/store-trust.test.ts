/**
 * What the self-assessment store promises a working group: no answer lost, no deleted data back,
 * limits enforced where data is written, and a keystroke that does not rewrite the whole record.
 */
import {describe, expect, it} from 'vitest';
import {exportJson, parseImport} from '../../src/assessment/exchange';
import {LIMITS, type AssessmentRecord} from '../../src/assessment/model';
import {AssessmentStore, serializeRecord, storageKey} from '../../src/assessment/store';
import {clock, EDITION, MemoryStorage} from '../support/assessment-fixtures';

const KEY = storageKey('current');
const reload = (storage: MemoryStorage) => new AssessmentStore('current', storage, clock(2e12));

/** A storage that counts what the store asks of it. */
class CountingStorage extends MemoryStorage {
  reads = 0;
  writes = 0;
  override getItem(key: string): string | null {
    this.reads++;
    return super.getItem(key);
  }
  override setItem(key: string, value: string): void {
    this.writes++;
    super.setItem(key, value);
  }
}

/** Runs what the store scheduled only when the test says so. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  return {
    schedule: (task: () => void) => {
      queue.push(task);
    },
    run: () => queue.splice(0).forEach((task) => task()),
    get size() {
      return queue.length;
    },
  };
}

describe('1. limits are enforced where the record is written', () => {
  it(`refuses snapshot ${LIMITS.snapshots + 1} and goes on saving answers`, () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, clock());
    for (let i = 0; i < LIMITS.snapshots; i++) {
      expect(store.saveSnapshot(`${i}`)).not.toBeNull();
    }
    expect(store.saveSnapshot('one too many')).toBeNull();
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    expect(store.getState().persistence).toBe('persistent');
    const again = reload(storage);
    expect(again.getState().setAsideKey).toBeNull();
    expect(again.getState().record.snapshots).toHaveLength(LIMITS.snapshots);
    expect(again.getState().record.current.answers['corruption-risk.register']?.answer).toBe('yes');
  });

  it('prunes the ids of deleted snapshots so that the record stays readable', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, clock());
    for (let i = 0; i < LIMITS.snapshots * 10 + 5; i++) {
      const snapshot = store.saveSnapshot('');
      store.deleteSnapshot(snapshot?.id ?? '');
    }
    store.setAnswer('corruption-risk.register', {answer: 'no'});
    expect(store.getState().persistence).toBe('persistent');
    const again = reload(storage);
    expect(again.getState().setAsideKey).toBeNull();
    expect(again.getState().record.current.answers['corruption-risk.register']?.answer).toBe('no');
    expect(again.getState().record.deletedSnapshots.length).toBeLessThanOrEqual(LIMITS.deletedSnapshots);
    // The most recent deletions are the ones kept.
    expect(again.getState().record.deletedSnapshots).toContain(
      store.getState().record.deletedSnapshots.at(-1),
    );
  });

  it('sets unreadable stored data aside when saving, instead of saying storage is unavailable', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, clock());
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    storage.data.set(KEY, '{"written by": "something else"}');
    store.setAnswer('corruption-risk.matrix', {answer: 'no'});
    expect(store.getState().persistence).toBe('persistent');
    expect(store.getState().setAsideKey).toMatch(/\.unreadable-/);
    expect(storage.data.get(store.getState().setAsideKey ?? '')).toBe('{"written by": "something else"}');
    expect(Object.keys(reload(storage).getState().record.current.answers)).toHaveLength(2);
  });

  it('refuses text longer than the limits and item ids that are not ids, keeping storage readable', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, clock());
    expect(() => store.setAnswer('corruption-risk.register', {note: 'x'.repeat(LIMITS.text + 1)})).toThrow();
    expect(() => store.setAction('not an id', {owner: 'A'})).toThrow();
    expect(() => store.setProfile({institution: 'x'.repeat(LIMITS.shortText + 1)})).toThrow();
    store.setAnswer('corruption-risk.register', {note: 'x'.repeat(LIMITS.text)});
    expect(reload(storage).getState().setAsideKey).toBeNull();
  });
});

describe('2. two edits in the same millisecond both survive', () => {
  it('with a clock that stands still', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, () => 1_000);
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    store.setAnswer('corruption-risk.register', {answer: 'no'});
    store.setProfile({institution: 'A'});
    store.setProfile({institution: 'B'});
    expect(store.getState().record.current.answers['corruption-risk.register']?.answer).toBe('no');
    const again = new AssessmentStore('current', storage, () => 1_000);
    expect(again.getState().record.current.answers['corruption-risk.register']?.answer).toBe('no');
    expect(again.getState().record.current.profile.institution).toBe('B');
  });

  it('in another tab too, which held the first edit when the second arrived', () => {
    const storage = new MemoryStorage();
    const tab1 = new AssessmentStore('current', storage, () => 1_000);
    const tab2 = new AssessmentStore('current', storage, () => 1_000);
    for (const answer of ['no', 'yes'] as const) {
      tab1.setAnswer('corruption-risk.register', {answer: 'partly'});
      tab2.handleStorageEvent(KEY, storage.getItem(KEY));
      tab1.setAnswer('corruption-risk.register', {answer});
      tab2.handleStorageEvent(KEY, storage.getItem(KEY));
      expect(tab2.getState().record.current.answers['corruption-risk.register']?.answer).toBe(answer);
    }
  });

  it('with a clock that went back in time', () => {
    const storage = new MemoryStorage();
    new AssessmentStore('current', storage, () => 5_000).setAnswer('corruption-risk.register', {
      answer: 'yes',
    });
    const other = new AssessmentStore('current', storage, () => 5_000);
    const later = new AssessmentStore('current', storage, () => 4_000);
    later.setAnswer('corruption-risk.register', {answer: 'partly'});
    other.handleStorageEvent(KEY, storage.getItem(KEY));
    expect(other.getState().record.current.answers['corruption-risk.register']?.answer).toBe('partly');
    expect(reload(storage).getState().record.current.answers['corruption-risk.register']?.answer).toBe(
      'partly',
    );
  });
});

function filled(storage: MemoryStorage): AssessmentStore {
  const store = new AssessmentStore('current', storage, clock());
  store.setProfile({institution: 'Utenos globos namai', assessors: 'Jonas Jonaitis, Ona Onaitė'});
  store.setAnswer('corruption-risk.register', {answer: 'yes', evidence: 'Įsakymas Nr. V-12'});
  store.setAnswer('social-services.criteria', {answer: 'no', note: 'Nėra tvarkos'});
  store.setAction('social-services.criteria', {owner: 'Direktorė', due: '2027-03-01'});
  store.saveSnapshot('2025 m.');
  store.setAnswer('corruption-risk.matrix', {answer: 'partly'});
  const second = store.saveSnapshot('2026 m.');
  store.saveSnapshot('ištrintas');
  store.deleteSnapshot(store.getState().record.snapshots.at(-1)?.id ?? '');
  expect(second).not.toBeNull();
  return store;
}

/** A record without its timestamps, to compare what a person sees. */
function content(record: AssessmentRecord): unknown {
  return JSON.parse(
    JSON.stringify(record, (key, value: unknown) =>
      key === 'updatedAt' || key === 'clearedAt' || key === 'importedAt' ? undefined : value,
    ),
  );
}

describe('3. export, delete everything and import give back the whole record', () => {
  it('current answers, profile, action plan, snapshots and deleted snapshots', () => {
    const storage = new MemoryStorage();
    const store = filled(storage);
    const original = store.getState().record;
    const parsed = parseImport(exportJson(original, EDITION, new Date()), EDITION);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    store.clearAll();
    store.importRecord(parsed.file.record, {mode: 'replace', keepAs: null});
    expect(content(store.getState().record)).toEqual(content(original));
    expect(content(reload(storage).getState().record)).toEqual(content(original));
  });

  it('merges snapshots by id and never brings back one deleted here', () => {
    const storage = new MemoryStorage();
    const store = filled(storage);
    const file = store.getState().record;
    const [first] = file.snapshots;
    store.deleteSnapshot(first?.id ?? '');
    store.saveSnapshot('naujas');
    store.importRecord(file, {mode: 'replace', keepAs: null});
    const labels = reload(storage)
      .getState()
      .record.snapshots.map((s) => s.label);
    expect(labels).toEqual(['2026 m.', 'naujas']);
  });
});

describe('4. deleting everything is final across tabs', () => {
  it('a tab that missed the storage event cannot write the deleted record back', () => {
    const storage = new MemoryStorage();
    const tab1 = filled(storage);
    const tab2 = new AssessmentStore('current', storage, clock(1_700_000_100_000));
    tab1.clearAll();
    // tab2 was frozen and never heard of it; its user edits one more item.
    tab2.setAnswer('social-services.four-eyes', {answer: 'yes'});
    const {record} = reload(storage).getState();
    expect(Object.keys(record.current.answers)).toEqual(['social-services.four-eyes']);
    expect(record.current.profile.assessors).toBe('');
    expect(record.current.actions).toEqual({});
    expect(record.snapshots).toEqual([]);
    expect(tab2.getState().record.current.profile.assessors).toBe('');
  });

  it('a tab re-reads storage when it is shown again (pageshow, visibilitychange)', () => {
    const storage = new MemoryStorage();
    const tab1 = filled(storage);
    const tab2 = new AssessmentStore('current', storage, clock(1_700_000_100_000));
    tab1.clearAll();
    tab2.refresh();
    expect(tab2.getState().record.current.answers).toEqual({});
    expect(tab2.getState().record.snapshots).toEqual([]);
  });

  it('a merge made from a storage event is written back when it differs', () => {
    const storage = new MemoryStorage();
    const tab1 = new AssessmentStore('current', storage, clock());
    const tab2 = new AssessmentStore('current', storage, clock(1_700_000_100_000));
    storage.failWrites = 'quota';
    tab2.setAnswer('social-services.criteria', {answer: 'partly'});
    storage.failWrites = null;
    tab1.setAnswer('corruption-risk.register', {answer: 'yes'});
    tab2.handleStorageEvent(KEY, storage.getItem(KEY));
    const answers = reload(storage).getState().record.current.answers;
    expect(answers['social-services.criteria']?.answer).toBe('partly');
    expect(answers['corruption-risk.register']?.answer).toBe('yes');
    expect(tab2.getState().persistence).toBe('persistent');
  });
});

describe('5. a keystroke does not read, validate and write the whole record', () => {
  it('typing is coalesced into one write, flushed when the page is hidden', () => {
    const storage = new CountingStorage();
    const scheduler = manualScheduler();
    const store = new AssessmentStore('current', storage, clock(), {schedule: scheduler.schedule});
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    const {reads, writes} = storage;
    const text = 'Direktoriaus įsakymas Nr. V-15';
    for (let i = 1; i <= text.length; i++) {
      store.setAnswer('corruption-risk.register', {evidence: text.slice(0, i)}, {typing: true});
    }
    expect(store.getState().record.current.answers['corruption-risk.register']?.evidence).toBe(text);
    expect(storage.writes - writes).toBe(0);
    expect(storage.reads - reads).toBe(0);
    store.flush();
    expect(storage.writes - writes).toBe(1);
    expect(reload(storage).getState().record.current.answers['corruption-risk.register']?.evidence).toBe(
      text,
    );
    scheduler.run();
    expect(storage.writes - writes).toBe(1);
  });

  it('skips re-reading and re-validating when storage holds what this tab last wrote', () => {
    const storage = new CountingStorage();
    const store = new AssessmentStore('current', storage, clock());
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    let parsed = 0;
    const original = JSON.parse;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsed++;
      return original(...args) as unknown;
    }) as typeof JSON.parse;
    try {
      for (let i = 0; i < 10; i++) {
        store.setAnswer('corruption-risk.matrix', {answer: i % 2 ? 'yes' : 'no'});
      }
    } finally {
      JSON.parse = original;
    }
    expect(parsed).toBe(0);
    // Another tab's write is still read and merged.
    const other = new AssessmentStore('current', storage, clock(1_800_000_000_000));
    other.setAnswer('social-services.criteria', {answer: 'na'});
    store.setAnswer('corruption-risk.review', {answer: 'yes'});
    expect(Object.keys(reload(storage).getState().record.current.answers)).toHaveLength(4);
    expect(storage.getItem(KEY)).toBe(serializeRecord(store.getState().record));
  });
});

describe('the stored form', () => {
  it('is the JSON of the record, whether its history was serialized before or not', () => {
    const store = filled(new MemoryStorage());
    const record = store.getState().record;
    const expected = JSON.stringify({format: 'skaidrumo-vadovas/assessment-store', version: 2, record});
    expect(serializeRecord(record)).toBe(expected);
    expect(serializeRecord(record)).toBe(expected);
    const edited = {...record, current: {...record.current, answers: {}}};
    expect(serializeRecord(edited)).toBe(
      JSON.stringify({format: 'skaidrumo-vadovas/assessment-store', version: 2, record: edited}),
    );
  });
});
