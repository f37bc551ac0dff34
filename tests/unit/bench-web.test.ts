import {describe, expect, it} from 'vitest';
import {median, performanceRuns, type Run} from '../../scripts/lib/bench-web';

const run = (performance: number): Run => ({scores: [performance, 100, 100, 100], timings: [], failing: []});

describe('the bench’s Lighthouse figures', () => {
  it('gives each run’s performance score in the order of the runs', () => {
    expect(performanceRuns([run(82), run(95), run(77)])).toBe('82 95 77');
    expect(performanceRuns([run(100)])).toBe('100');
  });

  it('takes the median of an odd and of an even number of runs', () => {
    expect(median([82, 95, 77])).toBe(82);
    expect(median([77, 95, 82, 90])).toBe(86);
    expect(median([])).toBeNaN();
  });
});
