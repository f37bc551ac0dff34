import {startTransition, useCallback, useEffect, useState} from 'react';
import {allItems, type EditionItems} from '@site/src/assessment/edition-items';
import type {AssessmentState} from '@site/src/assessment/model';
import {filterItems, type ItemFilter} from '@site/src/assessment/progress';

/** What the questions show: which chapters are folded, and which items a filter keeps. */
export interface QuestionsView {
  collapsed: ReadonlySet<string>;
  filter: ItemFilter;
  /**
   * The items the filter showed when it was chosen (null: all). An item answered afterwards stays,
   * so that answering never makes the question just answered vanish under the pointer.
   */
  shown: ReadonlySet<string> | null;
  toggle: (chapter: string) => void;
  expand: (chapter: string) => void;
  setAll: (collapsed: boolean) => void;
  choose: (filter: ItemFilter) => void;
  /**
   * How many chapters, from the first, have their questions in the page. The page is served with the
   * first chapter's questions only; once the stored answers are read, the others are added one
   * chapter per task (see `useQuestionsView`).
   */
  rendered: number;
  /** Every chapter's questions are in the page. */
  complete: boolean;
}

/** The chapters whose questions the server-rendered page carries. */
export const CHAPTERS_SERVED = 1;

/**
 * The questions' view. `ready`: the stored answers have been read (the questions are usable).
 *
 * The page holds about a hundred questions, each a fieldset of some twenty-five elements. Served and
 * hydrated at once, they made the page's first layout and React's hydration the longest tasks of any
 * page of the guide (a 130 ms layout and 70–80 ms of script, unthrottled; four times that on a
 * phone). The page is therefore served with the first chapter's questions, which fill the first
 * screens, and the other chapters' questions are added after the answers are read, one chapter per
 * task, in a transition, so that a reader's click or keystroke is never kept waiting behind them.
 * Until then the questions are not usable anyway (the lists are inert until ready).
 */
export function useQuestionsView(
  edition: EditionItems,
  state: AssessmentState,
  ready: boolean,
): QuestionsView {
  const chapters = edition.chapters.length;
  const [rendered, setRendered] = useState(Math.min(CHAPTERS_SERVED, chapters));
  useEffect(() => {
    if (!ready || rendered >= chapters) {
      return undefined;
    }
    const timer = setTimeout(
      () => startTransition(() => setRendered((before) => Math.min(before + 1, chapters))),
      0,
    );
    return () => clearTimeout(timer);
  }, [ready, rendered, chapters]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<ItemFilter>('all');
  const [shown, setShown] = useState<ReadonlySet<string> | null>(null);
  const toggle = useCallback(
    (chapter: string) =>
      setCollapsed((before) => {
        const next = new Set(before);
        if (!next.delete(chapter)) {
          next.add(chapter);
        }
        return next;
      }),
    [],
  );
  const expand = useCallback(
    (chapter: string) =>
      setCollapsed((before) => {
        const next = new Set(before);
        next.delete(chapter);
        return next;
      }),
    [],
  );
  const setAll = (fold: boolean) => setCollapsed(new Set(fold ? edition.chapters.map((c) => c.chapter) : []));
  const choose = (next: ItemFilter) => {
    setFilter(next);
    setShown(next === 'all' ? null : new Set(filterItems(allItems(edition), state.answers, next)));
  };
  return {collapsed, filter, shown, toggle, expand, setAll, choose, rendered, complete: rendered >= chapters};
}
