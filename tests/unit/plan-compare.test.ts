import {describe, expect, it} from 'vitest';
import {compareStates, institutionScores} from '../../src/assessment/compare';
import {exportJson, parseExport} from '../../src/assessment/exchange';
import {carryOver} from '../../src/assessment/migration';
import {emptyState, type Answer, type AssessmentState} from '../../src/assessment/model';
import {buildActionPlan} from '../../src/assessment/plan';
import {AssessmentStore} from '../../src/assessment/store';
import {clock, EDITION, MemoryStorage} from '../support/assessment-fixtures';

function state(answers: Record<string, Answer | null>): AssessmentState {
  return {
    ...emptyState(),
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, answer]) => [id, {answer, evidence: '', note: '', updatedAt: 1}]),
    ),
  };
}

describe('action plan', () => {
  const s = state({
    'corruption-risk.register': 'yes',
    'corruption-risk.matrix': 'partly',
    'corruption-risk.review': 'no',
    'social-services.criteria': 'partly',
    'social-services.four-eyes': 'no',
  });

  it('lists every item answered other than yes, heaviest first, "no" before "partly"', () => {
    expect(buildActionPlan(EDITION, s, 'weight').map((e) => e.item.id)).toEqual([
      'social-services.criteria',
      'social-services.four-eyes',
      'corruption-risk.matrix',
      'corruption-risk.review',
    ]);
  });

  it('sorts by chapter in book order', () => {
    expect(buildActionPlan(EDITION, s, 'chapter').map((e) => e.item.id)).toEqual([
      'corruption-risk.matrix',
      'corruption-risk.review',
      'social-services.criteria',
      'social-services.four-eyes',
    ]);
  });

  it('gives each entry its owner, due date and status (to do by default)', () => {
    const withAction = {
      ...s,
      actions: {
        'corruption-risk.review': {
          measure: 'Peržiūrėti registrą',
          indicator: 'Registras peržiūrėtas',
          owner: 'Vedėja',
          due: '2027-01-31',
          status: 'done' as const,
          updatedAt: 2,
        },
      },
    };
    const plan = buildActionPlan(EDITION, withAction, 'chapter');
    expect(plan[1]?.action).toMatchObject({owner: 'Vedėja', status: 'done'});
    expect(plan[0]?.action).toMatchObject({owner: '', due: '', status: 'todo'});
  });
});

describe('comparing snapshots', () => {
  it('gives the score change per chapter and overall, and the items whose answer changed', () => {
    const before = state({'corruption-risk.register': 'no', 'social-services.criteria': 'yes'});
    const after = state({
      'corruption-risk.register': 'yes',
      'social-services.criteria': 'yes',
      'social-services.four-eyes': 'no',
    });
    const result = compareStates(EDITION, before, after);
    expect(result.chapters).toEqual([
      {chapter: 'corruption-risk', before: 0, after: 1, change: 1},
      {chapter: 'social-services', before: 1, after: 0.6, change: -0.4},
    ]);
    expect(result.overall).toEqual({chapter: '', before: 0.5, after: 0.75, change: 0.25});
    expect(result.items).toEqual([
      {id: 'corruption-risk.register', chapter: 'corruption-risk', before: 'no', after: 'yes'},
      {id: 'social-services.four-eyes', chapter: 'social-services', before: null, after: 'no'},
    ]);
    expect(result.actions).toEqual([]);
  });

  it('lists the plan rows whose measure, indicator, owner, due date or status changed', () => {
    const row = {measure: 'A', indicator: 'B', owner: 'C', due: '', status: 'todo' as const, updatedAt: 1};
    const before = {...state({}), actions: {'corruption-risk.register': row, 'corruption-risk.matrix': row}};
    const after = {
      ...state({}),
      actions: {
        'corruption-risk.register': {...row, updatedAt: 5},
        'corruption-risk.matrix': {...row, indicator: 'B, paskelbta', updatedAt: 6},
      },
    };
    expect(compareStates(EDITION, before, after).actions).toEqual([
      {id: 'corruption-risk.matrix', before: row, after: after.actions['corruption-risk.matrix']},
    ]);
  });
});

describe('several institutions side by side', () => {
  it('scores each exported file against its own items', () => {
    const store = new AssessmentStore('current', new MemoryStorage(), clock());
    store.setProfile({institution: 'Biržų rajono savivaldybės viešoji biblioteka', date: '2026-10-01'});
    store.setAnswer('corruption-risk.register', {answer: 'yes'});
    store.setAnswer('social-services.criteria', {answer: 'no'});
    const parsed = parseExport(
      exportJson(store.getState().record, EDITION, new Date('2026-11-01T00:00:00Z')),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const scores = institutionScores(parsed.file, 'biblioteka.json');
    expect(scores.name).toBe('Biržų rajono savivaldybės viešoji biblioteka');
    expect(scores.date).toBe('2026-10-01');
    expect(scores.overall.value).toBe(0.5);
    expect(scores.chapters['corruption-risk']?.value).toBe(1);
    expect(scores.chapters['social-services']?.value).toBe(0);
  });
});

describe('carrying answers over to a newer edition', () => {
  it('carries answers by item id and reports the items the edition no longer has', () => {
    const old = state({
      'corruption-risk.register': 'yes',
      'corruption-risk.retired': 'no',
      'social-services.criteria': null,
    });
    const result = carryOver(old, EDITION, 99);
    expect(result.carried).toEqual(['corruption-risk.register']);
    expect(result.notInEdition).toEqual(['corruption-risk.retired']);
    expect(result.state.answers['corruption-risk.register']).toMatchObject({answer: 'yes', updatedAt: 99});
    expect(result.state.answers['corruption-risk.retired']).toBeUndefined();
    expect(old.answers['corruption-risk.retired']?.answer).toBe('no');
  });
});
