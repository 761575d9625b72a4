/**
 * A value to read, replace and watch: how the content script shares its page's state with the
 * page UI it loads later (a second script in the same isolated world, `entrypoints/page-ui/`),
 * so neither calls the other back to redraw.
 */

/** A watched value. */
export interface Store<T> {
  /** The current value. */
  get(): T;
  /** Replaces the value and tells every watcher. */
  set(value: T): void;
  /** Calls `listener` after each change until `signal` aborts or the returned function is called. */
  watch(listener: (value: T) => void, signal?: AbortSignal): () => void;
}

/** A store holding `initial`. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
    watch(listener, signal) {
      const stop = (): void => void listeners.delete(listener);
      if (signal?.aborted) return stop;
      listeners.add(listener);
      signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },
  };
}
