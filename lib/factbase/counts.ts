/**
 * How many records each store holds, kept in `meta` and changed in the same transaction as every
 * write, because IndexedDB's `count()` walks the whole store (about 70 ms for 100k claims in
 * Chromium), which the popup would pay on every opening. Every read-write transaction of the fact
 * base is opened here (`writeTransaction`), so no write can forget the counts.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { FactbaseDB, FactbaseSchema } from './db';

/** Meta key of the record counts. */
export const COUNTS_KEY = 'counts';

/** The stores whose records are counted. */
export const COUNTED_STORES = ['actors', 'sources', 'incidents', 'claims', 'notes'] as const;

/** A counted store's name. */
export type CountedStore = (typeof COUNTED_STORES)[number];

/** How many records the fact base holds, per kind. */
export type FactbaseCounts = Record<CountedStore, number>;

type Names = StoreNames<FactbaseSchema>;
type AnyStore = IDBPObjectStore<FactbaseSchema, ArrayLike<Names>, Names, 'readwrite'>;
type Delta = Partial<Record<CountedStore, number>>;

const isCounted = (name: string): name is CountedStore => (COUNTED_STORES as readonly string[]).includes(name);

function isCounts(v: unknown): v is FactbaseCounts {
  return typeof v === 'object' && v !== null && COUNTED_STORES.every((s) => Number.isInteger((v as Record<string, unknown>)[s]));
}

/**
 * A store whose `put`, `add`, `delete` and `clear` tell `changed` how many records they added or
 * removed. Each asks `count(key)` just before its own request, in the same call, so the caller's
 * requests still run in the order it issued them.
 */
function countingStore(store: AnyStore, changed: (by: number) => void): AnyStore {
  // Every store's keys are strings (ids).
  const keyOf = (value: unknown): string => (value as Record<string, string>)[store.keyPath as string]!;
  const put = (value: unknown, key?: string) => {
    const had = store.count(key ?? keyOf(value));
    const done = (store.put as (v: unknown, k?: IDBValidKey) => Promise<IDBValidKey>)(value, key);
    return Promise.all([had, done]).then(([n, k]) => {
      if (n === 0) changed(1);
      return k;
    });
  };
  const add = (value: unknown, key?: string) =>
    (store.add as (v: unknown, k?: IDBValidKey) => Promise<IDBValidKey>)(value, key).then((k) => {
      changed(1);
      return k;
    });
  const remove = (key: string | IDBKeyRange) => {
    const had = store.count(key);
    const done = store.delete(key);
    return Promise.all([had, done]).then(([n]) => {
      if (n > 0) changed(-n);
    });
  };
  const clear = () => {
    const had = store.count();
    const done = store.clear();
    return Promise.all([had, done]).then(([n]) => {
      if (n > 0) changed(-n);
    });
  };
  const own: Record<string, unknown> = { put, add, delete: remove, clear };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && Object.hasOwn(own, prop)) return own[prop];
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * Opens a read-write transaction over `stores` (and `meta`, always) whose writes keep the record
 * counts: the only way the fact base opens one. Cursor deletes are not counted: delete through
 * the store (`store.delete(cursor.primaryKey)`).
 */
export function writeTransaction<const S extends readonly Names[]>(db: FactbaseDB, stores: S): IDBPTransaction<FactbaseSchema, [...S, 'meta'], 'readwrite'> {
  const names = [...new Set<Names>([...stores, 'meta'])];
  const tx = db.transaction(names, 'readwrite') as unknown as IDBPTransaction<FactbaseSchema, [...S, 'meta'], 'readwrite'>;
  const meta = tx.objectStore('meta');
  let delta: Delta = {};
  let flushing: Promise<void> = Promise.resolve();
  let queued = false;
  // The counts as this transaction last wrote them: read once, since every change to them in this
  // transaction goes through here.
  let current: FactbaseCounts | null | undefined;
  // Each change queues one read-modify-write of the counts inside this transaction, so it commits
  // (or aborts) with the records it counts; changes made while one is queued join it, and the
  // chain keeps two of them from reading the same value.
  const changed = (store: CountedStore) => (by: number) => {
    delta[store] = (delta[store] ?? 0) + by;
    if (queued) return;
    queued = true;
    flushing = flushing
      .then(async () => {
        queued = false;
        const d = delta;
        delta = {};
        if (current === undefined) {
          const stored = (await meta.get(COUNTS_KEY))?.value;
          current = isCounts(stored) ? stored : null;
        }
        // Never counted yet (a database from before counts): `readCounts` counts it once.
        if (!current) return;
        const next = { ...current };
        for (const [s, n] of Object.entries(d) as [CountedStore, number][]) next[s] = Math.max(0, next[s] + n);
        current = next;
        await meta.put({ key: COUNTS_KEY, value: next });
      })
      // A failed step fails its request, which aborts the transaction: the caller hears of it there.
      .catch(() => undefined);
  };
  const wrapped = new Map<string, AnyStore>();
  const storeOf = (name: Names): AnyStore => {
    if (!wrapped.has(name)) {
      const raw = (tx.objectStore as (n: Names) => unknown)(name) as AnyStore;
      wrapped.set(name, isCounted(name) ? countingStore(raw, changed(name)) : raw);
    }
    return wrapped.get(name)!;
  };
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'objectStore') return storeOf;
      if (prop === 'done') return target.done.then(() => flushing);
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Counts every store once and stores the counts (a database from before counts, or a repair). */
export async function recount(db: FactbaseDB): Promise<FactbaseCounts> {
  const tx = db.transaction([...COUNTED_STORES, 'meta'], 'readwrite');
  const values = await Promise.all(COUNTED_STORES.map((s) => tx.objectStore(s).count()));
  const counts = Object.fromEntries(COUNTED_STORES.map((s, i) => [s, values[i]!])) as FactbaseCounts;
  await tx.objectStore('meta').put({ key: COUNTS_KEY, value: counts });
  await tx.done;
  return counts;
}

/** The record counts, from `meta` (one read), counted once when a database has none yet. */
export async function readCounts(db: FactbaseDB): Promise<FactbaseCounts> {
  const stored = (await db.get('meta', COUNTS_KEY))?.value;
  return isCounts(stored) ? { ...stored } : recount(db);
}
