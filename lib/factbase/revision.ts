/**
 * The actors' revision: one counter in `meta`, bumped in the same transaction as every change to
 * actors, so alias matchers built from an older revision know to rebuild. Declared and bumped
 * only here.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { FactbaseDB, FactbaseSchema } from './db';

/** Meta key of the actors' revision (the matcher cache's key). */
export const REVISION_KEY = 'actorsRevision';

/** The `meta` store of a read-write transaction, whatever else that transaction spans. */
export type WritableMeta = IDBPObjectStore<FactbaseSchema, ArrayLike<StoreNames<FactbaseSchema>>, 'meta', 'readwrite'>;

/** The actors' revision (0 before the first change). */
export async function actorsRevision(db: FactbaseDB): Promise<number> {
  const v = (await db.get('meta', REVISION_KEY))?.value;
  return typeof v === 'number' ? v : 0;
}

/** Bumps the actors' revision inside the caller's transaction, so it commits (or not) with the change. */
export async function bumpActorsRevision(meta: WritableMeta): Promise<void> {
  const v = (await meta.get(REVISION_KEY))?.value;
  await meta.put({ key: REVISION_KEY, value: (typeof v === 'number' ? v : 0) + 1 });
}
