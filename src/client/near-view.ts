/**
 * When a part of the page is about to be needed: it comes within `NEAR_MARGIN` of the viewport, or
 * focus moves into it (a keyboard reader tabbing there). Plain logic: the observer constructor is
 * passed in (the browser's `IntersectionObserver`, a fake in the unit tests).
 */

/** How far beyond the viewport, above and below, a part counts as near: one and a half screens. */
export const NEAR_MARGIN = '150% 0px';

export type ObserverConstructor = new (
  callback: IntersectionObserverCallback,
  options?: IntersectionObserverInit,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

/**
 * Calls `start` once, when `element` is near the viewport or receives focus. Without an observer
 * (very old browsers) it starts at once. Returns a function that cancels it.
 */
export function whenNear(
  element: Element,
  start: () => void,
  Observer: ObserverConstructor | undefined,
): () => void {
  if (Observer === undefined) {
    start();
    return () => undefined;
  }
  let done = false;
  const stop = () => {
    if (!done) {
      done = true;
      observer.disconnect();
      element.removeEventListener('focusin', fire);
    }
  };
  function fire() {
    if (!done) {
      stop();
      start();
    }
  }
  const observer = new Observer(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        fire();
      }
    },
    {rootMargin: NEAR_MARGIN},
  );
  observer.observe(element);
  element.addEventListener('focusin', fire);
  return stop;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING` (the constant, so that the logic runs outside a browser too). */
const DOCUMENT_POSITION_FOLLOWING = 4;

/**
 * Whether focus moving into `element` came from an element before it in the document (a reader
 * tabbing forward): `from` is the focus event's `relatedTarget`.
 */
export function cameFromBefore(element: Element, from: EventTarget | null): boolean {
  if (from === null || !('compareDocumentPosition' in from)) {
    return false;
  }
  const node = from as Node;
  return (
    !element.contains(node) && (node.compareDocumentPosition(element) & DOCUMENT_POSITION_FOLLOWING) !== 0
  );
}

/**
 * Where `node` sits under `root`: the index of each element on the way down, or null when it is not
 * under it. With `elementAt`, finds the same place in a subtree built again with the same shape.
 */
export function elementPath(root: Element, node: Element | null): number[] | null {
  const path: number[] = [];
  let current = node;
  while (current && current !== root) {
    const parent: Element | null = current.parentElement;
    if (!parent) {
      return null;
    }
    path.unshift(Array.prototype.indexOf.call(parent.children, current));
    current = parent;
  }
  return current === root && node !== root ? path : null;
}

/** The first element under `root` that the Tab key reaches (not disabled, hidden or inert). */
export function firstTabbable(root: Element): HTMLElement | null {
  for (const candidate of Array.from(root.querySelectorAll<HTMLElement>(TABBABLE))) {
    if (
      candidate.tabIndex >= 0 &&
      candidate.closest('[inert]') === null &&
      candidate.getClientRects().length > 0
    ) {
      return candidate;
    }
  }
  return null;
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

export function elementAt(root: Element, path: readonly number[]): Element | null {
  let current: Element | null = root;
  for (const index of path) {
    current = current?.children[index] ?? null;
  }
  return current;
}
