/**
 * How far an assessment is and what its score rests on: per chapter answered and total, the score
 * with its band in words and the share of questions it rests on, the "Taip" answers that still lack
 * evidence (the guide asks for evidence for every "Taip"), and which items a filter shows.
 */
import {isScored} from './checklist';
import {formatTwoDecimals} from './formatters';
import type {EditionItems} from './edition-items';
import type {AssessmentState, ItemAnswer} from './model';
import {score, type Band, type Score} from './scoring';

type Answers = Readonly<Record<string, ItemAnswer | undefined>>;

/** Ids of the items answered "Taip" with no evidence given. */
export function yesWithoutEvidence(items: readonly {id: string}[], answers: Answers): string[] {
  return items
    .filter((item) => answers[item.id]?.answer === 'yes' && (answers[item.id]?.evidence ?? '').trim() === '')
    .map((item) => item.id);
}

export interface ChapterProgress {
  chapter: string;
  /** Items answered (any answer), process items included. */
  answered: number;
  /** All the chapter's items, process items included. */
  total: number;
  /** The chapter's score over its scored items, or null when it has none (only process items). */
  score: Score | null;
  /** Items in the action plan (answered "Iš dalies" or "Ne"). */
  inPlan: number;
  withoutEvidence: number;
}

export function chapterProgress(edition: EditionItems, state: AssessmentState): ChapterProgress[] {
  return edition.chapters.map((chapter) => {
    const answer = (id: string) => state.answers[id]?.answer ?? null;
    return {
      chapter: chapter.chapter,
      answered: chapter.items.filter((item) => answer(item.id) !== null).length,
      total: chapter.items.length,
      score: chapter.items.some(isScored) ? score(chapter.items, state.answers) : null,
      inPlan: chapter.items.filter((item) => answer(item.id) === 'partly' || answer(item.id) === 'no').length,
      withoutEvidence: yesWithoutEvidence(chapter.items, state.answers).length,
    };
  });
}

export const ITEM_FILTERS = ['all', 'unanswered', 'plan'] as const;
export type ItemFilter = (typeof ITEM_FILTERS)[number];

/** Ids of the items a filter shows: all, the unanswered ones, or those in the action plan. */
export function filterItems(items: readonly {id: string}[], answers: Answers, filter: ItemFilter): string[] {
  return items
    .filter((item) => {
      const answer = answers[item.id]?.answer ?? null;
      switch (filter) {
        case 'all':
          return true;
        case 'unanswered':
          return answer === null;
        case 'plan':
          return answer === 'partly' || answer === 'no';
      }
    })
    .map((item) => item.id);
}

/** A score as the locale writes it: 0,67 in Lithuanian, 0.67 in English; a dash for none. */
export function formatScore(value: number | null, locale: string): string {
  if (value === null) {
    return '–';
  }
  return formatTwoDecimals(value, locale);
}

export interface ScoreWords {
  band: (band: Band) => string;
  /** "25 iš 94 klausimų atsakyta" / "25 of 94 questions answered". */
  answered: (answered: number, total: number) => string;
  /** Said instead of the score before there is one. */
  noScore: string;
}

/**
 * The score with its band in words and what it rests on, e.g. „0,54 – vidutinis; 25 iš 94
 * klausimų atsakyta“: a score from a few answers never reads like a complete assessment.
 */
export function describeScore(value: Score, locale: string, words: ScoreWords): string {
  const head =
    value.value === null || value.band === null
      ? words.noScore
      : `${formatScore(value.value, locale)} – ${words.band(value.band)}`;
  return `${head}; ${words.answered(value.answered, value.total)}`;
}
