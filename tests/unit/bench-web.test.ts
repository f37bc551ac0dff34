import {describe, expect, it} from 'vitest';
import {countedRequests, median, performanceRuns, type Run} from '../../scripts/lib/bench-web';

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

describe('the requests a page’s download figures count', () => {
  const request = (url: string, kind: string, beforeHydration = true) => ({url, kind, beforeHydration});

  it('counts a script the page loaded even when a prefetch asks for the same file later', () => {
    const counted = countedRequests([
      request('/a.js', 'script'),
      request('/b.js', 'script'),
      request('/a.js', 'other', false),
      request('/c.js', 'other', false),
    ]);
    expect(counted.filter((r) => r.kind === 'script').map((r) => r.url)).toEqual(['/a.js', '/b.js']);
  });

  it('leaves out scripts requested after hydration and counts a re-inserted stylesheet once', () => {
    const counted = countedRequests([
      request('/page.html', 'document'),
      request('/styles.css', 'stylesheet'),
      request('/late.js', 'script', false),
      request('/styles.css', 'stylesheet', false),
    ]);
    expect(counted.map((r) => `${r.kind} ${r.url}`)).toEqual([
      'document /page.html',
      'stylesheet /styles.css',
    ]);
  });
});
