/**
 * Writes that belong together, each in one transaction.
 */
import type { FactbaseDB, StoredClaim } from './db';
import type { Source } from './schema';

/** What recording a page read did. */
export type RecordOutcome = 'added' | 'unchanged' | 'replaced';

/**
 * Remembers a page read: its source and its claims, in one transaction. A page read again with
 * the same text is not counted twice; a page whose text changed replaces its earlier claims.
 */
export async function recordPageRead(db: FactbaseDB, source: Source, claims: readonly StoredClaim[]): Promise<RecordOutcome> {
  const tx = db.transaction(['sources', 'claims'], 'readwrite');
  const sources = tx.objectStore('sources');
  const store = tx.objectStore('claims');
  const existing = await sources.get(source.id);
  let outcome: RecordOutcome = 'added';
  if (existing) {
    if (existing.textHash && existing.textHash === source.textHash) {
      await tx.done;
      return 'unchanged';
    }
    outcome = 'replaced';
    for (let c = await store.index('by-source').openCursor(source.id); c; c = await c.continue()) {
      if (c.value.origin === 'read') await c.delete();
    }
  }
  await sources.put(source);
  for (const claim of claims) await store.put(claim);
  await tx.done;
  return outcome;
}

const REVISION_KEY = 'actorsRevision';

/** The actors' revision: bumped on every change to actors, so matchers know to rebuild. */
export async function actorsRevision(db: FactbaseDB): Promise<number> {
  const v = (await db.get('meta', REVISION_KEY))?.value;
  return typeof v === 'number' ? v : 0;
}

/** Bumps the actors' revision. */
export async function bumpActorsRevision(db: FactbaseDB): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const v = (await tx.store.get(REVISION_KEY))?.value;
  await tx.store.put({ key: REVISION_KEY, value: (typeof v === 'number' ? v : 0) + 1 });
  await tx.done;
}
