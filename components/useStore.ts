import { useEffect, useState } from 'preact/hooks';
import type { Store } from '../lib/content/store';

/** The store's current value, re-rendering on each change. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    // A change between the first render and this effect is not missed.
    setValue(store.get());
    return store.watch(setValue);
  }, [store]);
  return value;
}
