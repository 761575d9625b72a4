import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../../lib/factbase/browse';

/** Props of `PagedList`. */
export interface PagedListProps<T> {
  /** Loads the page after `cursor` (null: the first page). */
  load: (cursor: string | null) => Promise<Page<T>>;
  /** Changes whenever the query changes (or data changed): the list starts again. */
  queryKey: string;
  /** Renders one item as an `<li>`. */
  render: (item: T) => ComponentChildren;
  /** A stable key per item. */
  itemKey: (item: T) => string;
  /** Accessible name of the list, e.g. "Actors". */
  label: string;
  /** What to say when nothing matches. */
  empty: string;
  /** data-testid of the list. */
  testId?: string;
}

type State<T> = { items: T[]; next: string | null; total: number | null; loading: boolean; error: string | null };

/** A list loaded one page at a time through an index cursor, with "Load more". */
export function PagedList<T>({ load, queryKey, render, itemKey, label, empty, testId }: PagedListProps<T>): JSX.Element {
  const [state, setState] = useState<State<T>>({ items: [], next: null, total: null, loading: true, error: null });
  // Bumped when the query changes, so a "Load more" answer for an old query is dropped.
  const generation = useRef(0);

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load(null).then(
      (page) => live && setState({ items: page.items, next: page.next, total: page.total, loading: false, error: null }),
      (e: unknown) => live && setState({ items: [], next: null, total: null, loading: false, error: e instanceof Error ? e.message : String(e) }),
    );
    generation.current++;
    return () => {
      live = false;
    };
    // `load` is a new function on every render of the parent: `queryKey` says when it really changed.
  }, [queryKey]);

  const more = (): void => {
    const cursor = state.next;
    if (!cursor) return;
    const gen = generation.current;
    setState((s) => ({ ...s, loading: true }));
    load(cursor).then(
      (page) =>
        gen === generation.current &&
        setState((s) => ({ items: [...s.items, ...page.items], next: page.next, total: s.total, loading: false, error: null })),
      (e: unknown) => gen === generation.current && setState((s) => ({ ...s, loading: false, error: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <div class="paged">
      {state.error ? <p role="alert">Could not load: {state.error}</p> : null}
      {!state.loading && !state.error && state.items.length === 0 ? <p class="empty">{empty}</p> : null}
      {state.items.length > 0 ? (
        <>
          <p class="muted small" aria-live="polite">
            Showing {state.items.length}
            {state.total !== null ? ` of ${state.total}` : state.next ? ' so far' : ''}
          </p>
          <ul class="records" aria-label={label} data-testid={testId}>
            {state.items.map((item) => (
              <li key={itemKey(item)}>{render(item)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {state.loading ? <p role="status">Loading…</p> : null}
      {state.next && !state.loading ? (
        <button type="button" onClick={more}>
          Load more
        </button>
      ) : null}
    </div>
  );
}
