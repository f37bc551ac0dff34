import {describe, expect, it} from 'vitest';
import {searchIndexTimes} from '../../scripts/lib/bench-build';

describe('build benchmark', () => {
  it('adds up the search plugin’s reported times per locale and ignores other lines', () => {
    const output = [
      '[INFO] [lt] Creating an optimized production build...',
      '[search] lt: current: 412 sections, 2026: 380 sections (1534 ms)',
      '[SUCCESS] Generated static files in "build".',
      '[search] en: current: 410 sections, 2026: 379 sections (1210 ms)',
      'note: [search] lt: not at line start (99 ms)',
    ].join('\n');
    expect([...searchIndexTimes(output)]).toEqual([
      ['lt', 1534],
      ['en', 1210],
    ]);
  });

  it('finds nothing in output without search lines', () => {
    expect(searchIndexTimes('[SUCCESS] Generated static files in "build".').size).toBe(0);
  });
});
