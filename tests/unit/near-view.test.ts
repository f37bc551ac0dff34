import {describe, expect, it, vi} from 'vitest';
import {
  NEAR_MARGIN,
  cameFromBefore,
  elementAt,
  elementPath,
  whenNear,
  type ObserverConstructor,
} from '../../src/client/near-view';

/** A stand-in for IntersectionObserver: the test says when the observed element intersects. */
function fakeObserver() {
  const made: {options?: IntersectionObserverInit; observed: Element[]; disconnected: boolean}[] = [];
  let callback: IntersectionObserverCallback = () => undefined;
  const Observer: ObserverConstructor = class {
    private readonly record: (typeof made)[number];
    constructor(cb: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      callback = cb;
      this.record = {options, observed: [], disconnected: false};
      made.push(this.record);
    }
    observe(element: Element) {
      this.record.observed.push(element);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  };
  const report = (isIntersecting: boolean) =>
    callback([{isIntersecting} as IntersectionObserverEntry], {} as IntersectionObserver);
  return {Observer, made, report};
}

/** A bare element: an event target with the tree links the helpers read. */
function tree() {
  const make = (parent: FakeElement | null): FakeElement => {
    const element = Object.assign(new EventTarget(), {parentElement: parent, children: [] as FakeElement[]});
    parent?.children.push(element);
    return element;
  };
  type FakeElement = EventTarget & {parentElement: FakeElement | null; children: FakeElement[]};
  const root = make(null);
  const a = make(root);
  const b = make(root);
  const b0 = make(b);
  const b1 = make(b);
  return {root, a, b, b0, b1, outside: make(null)};
}

describe('when a part of the page is about to be needed', () => {
  it('watches the element with a margin of one and a half screens and starts once when it is near', () => {
    const {Observer, made, report} = fakeObserver();
    const element = tree().root as unknown as Element;
    const start = vi.fn();
    whenNear(element, start, Observer);
    expect(made).toHaveLength(1);
    expect(made[0]?.options?.rootMargin).toBe(NEAR_MARGIN);
    expect(made[0]?.observed).toEqual([element]);
    report(false);
    expect(start).not.toHaveBeenCalled();
    report(true);
    report(true);
    expect(start).toHaveBeenCalledTimes(1);
    expect(made[0]?.disconnected).toBe(true);
  });

  it('starts when focus moves into the element, and then no longer watches it', () => {
    const {Observer, made, report} = fakeObserver();
    const element = tree().root;
    const removed = vi.spyOn(element, 'removeEventListener');
    const start = vi.fn();
    whenNear(element as unknown as Element, start, Observer);
    element.dispatchEvent(new Event('focusin'));
    expect(start).toHaveBeenCalledTimes(1);
    expect(made[0]?.disconnected).toBe(true);
    expect(removed.mock.calls.map(([name]) => name)).toEqual(['focusin']);
    report(true);
    element.dispatchEvent(new Event('focusin'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once cancelled', () => {
    const {Observer, made, report} = fakeObserver();
    const element = tree().root;
    const start = vi.fn();
    whenNear(element as unknown as Element, start, Observer)();
    expect(made[0]?.disconnected).toBe(true);
    report(true);
    element.dispatchEvent(new Event('focusin'));
    expect(start).not.toHaveBeenCalled();
  });

  it('starts at once in a browser without IntersectionObserver', () => {
    const start = vi.fn();
    whenNear(tree().root as unknown as Element, start, undefined);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('finds the same place in a subtree built again with the same shape', () => {
    const first = tree();
    const second = tree();
    const path = elementPath(first.root as unknown as Element, first.b1 as unknown as Element);
    expect(path).toEqual([1, 1]);
    expect(elementAt(second.root as unknown as Element, path ?? [])).toBe(second.b1);
    expect(elementAt(second.root as unknown as Element, [5, 0])).toBeNull();
  });

  it('has no place for an element outside the subtree, for nothing, or for the root itself', () => {
    const {root, outside} = tree();
    expect(elementPath(root as unknown as Element, outside as unknown as Element)).toBeNull();
    expect(elementPath(root as unknown as Element, null)).toBeNull();
    expect(elementPath(root as unknown as Element, root as unknown as Element)).toBeNull();
  });

  it('tells focus that came from before the element from focus that came from after or inside it', () => {
    const FOLLOWING = 4;
    const PRECEDING = 2;
    const element = {contains: (node: unknown) => node === inside} as unknown as Element;
    const inside = {compareDocumentPosition: () => 0};
    const before = {compareDocumentPosition: () => FOLLOWING};
    const after = {compareDocumentPosition: () => PRECEDING};
    expect(cameFromBefore(element, before as unknown as EventTarget)).toBe(true);
    expect(cameFromBefore(element, after as unknown as EventTarget)).toBe(false);
    expect(cameFromBefore(element, inside as unknown as EventTarget)).toBe(false);
    expect(cameFromBefore(element, null)).toBe(false);
    expect(cameFromBefore(element, new EventTarget())).toBe(false);
  });
});
