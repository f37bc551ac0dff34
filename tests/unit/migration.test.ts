import {describe, expect, it} from 'vitest';
import {carryOver, rewordedItems} from '../../src/assessment/migration';
import {emptyState, type AssessmentState} from '../../src/assessment/model';
import {EDITION} from '../support/assessment-fixtures';

const question = (id: string, lt: string, en: string) => ({id, question: {lt, en}});

function answered(...ids: string[]): AssessmentState {
  return {
    ...emptyState(),
    answers: Object.fromEntries(ids.map((id) => [id, {answer: 'yes', evidence: '', note: '', updatedAt: 1}])),
  };
}

describe('rewordedItems', () => {
  const older = [
    question('a.same', 'Ar A?', 'Is A?'),
    question('a.lt', 'Ar B?', 'Is B?'),
    question('a.en', 'Ar C?', 'Is C?'),
    question('a.dropped', 'Ar D?', 'Is D?'),
  ];

  it('lists the ids both editions have whose question changed in either language, in the new order', () => {
    const newer = [
      question('a.en', 'Ar C?', 'Is C, and is it published?'),
      question('a.same', 'Ar A?', 'Is A?'),
      question('a.lt', 'Ar B paskelbtas?', 'Is B?'),
      question('a.new', 'Ar E?', 'Is E?'),
    ];
    expect(rewordedItems(older, newer)).toEqual(['a.en', 'a.lt']);
  });

  it('lists nothing when only items were added or dropped', () => {
    expect(
      rewordedItems(older, [question('a.same', 'Ar A?', 'Is A?'), question('a.new', 'Ar E?', 'Is E?')]),
    ).toEqual([]);
  });
});

describe('carryOver reports reworded items', () => {
  const first = 'corruption-risk.register';
  const second = 'corruption-risk.matrix';
  const to = {...EDITION, reworded: {'2026': [first]}};

  it('carries a reworded item and names it, when the answers come from that edition', () => {
    const result = carryOver(answered(first, second), to, 5, '2026');
    expect(result.carried).toEqual([first, second]);
    expect(result.reworded).toEqual([first]);
    expect(result.state.answers[first]?.answer).toBe('yes');
  });

  it('names only reworded items that were answered, and none from an edition it was not compared with', () => {
    expect(carryOver(answered(second), to, 5, '2026').reworded).toEqual([]);
    expect(carryOver(answered(first), to, 5, '2030').reworded).toEqual([]);
    expect(carryOver(answered(first), to, 5).reworded).toEqual([]);
  });
});
