import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {ENGAGEMENT_EVENTS, onFirstEngagement} from '../../src/client/engagement';

describe('the reader’s first sign of using the page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(ENGAGEMENT_EVENTS)('starts on the first %s, once, and no longer listens after it', (name) => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstEngagement(target, start, 3000);
    expect(start).not.toHaveBeenCalled();
    target.dispatchEvent(new Event(name));
    expect(start).toHaveBeenCalledTimes(1);
    for (const other of ENGAGEMENT_EVENTS) {
      target.dispatchEvent(new Event(other));
    }
    vi.advanceTimersByTime(10_000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts by itself after the quiet time, and only then', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstEngagement(target, start, 3000);
    vi.advanceTimersByTime(2999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('scroll'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('ignores events that do not show use of the page', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstEngagement(target, start, 3000);
    for (const name of ['load', 'resize', 'mousemove', 'visibilitychange', 'message']) {
      target.dispatchEvent(new Event(name));
    }
    expect(start).not.toHaveBeenCalled();
  });

  it('does nothing once cancelled, and cancelling twice or after it ran is harmless', () => {
    const target = new EventTarget();
    const start = vi.fn();
    const cancel = onFirstEngagement(target, start, 3000);
    cancel();
    cancel();
    target.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(start).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);

    const again = onFirstEngagement(target, start, 3000);
    target.dispatchEvent(new Event('pointerdown'));
    again();
    expect(start).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('with no quiet time, waits for the reader however long it takes', () => {
    const target = new EventTarget();
    const start = vi.fn();
    onFirstEngagement(target, start, null);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(3_600_000);
    expect(start).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('touchstart'));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
