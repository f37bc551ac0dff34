import {describe, expect, it} from 'vitest';
import {riskBand, riskScore, SCALE} from '../../src/risk/matrix';

describe('risk matrix', () => {
  it('scores R = L × I and bands 1–4 low, 5–9 medium, 10–16 high, 20–25 very high', () => {
    expect(riskScore(2, 2)).toBe(4);
    expect(riskBand(4)).toBe('low');
    expect(riskBand(5)).toBe('medium');
    expect(riskBand(9)).toBe('medium');
    expect(riskBand(10)).toBe('high');
    expect(riskBand(16)).toBe('high');
    expect(riskBand(20)).toBe('very-high');
    expect(riskBand(25)).toBe('very-high');
  });

  it('never produces 17–19, so the band edges are the only possible scores', () => {
    const scores = new Set(SCALE.flatMap((l) => SCALE.map((i) => riskScore(l, i))));
    expect([...scores].filter((s) => s > 16 && s < 20)).toEqual([]);
    expect(scores.size).toBe(14);
  });

  it('rejects scores outside the matrix', () => {
    expect(() => riskBand(0)).toThrow(RangeError);
    expect(() => riskBand(26)).toThrow(RangeError);
    expect(() => riskBand(2.5)).toThrow(RangeError);
  });
});
