/** Comparing two states of one institution over time, and several institutions side by side. */
import type {Weight} from './checklist';
import type {EditionItems} from './edition-items';
import {emptyAction, type ActionEntry, type Answer, type AssessmentState} from './model';
import {score, scoreChapters, type Score} from './scoring';
import type {ExportFile} from './exchange';

export interface ChapterChange {
  chapter: string;
  before: number | null;
  after: number | null;
  /** after − before, in hundredths to avoid floating noise; null when either is missing. */
  change: number | null;
}

export interface ItemChange {
  id: string;
  chapter: string;
  before: Answer | null;
  after: Answer | null;
}

/** An action-plan row whose measure, indicator, owner, due date or status differs. */
export interface ActionChange {
  id: string;
  before: ActionEntry | null;
  after: ActionEntry | null;
}

export interface StateComparison {
  overall: ChapterChange;
  chapters: ChapterChange[];
  items: ItemChange[];
  actions: ActionChange[];
}

const ACTION_FIELDS = ['measure', 'indicator', 'owner', 'due', 'status'] as const;

function sameAction(a: ActionEntry | undefined, b: ActionEntry | undefined): boolean {
  const x = a ?? emptyAction();
  const y = b ?? emptyAction();
  return ACTION_FIELDS.every((field) => x[field] === y[field]);
}

function change(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : Math.round((after - before) * 100) / 100;
}

export function compareStates(
  edition: EditionItems,
  before: AssessmentState,
  after: AssessmentState,
): StateComparison {
  const groups = edition.chapters.map((c) => ({chapter: c.chapter, items: c.items}));
  const a = scoreChapters(groups, before.answers);
  const b = scoreChapters(groups, after.answers);
  const items: ItemChange[] = [];
  const actions: ActionChange[] = [];
  for (const chapter of edition.chapters) {
    for (const item of chapter.items) {
      if (!sameAction(before.actions[item.id], after.actions[item.id])) {
        actions.push({
          id: item.id,
          before: before.actions[item.id] ?? null,
          after: after.actions[item.id] ?? null,
        });
      }
      const x = before.answers[item.id]?.answer ?? null;
      const y = after.answers[item.id]?.answer ?? null;
      if (x !== y) {
        items.push({id: item.id, chapter: chapter.chapter, before: x, after: y});
      }
    }
  }
  return {
    overall: {
      chapter: '',
      before: a.overall.value,
      after: b.overall.value,
      change: change(a.overall.value, b.overall.value),
    },
    chapters: a.chapters.map((c, i) => {
      const after = b.chapters[i]?.value ?? null;
      return {chapter: c.chapter, before: c.value, after, change: change(c.value, after)};
    }),
    items,
    actions,
  };
}

export interface InstitutionScores {
  /** The institution's name from its profile, or the file name. */
  name: string;
  edition: string;
  date: string;
  overall: Score;
  chapters: Record<string, Score>;
}

/** Scores an exported file against the items it was made with (any edition). */
export function institutionScores(file: ExportFile, fallbackName: string): InstitutionScores {
  const chapters = new Map<string, {id: string; weight: Weight}[]>();
  for (const item of file.items) {
    chapters.set(item.chapter, [...(chapters.get(item.chapter) ?? []), {id: item.id, weight: item.weight}]);
  }
  const answers = file.record.current.answers;
  return {
    name: file.record.current.profile.institution.trim() || fallbackName,
    edition: file.edition,
    date: file.record.current.profile.date || file.exportedAt.slice(0, 10),
    overall: score(file.items, answers),
    chapters: Object.fromEntries(
      Array.from(chapters).map(([chapter, items]) => [chapter, score(items, answers)]),
    ),
  };
}
