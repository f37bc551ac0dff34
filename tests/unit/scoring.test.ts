import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Weight} from '../../src/assessment/checklist';
import type {Answer, ItemAnswer} from '../../src/assessment/model';
import {bandOf, score, scoreChapters} from '../../src/assessment/scoring';

const answer = (value: Answer | null): ItemAnswer => ({answer: value, evidence: '', note: '', updatedAt: 1});
const items = (...weights: Weight[]) => weights.map((weight, i) => ({id: `c.i${i}`, weight}));

describe('score', () => {
  it('weights answers: (3·1 + 2·0.5 + 1·0) / (3 + 2 + 1) = 0.67, above average', () => {
    const result = score(items(3, 2, 1), {
      'c.i0': answer('yes'),
      'c.i1': answer('partly'),
      'c.i2': answer('no'),
    });
    expect(result).toMatchObject({
      total: 3,
      answered: 3,
      scored: 3,
      weightedSum: 4,
      weightTotal: 6,
      value: 0.67,
    });
    expect(result.band).toBe('above-average');
  });

  it('leaves "not applicable" and unanswered items out of the sum and the denominator', () => {
    const result = score(items(3, 2, 1, 2), {
      'c.i0': answer('yes'),
      'c.i1': answer('na'),
      'c.i2': answer(null),
    });
    expect(result).toMatchObject({total: 4, answered: 2, scored: 1, weightTotal: 3, value: 1, band: 'high'});
  });

  it('has no score while nothing applicable is answered', () => {
    expect(score(items(1, 2), {'c.i0': answer('na')})).toMatchObject({value: null, band: null, answered: 1});
    expect(score([], {})).toMatchObject({value: null, total: 0});
  });

  it('rounds half up exactly, in integers: (2·0.5) / 8 = 0.125 → 0.13', () => {
    expect(score(items(1, 1, 1, 1, 1, 1, 1, 1), {'c.i0': answer('yes')}).value).toBe(1);
    const eighth = score(items(2, 2, 2, 2), {
      'c.i0': answer('partly'),
      'c.i1': answer('no'),
      'c.i2': answer('no'),
      'c.i3': answer('no'),
    });
    expect(eighth.value).toBe(0.13);
  });

  it("reads the band from the rounded value, with each band's lower edge inside it", () => {
    expect([1, 0.8, 0.79, 0.6, 0.59, 0.4, 0.39, 0.2, 0.19, 0].map(bandOf)).toEqual([
      'high',
      'high',
      'above-average',
      'above-average',
      'average',
      'average',
      'below-average',
      'below-average',
      'low',
      'low',
    ]);
    expect(() => bandOf(1.01)).toThrow(RangeError);
  });

  it('always lies between 0 and 1 and equals the unrounded formula to within half a hundredth', () => {
    const weight = fc.constantFrom<Weight>(1, 2, 3);
    const value = fc.constantFrom<Answer | null>('yes', 'partly', 'no', 'na', null);
    fc.assert(
      fc.property(fc.array(fc.tuple(weight, value), {maxLength: 60}), (rows) => {
        const list = rows.map(([w], i) => ({id: `c.i${i}`, weight: w}));
        const answers = Object.fromEntries(rows.map(([, v], i) => [`c.i${i}`, answer(v)]));
        const result = score(list, answers);
        const applicable = rows.filter(([, v]) => v === 'yes' || v === 'partly' || v === 'no');
        if (applicable.length === 0) {
          return result.value === null;
        }
        const exact =
          applicable.reduce((s, [w, v]) => s + w * (v === 'yes' ? 1 : v === 'partly' ? 0.5 : 0), 0) /
          applicable.reduce((s, [w]) => s + w, 0);
        return (
          result.value !== null &&
          result.value >= 0 &&
          result.value <= 1 &&
          Math.abs(result.value - exact) <= 0.005 + 1e-12
        );
      }),
      {numRuns: 2000},
    );
  });
});

describe('scoreChapters', () => {
  it('scores each chapter and the whole institution over all items, not as an average of chapters', () => {
    const result = scoreChapters(
      [
        {chapter: 'a', items: [{id: 'a.x', weight: 3}]},
        {
          chapter: 'b',
          items: [
            {id: 'b.x', weight: 1},
            {id: 'b.y', weight: 1},
          ],
        },
      ],
      {'a.x': answer('yes'), 'b.x': answer('no'), 'b.y': answer('no')},
    );
    expect(result.chapters.map((c) => [c.chapter, c.value])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
    // (3·1 + 0 + 0) / 5 = 0.6, where the average of chapter scores would be 0.5.
    expect(result.overall.value).toBe(0.6);
  });
});

describe("items about the self-assessment's own process", () => {
  const chapters = [
    {chapter: 'a', items: [{id: 'a.x', weight: 2 as const}]},
    {
      chapter: 'm',
      items: [
        {id: 'm.done', weight: 3 as const, scope: 'process' as const},
        {id: 'm.published', weight: 1 as const, scope: 'process' as const},
      ],
    },
  ];

  it('leave the chapter score and the whole-institution score', () => {
    const result = scoreChapters(chapters, {
      'a.x': answer('yes'),
      'm.done': answer('no'),
      'm.published': answer('partly'),
    });
    // Counted, the process answers would give (2 + 0 + 0.5) / 6 = 0.42; they are left out.
    expect(result.overall).toMatchObject({value: 1, total: 1, answered: 1, scored: 1, weightTotal: 2});
    expect(result.chapters[1]).toMatchObject({chapter: 'm', value: null, total: 0, answered: 0});
  });

  it('leave a mixed set without changing the score of the rest', () => {
    const mixed = [...items(3, 1), {id: 'p', weight: 3 as const, scope: 'process' as const}];
    const answers = {'c.i0': answer('yes'), 'c.i1': answer('no'), p: answer('no')};
    expect(score(mixed, answers)).toEqual(score(items(3, 1), answers));
    expect(score(mixed, answers).value).toBe(0.75);
  });
});
