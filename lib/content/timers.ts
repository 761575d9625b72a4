/**
 * Timers of the content script, tied to its WXT context (they never fire once the extension is
 * gone) and to the pass that set them (they never fire once the page was switched off or left).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A call that waits until things have been quiet for `ms`. */
export interface Debounced {
  /** (Re)starts the wait. */
  schedule(): void;
}

/**
 * Calls `run` once `schedule()` has not been called for `ms`; never after `signal` aborts. The
 * signal is a pass's, which the context's own `ctx.signal` aborts too (lib/content/reader.dom.ts):
 * one abort listener for every restart, where `ctx.setTimeout` would add one per call.
 */
export function debounced(signal: AbortSignal, ms: number, run: () => void): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return {
    schedule() {
      clearTimeout(timer);
      if (!signal.aborted) timer = setTimeout(run, ms);
    },
  };
}

/** Resolves after `ms`; never resolves when the content script's context goes first. */
export function pause(ctx: ContentScriptContext, ms: number): Promise<void> {
  return new Promise((resolve) => void ctx.setTimeout(resolve, ms));
}
