/**
 * A queue of small tasks run one at a time, each when the browser is idle, in the order they were
 * added. Plain logic: the scheduler is passed in (`requestIdleCallback` in the browser, a fake in the
 * unit tests).
 */
export type Schedule = (run: () => void) => void;

/**
 * `schedule`, holding back everything asked of it until `open` calls the release it is given; from
 * then on it passes each run straight on. What was held is passed on in the order it came.
 */
export function heldUntil(schedule: Schedule, open: (release: () => void) => void): Schedule {
  let held: (() => void)[] | null = [];
  open(() => {
    const waiting = held ?? [];
    held = null;
    waiting.forEach(schedule);
  });
  return (run) => {
    if (held) {
      held.push(run);
    } else {
      schedule(run);
    }
  };
}

export interface IdleQueue {
  add(task: () => void): void;
  /** Tasks waiting to run. */
  readonly size: number;
}

export function createIdleQueue(schedule: Schedule): IdleQueue {
  const tasks: (() => void)[] = [];
  let scheduled = false;
  const next = () => {
    if (!scheduled && tasks.length > 0) {
      scheduled = true;
      schedule(step);
    }
  };
  function step() {
    scheduled = false;
    const task = tasks.shift();
    try {
      task?.();
    } finally {
      next();
    }
  }
  return {
    add(task) {
      tasks.push(task);
      next();
    },
    get size() {
      return tasks.length;
    },
  };
}

/**
 * `call` deferred into the queue: each distinct argument is passed to it once, when its turn comes.
 * Returns false at once, as Docusaurus's `prefetch` does for a route it does not fetch now.
 */
export function deferOnce(
  call: (argument: string) => unknown,
  queue: IdleQueue,
): (argument: string) => false {
  const asked = new Set<string>();
  return (argument) => {
    if (!asked.has(argument)) {
      asked.add(argument);
      queue.add(() => {
        const result = call(argument);
        // A prefetch that fails (offline, a chunk gone after a new deploy) costs nothing: the page
        // is fetched again when the reader follows the link.
        if (result instanceof Promise) {
          result.catch(() => undefined);
        }
      });
    }
    return false;
  };
}

/**
 * The browser's schedule: `run` in an idle callback (at the latest after `timeoutMs`), or after a
 * short timer in a browser without them. Returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, {timeout: timeoutMs});
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, 200);
  return () => window.clearTimeout(timer);
}
