import {startTransition, useCallback, useEffect, useMemo, useState} from 'react';
import {flushSync} from 'react-dom';
import {onFirstEngagement} from '@site/src/client/engagement';
import {allItems, type EditionItems} from '@site/src/assessment/edition-items';
import type {AssessmentState} from '@site/src/assessment/model';
import {
  CHAPTERS_SERVED,
  FILL_UNPROMPTED_AFTER_MS,
  itemsOfChapters,
  nextRendered,
  QUESTIONS_PER_STEP,
} from '@site/src/assessment/in-page';
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
}

/** Which questions are in the page (see `useQuestionsInPage`). */
export interface QuestionsInPage {
  /** How many questions, from the first in the order the page shows them, are in the page. */
  rendered: number;
  /** Every question is in the page. */
  complete: boolean;
  /**
   * The reader has started using the page (or it has been left alone for a few seconds): what the
   * page holds back while it loads (the rest of the questions, the later sections) is wanted now.
   */
  inUse: boolean;
}

/**
 * Which questions are in the page. `ready`: the stored answers have been read (the questions are
 * usable).
 *
 * The page holds about a hundred questions. Served and hydrated at once, they made the page's first
 * layout and React's hydration the longest tasks of any page of the guide (a 130 ms layout and
 * 70–80 ms of script, unthrottled; four times that on a phone). Added one chapter per task after
 * load, each chapter still cost a long task: React's commit of the chapter, then a style and layout
 * pass over it. The page is therefore served with the first chapter's questions, which fill the
 * first screens, and the others are added a few questions per task, in a transition, so that no
 * task is long and a reader's click or keystroke is never kept waiting behind them.
 *
 * They are added once the reader starts using the page (see `onFirstEngagement`), or after
 * `FILL_UNPROMPTED_AFTER_MS` without that, so that find-in-page and assistive technology have them
 * all even for a reader who only reads the top. Added at once after load, the thirty-odd steps and
 * the frame each one costs competed with the page's load while the reader was looking at its first
 * screen (some 400 ms more main-thread work in the first 2.5 s of a load, unthrottled). Printing adds all
 * that are still missing at once, before the browser lays out the printed page.
 */
export function useQuestionsInPage(edition: EditionItems, ready: boolean): QuestionsInPage {
  const total = allItems(edition).length;
  const [rendered, setRendered] = useState(() =>
    Math.min(itemsOfChapters(edition.chapters, CHAPTERS_SERVED), total),
  );
  const complete = rendered >= total;
  // Already in use when the page hydrates: scrolled (back to a position, or to a link's anchor) or
  // with focus inside.
  const [wanted, setWanted] = useState(
    () =>
      typeof window !== 'undefined' &&
      (window.scrollY > 0 || (document.activeElement !== null && document.activeElement !== document.body)),
  );
  useEffect(() => {
    if (wanted || complete) {
      return undefined;
    }
    return onFirstEngagement(window, () => setWanted(true), FILL_UNPROMPTED_AFTER_MS);
  }, [wanted, complete]);
  useEffect(() => {
    if (!ready || !wanted || complete) {
      return undefined;
    }
    const timer = setTimeout(
      () => startTransition(() => setRendered((before) => nextRendered(before, QUESTIONS_PER_STEP, total))),
      0,
    );
    return () => clearTimeout(timer);
  }, [ready, wanted, complete, rendered, total]);
  useEffect(() => {
    if (complete) {
      return undefined;
    }
    const all = () => flushSync(() => setRendered(total));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [complete, total]);
  return useMemo(() => ({rendered, complete, inUse: wanted}), [rendered, complete, wanted]);
}

/**
 * The questions' view: folded chapters and the filter. The same object while none of them changes,
 * so that what shows only the view is not rendered again while questions are being added.
 */
export function useQuestionsView(edition: EditionItems, state: AssessmentState): QuestionsView {
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
  const setAll = useCallback(
    (fold: boolean) => setCollapsed(new Set(fold ? edition.chapters.map((c) => c.chapter) : [])),
    [edition],
  );
  const answers = state.answers;
  const choose = useCallback(
    (next: ItemFilter) => {
      setFilter(next);
      setShown(next === 'all' ? null : new Set(filterItems(allItems(edition), answers, next)));
    },
    [edition, answers],
  );
  return useMemo(
    () => ({collapsed, filter, shown, toggle, expand, setAll, choose}),
    [collapsed, filter, shown, toggle, expand, setAll, choose],
  );
}
