/**
 * Paging over the fact base's indexes, for the browsing lists: each list walks an index with a
 * cursor and stops after one page (or after `maxScan` records examined, when a text filter rejects
 * most of them), so a page costs the same with 100 claims or 100k. A page's `next` is an opaque
 * string that resumes exactly after the last record examined (index key + primary key),
 * unaffected by inserts.
 */
import { foldText } from '../extract/normalize';

/** Where a page starts and how long it is. */
export interface PageRequest {
  /** The `next` of the previous page; omit for the first page. */
  cursor?: string | null;
  /** Items per page (1..500); 50 by default. */
  limit?: number;
  /** Records examined at most before returning a shorter page (with a `next`); 5000 by default. */
  maxScan?: number;
}

/** One page of results. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null at the end. */
  next: string | null;
  /**
   * Records matching the query in all, on the first page only (counting walks the range, so later
   * pages skip it) and when the index alone answers the query (no text or field filter); else null.
   */
  total: number | null;
  /** Records examined for this page. */
  scanned: number;
}

// The minimal cursor surface the pager needs (idb's index and store cursors both have it).
export interface WalkCursor<V> {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: V;
  continue(key?: IDBValidKey): Promise<WalkCursor<V> | null>;
  continuePrimaryKey(key: IDBValidKey, primaryKey: IDBValidKey): Promise<WalkCursor<V> | null>;
}
export interface Walkable<V> {
  openCursor(range?: IDBKeyRange | null, direction?: IDBCursorDirection): Promise<WalkCursor<V> | null>;
  count(range?: IDBKeyRange | null): Promise<number>;
}

/** A cursor position: phase (for lists that walk two sources one after the other), index key, primary key. */
export type Position = [phase: number, key: string, primaryKey: string];

export function decodeCursor(cursor: string | null | undefined): Position | null {
  if (!cursor) return null;
  try {
    const p: unknown = JSON.parse(cursor);
    if (Array.isArray(p) && p.length === 3 && typeof p[0] === 'number' && typeof p[1] === 'string' && typeof p[2] === 'string') {
      return p as Position;
    }
  } catch {
    // Fall through: a cursor from elsewhere starts from the beginning rather than failing.
  }
  return null;
}

/** One source of records for a list: an index or store, a range within it, a direction. */
export interface Walk<V> {
  source: Walkable<V>;
  /** Inclusive bounds of the query (null: open). */
  lower: string | null;
  upper: string | null;
  direction: 'next' | 'prev';
  /** True when walking an object store (key = primary key). */
  isStore: boolean;
}

export function rangeOf(lower: string | null, upper: string | null, lowerOpen = false, upperOpen = false): IDBKeyRange | null {
  if (lower !== null && upper !== null) return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  if (lower !== null) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper !== null) return IDBKeyRange.upperBound(upper, upperOpen);
  return null;
}

/** Opens a walk positioned just after `after` (key, primary key), or at its start. */
export async function openAfter<V>(w: Walk<V>, after: [string, string] | null): Promise<WalkCursor<V> | null> {
  if (!after) return w.source.openCursor(rangeOf(w.lower, w.upper), w.direction);
  const [k, pk] = after;
  const fwd = w.direction === 'next';
  if (w.isStore) {
    return w.source.openCursor(fwd ? rangeOf(k, w.upper, true, false) : rangeOf(w.lower, k, false, true), w.direction);
  }
  let c = await w.source.openCursor(fwd ? rangeOf(k, w.upper) : rangeOf(w.lower, k), w.direction);
  if (c && c.key === k) {
    const before = fwd ? (c.primaryKey as string) < pk : (c.primaryKey as string) > pk;
    if (before) c = await c.continuePrimaryKey(k, pk);
    if (c && c.key === k && c.primaryKey === pk) c = await c.continue();
  }
  return c;
}

/** Walks the phases in order from the position, collecting up to `limit` accepted records. */
export async function pageOver<V, T>(
  walks: ReadonlyArray<Walk<V>>,
  req: PageRequest,
  accept: (value: V, key: string, phase: number) => T | null,
  filtered: boolean,
): Promise<Page<T>> {
  const limit = Math.min(Math.max(Math.floor(req.limit ?? 50), 1), 500);
  const maxScan = Math.max(req.maxScan ?? 5000, limit);
  const pos = decodeCursor(req.cursor);
  const items: T[] = [];
  let scanned = 0;
  let total: number | null = null;
  if (!filtered && !req.cursor) {
    total = 0;
    for (const w of walks) total += await w.source.count(rangeOf(w.lower, w.upper));
  }
  for (let phase = pos ? pos[0] : 0; phase < walks.length; phase++) {
    const w = walks[phase]!;
    // [phase, '', ''] marks the start of a phase.
    const resume = pos && pos[0] === phase && (pos[1] !== '' || pos[2] !== '') ? ([pos[1], pos[2]] as [string, string]) : null;
    let c = await openAfter(w, resume);
    let last: Position | null = null;
    while (c && items.length < limit && scanned < maxScan) {
      scanned++;
      const key = c.key as string;
      const item = accept(c.value, key, phase);
      if (item !== null) items.push(item);
      last = [phase, key, c.primaryKey as string];
      c = await c.continue();
    }
    if (c && last) return { items, next: JSON.stringify(last), total, scanned };
    // This phase is done; the next one starts from its beginning.
    if (items.length >= limit || scanned >= maxScan) {
      const more = phase + 1 < walks.length;
      return { items, next: more ? JSON.stringify([phase + 1, '', ''] satisfies Position) : null, total, scanned };
    }
  }
  return { items, next: null, total, scanned };
}

/** Folds text for substring search (case, diacritics, dashes). */
export const searchFold = (s: string): string => foldText(s).replace(/\s+/g, ' ').trim();
