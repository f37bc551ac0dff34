/**
 * The likelihood × impact risk matrix of the `corruption-risk` chapter:
 *   R = L × I, with L, I ∈ {1, …, 5};
 *   bands: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high (17–19 cannot occur).
 */
export const SCALE = [1, 2, 3, 4, 5] as const;
export type Level = (typeof SCALE)[number];

export type RiskBand = 'low' | 'medium' | 'high' | 'very-high';

export function riskScore(likelihood: Level, impact: Level): number {
  return likelihood * impact;
}

export function riskBand(score: number): RiskBand {
  if (!Number.isInteger(score) || score < 1 || score > 25) {
    throw new RangeError(`a risk score is a whole number from 1 to 25, got ${score}`);
  }
  if (score <= 4) {
    return 'low';
  }
  if (score <= 9) {
    return 'medium';
  }
  if (score <= 16) {
    return 'high';
  }
  return 'very-high';
}
