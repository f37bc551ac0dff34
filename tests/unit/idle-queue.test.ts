import {describe, expect, it} from 'vitest';
import {createIdleQueue, deferOnce, heldUntil} from '../../src/client/idle-queue';

/** A scheduler that runs nothing until told: each `idle()` is one idle period of the browser. */
function fakeIdle() {
  const waiting: (() => void)[] = [];
  return {
    schedule: (run: () => void) => void waiting.push(run),
    idle() {
      waiting.shift()?.();
    },
    get pending() {
      return waiting.length;
    },
  };
}

describe('the idle queue', () => {
  it('runs one task per idle period, in the order they came', () => {
    const idle = fakeIdle();
    const queue = createIdleQueue(idle.schedule);
    const ran: string[] = [];
    queue.add(() => ran.push('a'));
    queue.add(() => ran.push('b'));
    queue.add(() => ran.push('c'));
    expect(ran).toEqual([]);
    expect(idle.pending).toBe(1);
    idle.idle();
    expect(ran).toEqual(['a']);
    expect(queue.size).toBe(2);
    idle.idle();
    idle.idle();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(idle.pending).toBe(0);
    queue.add(() => ran.push('d'));
    expect(idle.pending).toBe(1);
    idle.idle();
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });

  it('goes on with the next task when one throws', () => {
    const idle = fakeIdle();
    const queue = createIdleQueue(idle.schedule);
    const ran: string[] = [];
    queue.add(() => {
      throw new Error('broken');
    });
    queue.add(() => ran.push('after'));
    expect(() => idle.idle()).toThrow('broken');
    idle.idle();
    expect(ran).toEqual(['after']);
  });

  it('defers each distinct call once and answers false at once', async () => {
    const idle = fakeIdle();
    const called: string[] = [];
    let failures = 0;
    const prefetch = deferOnce((url) => {
      called.push(url);
      return url === '/gone' ? Promise.reject(new Error('404')).finally(() => failures++) : false;
    }, createIdleQueue(idle.schedule));
    expect(prefetch('/docs/a')).toBe(false);
    expect(prefetch('/docs/b')).toBe(false);
    expect(prefetch('/docs/a')).toBe(false);
    expect(prefetch('/gone')).toBe(false);
    expect(called).toEqual([]);
    while (idle.pending > 0) {
      idle.idle();
    }
    expect(called).toEqual(['/docs/a', '/docs/b', '/gone']);
    // The failed prefetch is caught, not left as an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures).toBe(1);
  });
});

describe('a schedule held until it is released', () => {
  it('passes nothing on before the release, then what was held in its order, then each run at once', () => {
    const passed: string[] = [];
    let release = () => {};
    const schedule = heldUntil(
      (run) => {
        passed.push('scheduled');
        run();
      },
      (open) => {
        release = open;
      },
    );
    const ran: string[] = [];
    schedule(() => ran.push('a'));
    schedule(() => ran.push('b'));
    expect(passed).toEqual([]);
    expect(ran).toEqual([]);
    release();
    expect(ran).toEqual(['a', 'b']);
    schedule(() => ran.push('c'));
    expect(ran).toEqual(['a', 'b', 'c']);
    release();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(passed).toHaveLength(3);
  });

  it('holds an idle queue’s first task until released, then runs one per idle period again', () => {
    const idle = fakeIdle();
    let release = () => {};
    const queue = createIdleQueue(
      heldUntil(idle.schedule, (open) => {
        release = open;
      }),
    );
    const ran: string[] = [];
    queue.add(() => ran.push('a'));
    queue.add(() => ran.push('b'));
    expect(idle.pending).toBe(0);
    release();
    expect(idle.pending).toBe(1);
    idle.idle();
    idle.idle();
    expect(ran).toEqual(['a', 'b']);
  });
});
