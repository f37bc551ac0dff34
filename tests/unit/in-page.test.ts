import {describe, expect, it} from 'vitest';
import {displayOrder, itemsInPage, itemsOfChapters, nextRendered} from '../../src/assessment/in-page';

const chapters = [{items: ['a', 'b', 'c']}, {items: ['d']}, {items: []}, {items: ['e', 'f']}];

describe('which self-assessment questions are in the page', () => {
  it('shows a chapter’s scored questions before its process questions, each group in its order', () => {
    const items = [
      {id: 'p1', scope: 'process' as const},
      {id: 's1'},
      {id: 'p2', scope: 'process' as const},
      {id: 's2'},
    ];
    expect(displayOrder(items).map((item) => item.id)).toEqual(['s1', 's2', 'p1', 'p2']);
    expect(items.map((item) => item.id)).toEqual(['p1', 's1', 'p2', 's2']);
  });

  it('fills the chapters in order, each no further than its own items', () => {
    expect(itemsInPage(chapters, 0)).toEqual([0, 0, 0, 0]);
    expect(itemsInPage(chapters, 2)).toEqual([2, 0, 0, 0]);
    expect(itemsInPage(chapters, 3)).toEqual([3, 0, 0, 0]);
    expect(itemsInPage(chapters, 4)).toEqual([3, 1, 0, 0]);
    expect(itemsInPage(chapters, 5)).toEqual([3, 1, 0, 1]);
    expect(itemsInPage(chapters, 6)).toEqual([3, 1, 0, 2]);
    expect(itemsInPage(chapters, 60)).toEqual([3, 1, 0, 2]);
    expect(itemsInPage(chapters, -1)).toEqual([0, 0, 0, 0]);
  });

  it('counts what the served page holds: the first chapters’ items', () => {
    expect(itemsOfChapters(chapters, 0)).toBe(0);
    expect(itemsOfChapters(chapters, 1)).toBe(3);
    expect(itemsOfChapters(chapters, 2)).toBe(4);
    expect(itemsOfChapters(chapters, 9)).toBe(6);
  });

  it('adds a step of questions at a time, never more than there are', () => {
    expect(nextRendered(3, 3, 6)).toBe(6);
    expect(nextRendered(4, 3, 6)).toBe(6);
    expect(nextRendered(0, 2, 6)).toBe(2);
    const steps: number[] = [];
    for (let rendered = 3; rendered < 10; rendered = nextRendered(rendered, 3, 10)) {
      steps.push(rendered);
    }
    expect(steps).toEqual([3, 6, 9]);
    expect(() => nextRendered(3, 0, 6)).toThrow(/positive integer/);
    expect(() => nextRendered(3, 1.5, 6)).toThrow(/positive integer/);
  });
});
