import {describe, expect, it} from 'vitest';
import {AssessmentStore, editionsWithAnswers, serializeRecord, storageKey} from '../../src/assessment/store';
import {emptyRecord} from '../../src/assessment/model';
import {clock, MemoryStorage} from '../support/assessment-fixtures';

describe('AssessmentStore', () => {
  it('keeps answers in storage, keyed by edition, and reads them back', () => {
    const storage = new MemoryStorage();
    const a = new AssessmentStore('current', storage, clock());
    a.setAnswer('corruption-risk.register', {answer: 'yes', evidence: 'Įsakymas Nr. V-12'});
    a.setProfile({institution: 'Globos namai'});
    expect([...storage.data.keys()]).toEqual([storageKey('current')]);

    const b = new AssessmentStore('current', storage, clock());
    expect(b.getState().record.current.answers['corruption-risk.register']).toMatchObject({
      answer: 'yes',
      evidence: 'Įsakymas Nr. V-12',
    });
    expect(b.getState().record.current.profile.institution).toBe('Globos namai');
    expect(new AssessmentStore('2026', storage, clock()).getState().record.current.answers).toEqual({});
  });

  it('two tabs do not overwrite each other: each change is merged item by item', () => {
    const storage = new MemoryStorage();
    const time = clock();
    const tab1 = new AssessmentStore('current', storage, time);
    const tab2 = new AssessmentStore('current', storage, time);
    tab1.setAnswer('corruption-risk.register', {answer: 'yes'});
    tab2.setAnswer('corruption-risk.matrix', {answer: 'no'});
    tab1.setAnswer('corruption-risk.review', {answer: 'partly'});

    const stored = new AssessmentStore('current', storage, time).getState().record.current.answers;
    expect(Object.fromEntries(Object.entries(stored).map(([id, a]) => [id, a.answer]))).toEqual({
      'corruption-risk.register': 'yes',
      'corruption-risk.matrix': 'no',
      'corruption-risk.review': 'partly',
    });
  });

  it("takes in another tab's change from the storage event, newest change winning", () => {
    const storage = new MemoryStorage();
    const time = clock();
    const tab1 = new AssessmentStore('current', storage, time);
    const tab2 = new AssessmentStore('current', storage, time);
    tab1.setAnswer('corruption-risk.register', {answer: 'no'});
    tab2.setAnswer('corruption-risk.register', {answer: 'yes'});
    tab1.handleStorageEvent(storageKey('current'), storage.getItem(storageKey('current')));
    expect(tab1.getState().record.current.answers['corruption-risk.register']?.answer).toBe('yes');
    tab1.handleStorageEvent(storageKey('2026'), 'not for this edition');
    expect(tab1.getState().record.current.answers['corruption-risk.register']?.answer).toBe('yes');
  });

  it('goes on in memory and says so when storage is full, and persists again when it is not', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, clock());
    storage.failWrites = 'quota';
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    expect(store.getState().persistence).toBe('full');
    expect(store.getState().record.current.answers['corruption-risk.register']?.answer).toBe('yes');
    storage.failWrites = null;
    store.setAnswer('corruption-risk.matrix', {answer: 'no'});
    expect(store.getState().persistence).toBe('persistent');
    expect(
      Object.keys(new AssessmentStore('current', storage, clock()).getState().record.current.answers),
    ).toHaveLength(2);
  });

  it('works in memory when storage is blocked or missing', () => {
    const blocked = new MemoryStorage();
    blocked.failReads = true;
    blocked.failWrites = 'security';
    const store = new AssessmentStore('current', blocked, clock());
    expect(store.getState().persistence).toBe('unavailable');
    store.setAnswer('corruption-risk.register', {answer: 'partly'});
    expect(store.getState().record.current.answers['corruption-risk.register']?.answer).toBe('partly');
    expect(store.getState().persistence).toBe('unavailable');

    const none = new AssessmentStore('current', null, clock());
    none.setAnswer('corruption-risk.register', {answer: 'no'});
    expect(none.getState()).toMatchObject({persistence: 'unavailable'});
  });

  it('sets unreadable stored data aside under a backup key instead of losing it', () => {
    const storage = new MemoryStorage();
    storage.data.set(storageKey('current'), '{"format": "something else"');
    const store = new AssessmentStore('current', storage, () => 42);
    expect(store.getState().setAsideKey).toBe(`${storageKey('current')}.unreadable-42`);
    expect(storage.data.get(`${storageKey('current')}.unreadable-42`)).toBe('{"format": "something else"');
    expect(storage.data.has(storageKey('current'))).toBe(false);
  });

  it('saves, merges and deletes snapshots without another tab bringing a deleted one back', () => {
    const storage = new MemoryStorage();
    const time = clock();
    const tab1 = new AssessmentStore('current', storage, time);
    const tab2 = new AssessmentStore('current', storage, time);
    tab1.setAnswer('corruption-risk.register', {answer: 'no'});
    const first = tab1.saveSnapshot('2025');
    tab2.handleStorageEvent(storageKey('current'), storage.getItem(storageKey('current')));
    tab1.deleteSnapshot(first?.id ?? '');
    tab2.setAnswer('corruption-risk.matrix', {answer: 'yes'});
    expect(new AssessmentStore('current', storage, time).getState().record.snapshots).toEqual([]);
  });

  it('replaces the current answers on import, keeping the old ones as a snapshot when asked', () => {
    const storage = new MemoryStorage();
    const store = new AssessmentStore('current', storage, clock());
    store.setAnswer('corruption-risk.register', {answer: 'no'});
    store.setAnswer('corruption-risk.matrix', {answer: 'no'});
    const incoming = {
      ...emptyRecord('current').current,
      answers: {'corruption-risk.register': {answer: 'yes' as const, evidence: 'x', note: '', updatedAt: 1}},
    };
    store.importRecord(
      {...emptyRecord('current'), current: incoming},
      {mode: 'replace', keepAs: 'Prieš importą'},
    );
    const {record} = new AssessmentStore('current', storage, clock()).getState();
    expect(record.current.answers['corruption-risk.register']?.answer).toBe('yes');
    expect(record.current.answers['corruption-risk.matrix']?.answer ?? null).toBeNull();
    expect(record.snapshots).toHaveLength(1);
    expect(record.snapshots[0]?.label).toBe('Prieš importą');
    expect(record.snapshots[0]?.state.answers['corruption-risk.matrix']?.answer).toBe('no');
  });

  it('deletes everything of the edition, and another tab follows', () => {
    const storage = new MemoryStorage();
    const time = clock();
    const tab1 = new AssessmentStore('current', storage, time);
    const tab2 = new AssessmentStore('current', storage, time);
    tab1.setAnswer('corruption-risk.register', {answer: 'yes'});
    tab1.saveSnapshot('x');
    tab1.clearAll();
    // What stays is the time of the deletion, nothing that a person entered.
    const stored = storage.getItem(storageKey('current')) ?? '';
    expect(JSON.parse(stored)).toMatchObject({
      record: {...emptyRecord('current'), clearedAt: expect.any(Number)},
    });
    tab2.handleStorageEvent(storageKey('current'), stored);
    expect(tab2.getState().record).toEqual({...emptyRecord('current'), clearedAt: expect.any(Number)});
    tab2.handleStorageEvent(storageKey('current'), null);
    expect(tab2.getState().record).toEqual(emptyRecord('current'));
  });

  it('lists other editions with answers to carry over', () => {
    const storage = new MemoryStorage();
    new AssessmentStore('2026', storage, clock()).setAnswer('corruption-risk.register', {answer: 'yes'});
    storage.data.set(storageKey('2027'), serializeRecord(emptyRecord('2027')));
    storage.data.set(storageKey('2028'), 'garbage');
    expect(editionsWithAnswers(storage, ['2026', '2027', '2028', 'current'])).toEqual(['2026']);
  });
});
