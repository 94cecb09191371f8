import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_MS, FrameWait } from '@/utils/compose/frame-wait';

describe('waiting for the analysis frame instead of compiling the page’s analyzer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds editors until the frame holds the new data, then lets them send at once', () => {
    const wait = new FrameWait();
    const then = vi.fn();
    expect(wait.join(then)).toBe(false); // nothing to wait for: analyse now
    wait.begin(2000);
    expect(wait.join(then)).toBe(true);
    vi.advanceTimersByTime(300);
    expect(then).not.toHaveBeenCalled();
    wait.ready();
    expect(then).toHaveBeenCalledTimes(1);
    expect(wait.join(vi.fn())).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1); // the deadline's timer is gone with the wait
  });

  it('gives up at the deadline: the waiting editors run (and analyse in the page)', () => {
    const wait = new FrameWait();
    const then = vi.fn();
    wait.begin(2000);
    wait.join(then);
    vi.advanceTimersByTime(1999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('budgets an answer up to the deadline until the frame answers under the new data, then ANSWER_MS', () => {
    const wait = new FrameWait();
    expect(wait.budget()).toBe(ANSWER_MS);
    wait.begin(2000);
    wait.ready();
    vi.advanceTimersByTime(500);
    // Loaded, but its thread may still be busy: the first answer may take the rest of the wait.
    expect(wait.budget()).toBe(1500);
    wait.answered();
    expect(wait.budget()).toBe(ANSWER_MS);
  });

  it('never shortens a running wait, and falls back to ANSWER_MS once the deadline passed', () => {
    const wait = new FrameWait();
    wait.begin(2000);
    vi.advanceTimersByTime(100);
    wait.begin(500); // e.g. a second settings change while the first one's data loads
    expect(wait.budget()).toBe(1900);
    const then = vi.fn();
    wait.join(then);
    vi.advanceTimersByTime(1899);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(wait.budget()).toBe(ANSWER_MS);
  });

  it('a frame that is given up releases everyone and expects nothing more', () => {
    const wait = new FrameWait();
    const then = vi.fn();
    wait.begin(2000);
    wait.join(then);
    wait.fail();
    expect(then).toHaveBeenCalledTimes(1);
    expect(wait.budget()).toBe(ANSWER_MS);
    expect(wait.join(vi.fn())).toBe(false);
  });
});
