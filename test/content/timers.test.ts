import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounced } from '../../lib/content/timers';

describe('debounced', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the calls have been quiet for the wait', () => {
    const run = vi.fn();
    const d = debounced(new AbortController().signal, 800, run);
    d.schedule();
    vi.advanceTimersByTime(500);
    d.schedule();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once its signal aborted, whether the wait had started or not', () => {
    const run = vi.fn();
    const controller = new AbortController();
    const d = debounced(controller.signal, 800, run);
    d.schedule();
    controller.abort();
    d.schedule();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
