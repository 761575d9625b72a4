import { describe, expect, it } from 'vitest';
import { createStore } from '../../lib/content/store';

describe('createStore', () => {
  it('hands out the value it holds and tells each watcher of a change', () => {
    const store = createStore(1);
    const seen: number[] = [];
    store.watch((v) => seen.push(v));
    store.set(2);
    store.set(3);
    expect(store.get()).toBe(3);
    expect(seen).toEqual([2, 3]);
  });

  it('stops telling a watcher once its signal aborts or it unwatches', () => {
    const store = createStore('a');
    const controller = new AbortController();
    const bySignal: string[] = [];
    const byCall: string[] = [];
    store.watch((v) => bySignal.push(v), controller.signal);
    const unwatch = store.watch((v) => byCall.push(v));
    store.set('b');
    controller.abort();
    unwatch();
    store.set('c');
    expect(bySignal).toEqual(['b']);
    expect(byCall).toEqual(['b']);
  });

  it('never registers a watcher whose signal has already aborted', () => {
    const store = createStore(0);
    const seen: number[] = [];
    store.watch((v) => seen.push(v), AbortSignal.abort());
    store.set(1);
    expect(seen).toEqual([]);
  });
});
