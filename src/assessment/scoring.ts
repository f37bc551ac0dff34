/**
 * The score, as the `monitoring-and-improvement` chapter states it:
 *
 *   S = Σ_{i∈A} w_i v_i / Σ_{i∈A} w_i,   v = 1 (Taip), 0.5 (Iš dalies), 0 (Ne),
 *
 * where A is the set of items answered Taip, Iš dalies or Ne (Netaikoma and unanswered items
 * leave the sum and the denominator). Items about the self-assessment's own process (scope
 * `process`) are not in any set that is scored: they are left out of `total` as well. S is shown rounded half up to two decimals and the band is
 * read from the rounded value. The arithmetic is done in integers so rounding is exact.
 */
import {isScored, type Scope, type Weight} from './checklist';
import type {Answer, ItemAnswer} from './model';

export const ANSWER_VALUE: Record<Exclude<Answer, 'na'>, 0 | 0.5 | 1> = {yes: 1, partly: 0.5, no: 0};

export const BANDS = ['high', 'above-average', 'average', 'below-average', 'low'] as const;
export type Band = (typeof BANDS)[number];

/** Lower bound of each band, in hundredths: 0.80–1 high, 0.60–0.79 above average, … */
const BAND_FLOOR: Record<Band, number> = {
  high: 80,
  'above-average': 60,
  average: 40,
  'below-average': 20,
  low: 0,
};

export interface ScorableItem {
  id: string;
  weight: Weight;
  scope?: Scope;
}

export interface Score {
  /** Items in the set that count (process items left out). */
  total: number;
  /** Items with any answer, "not applicable" included. */
  answered: number;
  /** Items answered yes, partly or no: the set A. */
  scored: number;
  /** Σ w_i v_i over A. */
  weightedSum: number;
  /** Σ w_i over A. */
  weightTotal: number;
  /** S rounded half up to two decimals, or null when A is empty. */
  value: number | null;
  band: Band | null;
}

/** Round half up of numerator / denominator to hundredths, in integers (denominator > 0). */
function hundredths(numerator: number, denominator: number): number {
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

export function bandOf(value: number): Band {
  const h = Math.round(value * 100);
  if (h < 0 || h > 100) {
    throw new RangeError(`a score is between 0 and 1, got ${value}`);
  }
  return BANDS.find((band) => h >= BAND_FLOOR[band]) ?? 'low';
}

export function score(
  items: readonly ScorableItem[],
  answers: Readonly<Record<string, ItemAnswer | undefined>>,
): Score {
  let answered = 0;
  let scored = 0;
  // Twice the sums, so that 0.5 stays an integer.
  let doubledSum = 0;
  let weightTotal = 0;
  const counted = items.filter(isScored);
  for (const item of counted) {
    const answer = answers[item.id]?.answer ?? null;
    if (answer === null) {
      continue;
    }
    answered++;
    if (answer === 'na') {
      continue;
    }
    scored++;
    doubledSum += item.weight * ANSWER_VALUE[answer] * 2;
    weightTotal += item.weight;
  }
  const value = weightTotal === 0 ? null : hundredths(doubledSum, 2 * weightTotal) / 100;
  return {
    total: counted.length,
    answered,
    scored,
    weightedSum: doubledSum / 2,
    weightTotal,
    value,
    band: value === null ? null : bandOf(value),
  };
}

export interface ChapterItems {
  chapter: string;
  items: readonly ScorableItem[];
}

export interface ChapterScore extends Score {
  chapter: string;
}

export function scoreChapters(
  chapters: readonly ChapterItems[],
  answers: Readonly<Record<string, ItemAnswer | undefined>>,
): {chapters: ChapterScore[]; overall: Score} {
  return {
    chapters: chapters.map((c) => ({chapter: c.chapter, ...score(c.items, answers)})),
    overall: score(
      chapters.flatMap((c) => c.items),
      answers,
    ),
  };
}
