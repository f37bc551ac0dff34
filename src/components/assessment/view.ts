import {useCallback, useState} from 'react';
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
}

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
  const setAll = (fold: boolean) => setCollapsed(new Set(fold ? edition.chapters.map((c) => c.chapter) : []));
  const choose = (next: ItemFilter) => {
    setFilter(next);
    setShown(next === 'all' ? null : new Set(filterItems(allItems(edition), state.answers, next)));
  };
  return {collapsed, filter, shown, toggle, expand, setAll, choose};
}
