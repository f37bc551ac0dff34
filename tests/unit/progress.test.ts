import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {exportBaseName} from '../../src/assessment/exchange';
import {emptyRecord, type AssessmentState, type ItemAnswer} from '../../src/assessment/model';
import {
  chapterProgress,
  describeScore,
  filterItems,
  yesWithoutEvidence,
  type ScoreWords,
} from '../../src/assessment/progress';
import {RECORD_VERSION, suggestedMeasure, upgradeRecord} from '../../src/assessment/record-upgrade';
import {score, type Band} from '../../src/assessment/scoring';
import {AssessmentStore, deserializeRecord, serializeRecord, storageKey} from '../../src/assessment/store';
import {clock, EDITION, MemoryStorage} from '../support/assessment-fixtures';

const answer = (value: ItemAnswer['answer'], evidence = ''): ItemAnswer => ({
  answer: value,
  evidence,
  note: '',
  updatedAt: 1,
});

const state = (answers: Record<string, ItemAnswer>): AssessmentState => ({
  ...emptyRecord('current').current,
  answers,
});

/** The words as the site says them, read from the interface translations. */
function wordsOf(locale: 'lt' | 'en'): ScoreWords {
  const code = JSON.parse(readFileSync(`i18n/${locale}/code.json`, 'utf8')) as Record<
    string,
    {message: string}
  >;
  const message = (id: string) => code[id]?.message ?? '';
  const bandIds: Record<Band, string> = {
    high: 'assessment.band.high',
    'above-average': 'assessment.band.aboveAverage',
    average: 'assessment.band.average',
    'below-average': 'assessment.band.belowAverage',
    low: 'assessment.band.low',
  };
  const rules = new Intl.PluralRules(locale);
  const order = locale === 'lt' ? ['one', 'few', 'many', 'other'] : ['one', 'other'];
  return {
    band: (band) => message(bandIds[band]),
    answered: (answered, total) => {
      const forms = message('assessment.answeredOf').split('|');
      const form = forms[order.indexOf(rules.select(total))] ?? '';
      return form.replace('{answered}', String(answered)).replace('{total}', String(total));
    },
    noScore: message('assessment.noScoreYet'),
  };
}

describe('the score in words and what it rests on', () => {
  const answers = {
    'corruption-risk.register': answer('yes', 'Įsakymas'),
    'corruption-risk.matrix': answer('partly'),
  };
  const items = EDITION.chapters.flatMap((c) => c.items);

  it('says the score, its band and how many questions are answered, in Lithuanian', () => {
    // (3·1 + 2·0.5) / 5 = 0.8: high.
    expect(describeScore(score(items, answers), 'lt', wordsOf('lt'))).toBe(
      '0,80 – aukštas; 2 iš 5 klausimų atsakyta',
    );
  });

  it('and in English', () => {
    expect(describeScore(score(items, answers), 'en', wordsOf('en'))).toBe(
      '0.80 – high; 2 of 5 questions answered',
    );
  });

  it('uses the genitive singular after a total ending in 1, and says when there is no score yet', () => {
    const many = Array.from({length: 21}, (_, i) => ({id: `a.i${i}`, weight: 1 as const}));
    expect(describeScore(score(many, {}), 'lt', wordsOf('lt'))).toBe(
      'rezultato dar nėra; 0 iš 21 klausimo atsakyta',
    );
    expect(describeScore(score(many.slice(0, 1), {}), 'en', wordsOf('en'))).toBe(
      'no score yet; 0 of 1 question answered',
    );
  });
});

describe('progress by chapter', () => {
  const s = state({
    'corruption-risk.register': answer('yes'),
    'corruption-risk.matrix': answer('no', 'Protokolas'),
    'corruption-risk.review': answer('yes', '  '),
    'social-services.criteria': answer('na'),
  });

  it('counts answered and total, the plan rows and the "Taip" answers without evidence', () => {
    const [risk, social] = chapterProgress(EDITION, s);
    expect(risk).toMatchObject({
      chapter: 'corruption-risk',
      answered: 3,
      total: 3,
      inPlan: 1,
      withoutEvidence: 2,
    });
    expect(risk?.score?.value).toBe(0.67);
    expect(social).toMatchObject({answered: 1, total: 2, inPlan: 0, withoutEvidence: 0});
    expect(social?.score?.value).toBeNull();
  });

  it('finds "Taip" answers without evidence (blank evidence counts as none)', () => {
    expect(yesWithoutEvidence(EDITION.chapters[0]?.items ?? [], s.answers)).toEqual([
      'corruption-risk.register',
      'corruption-risk.review',
    ]);
  });

  it('filters the unanswered items and those in the action plan', () => {
    const items = EDITION.chapters.flatMap((c) => c.items);
    expect(filterItems(items, s.answers, 'unanswered')).toEqual(['social-services.four-eyes']);
    expect(filterItems(items, s.answers, 'plan')).toEqual(['corruption-risk.matrix']);
    expect(filterItems(items, s.answers, 'all')).toHaveLength(5);
  });
});

describe('the measure suggested from the guidance', () => {
  it('takes the part that says how to get there', () => {
    expect(
      suggestedMeasure(
        'Visiškas „Taip“: reglamentas išvardija. Kaip\n  pasiekti: parenkite projektą ir pateikite jį tarybai.',
      ),
    ).toBe('parenkite projektą ir pateikite jį tarybai.');
    expect(suggestedMeasure('A full “yes”: the rules list. How to get there: draft an amendment.')).toBe(
      'draft an amendment.',
    );
  });

  it('is the whole guidance when it has no such part', () => {
    expect(suggestedMeasure('Registras   peržiūrimas kasmet.')).toBe('Registras peržiūrimas kasmet.');
  });
});

describe('stored records of version 1', () => {
  const v1 = {
    edition: 'current',
    current: {
      profile: {institution: '', municipality: '', assessors: '', date: '', updatedAt: 0},
      answers: {},
      actions: {'corruption-risk.matrix': {owner: 'Vedėja', due: '', status: 'todo', updatedAt: 3}},
    },
    snapshots: [
      {
        id: 's1',
        savedAt: 2,
        label: '',
        state: {
          profile: {institution: '', municipality: '', assessors: '', date: '', updatedAt: 0},
          answers: {},
          actions: {'corruption-risk.matrix': {owner: 'A', due: '', status: 'done', updatedAt: 1}},
        },
      },
    ],
    deletedSnapshots: [],
    clearedAt: 0,
  };

  it('upgrade every plan row, in the current state and in snapshots, with an empty measure and indicator', () => {
    const upgraded = upgradeRecord(v1, 1) as typeof v1;
    expect(upgraded.current.actions['corruption-risk.matrix']).toEqual({
      measure: '',
      indicator: '',
      owner: 'Vedėja',
      due: '',
      status: 'todo',
      updatedAt: 3,
    });
    expect(upgraded.snapshots[0]?.state.actions['corruption-risk.matrix']).toMatchObject({measure: ''});
    expect(upgradeRecord(v1, RECORD_VERSION)).toBe(v1);
  });

  it('are read by the store, which writes them back as the current version', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      storageKey('current'),
      JSON.stringify({format: 'skaidrumo-vadovas/assessment-store', version: 1, record: v1}),
    );
    const store = new AssessmentStore('current', storage, clock());
    expect(store.getState().setAsideKey).toBeNull();
    store.setAction('corruption-risk.matrix', {indicator: 'Paskelbta'});
    const raw = storage.getItem(storageKey('current')) ?? '';
    expect(JSON.parse(raw)).toMatchObject({version: RECORD_VERSION});
    expect(deserializeRecord(raw, 'current').current.actions['corruption-risk.matrix']).toMatchObject({
      measure: '',
      indicator: 'Paskelbta',
      owner: 'Vedėja',
    });
  });

  it('a stored record of an unknown version is set aside, not read', () => {
    const storage = new MemoryStorage();
    const raw = serializeRecord(emptyRecord('current')).replace(`"version":${RECORD_VERSION}`, '"version":9');
    storage.setItem(storageKey('current'), raw);
    expect(new AssessmentStore('current', storage, clock()).getState().setAsideKey).not.toBeNull();
  });
});

describe('answering an item', () => {
  it('starts the plan row with the suggested measure, never overwriting one already written', () => {
    const store = new AssessmentStore('current', new MemoryStorage(), clock());
    store.answerItem('corruption-risk.matrix', 'partly', 'Parengti tvarką');
    expect(store.getState().record.current.actions['corruption-risk.matrix']?.measure).toBe(
      'Parengti tvarką',
    );
    store.setAction('corruption-risk.matrix', {measure: 'Mūsų priemonė'});
    store.answerItem('corruption-risk.matrix', 'no', 'Parengti tvarką');
    expect(store.getState().record.current.actions['corruption-risk.matrix']?.measure).toBe('Mūsų priemonė');
    store.answerItem('corruption-risk.register', 'yes', 'Nereikia');
    expect(store.getState().record.current.actions['corruption-risk.register']).toBeUndefined();
  });

  it('can be cleared back to unanswered, keeping the evidence', () => {
    const store = new AssessmentStore('current', new MemoryStorage(), clock());
    store.setAnswer('corruption-risk.register', {answer: 'yes', evidence: 'Įsakymas'});
    store.answerItem('corruption-risk.register', null);
    const cleared = store.getState().record.current.answers['corruption-risk.register'];
    expect(cleared).toMatchObject({answer: null, evidence: 'Įsakymas'});
    expect(
      score(
        EDITION.chapters.flatMap((c) => c.items),
        store.getState().record.current.answers,
      ).answered,
    ).toBe(0);
  });
});

describe("the export's file name", () => {
  it('does not say the year twice', () => {
    expect(exportBaseName('centras', '2026', '2026-12-02')).toBe('savivertinimas-centras-2026-12-02');
    expect(exportBaseName('centras', '2026', '2027-01-15')).toBe(
      'savivertinimas-centras-2026-leidimas-2027-01-15',
    );
    expect(exportBaseName('centras', null, '2026-12-02')).toBe('savivertinimas-centras-rengiamas-2026-12-02');
  });
});
