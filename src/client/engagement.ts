/**
 * The reader's first sign of using a page: scrolling it (or anything in it), touching, clicking,
 * pressing a key, moving focus or following an in-page link. Plain logic: the event target is passed
 * in (the window in the browser, a bare `EventTarget` in the unit tests, which fake the timers).
 */

/** The events that show the reader is using the page. Listened to in the capture phase, passively. */
export const ENGAGEMENT_EVENTS = [
  'scroll',
  'wheel',
  'touchstart',
  'pointerdown',
  'keydown',
  'focusin',
  'hashchange',
] as const;

/**
 * Calls `start` once: on the first of `ENGAGEMENT_EVENTS` that reaches `target`, or after `quietMs`
 * without one, whichever comes first (null: only on an event). Returns a function that cancels it
 * (and is harmless after it has run).
 */
export function onFirstEngagement(
  target: EventTarget,
  start: () => void,
  quietMs: number | null,
): () => void {
  const options = {capture: true, passive: true} as const;
  let done = false;
  const stop = () => {
    if (!done) {
      done = true;
      if (timer !== undefined) {
        clearTimeout(timer);
      }
      for (const name of ENGAGEMENT_EVENTS) {
        target.removeEventListener(name, fire, options);
      }
    }
  };
  function fire() {
    if (!done) {
      stop();
      start();
    }
  }
  const timer = quietMs === null ? undefined : setTimeout(fire, quietMs);
  for (const name of ENGAGEMENT_EVENTS) {
    target.addEventListener(name, fire, options);
  }
  return stop;
}
