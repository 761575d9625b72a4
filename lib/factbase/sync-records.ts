/**
 * The fact base's side of team sync: reading the records a member shares, and writing the
 * records teammates shared, each batch in one transaction. Records arrive already validated
 * (lib/sync/docs.ts); derived index fields are rebuilt here as for any other write.
 */
import { bumpActorsRevision } from './revision';
import type { FactbaseDB } from './db';
import { TOMBSTONES_KEY } from './bundle';
import { stripStored, toStoredActor, toStoredClaim, toStoredIncident } from './records';
import type { Actor, Claim, Incident, Note, Source } from './schema';
import { writeTransaction } from './counts';

/** A shared record's kind and its store. */
export const SYNC_STORES = { actor: 'actors', source: 'sources', incident: 'incidents', claim: 'claims', note: 'notes' } as const;
/** A kind of shared record. */
export type SharedKind = keyof typeof SYNC_STORES;
/** The record of each shared kind. */
type RecordOf = { actor: Actor; source: Source; incident: Incident; claim: Claim; note: Note };
const KIND_OF_STORE = Object.fromEntries(Object.entries(SYNC_STORES).map(([k, s]) => [s, k])) as Record<string, SharedKind>;

const BATCH = 1_000;

/** A record as it is now (derived fields dropped), or null when there is none. */
export async function readSharedRecord<K extends SharedKind>(db: FactbaseDB, kind: K, id: string): Promise<RecordOf[K] | null> {
  const rec = await db.get(SYNC_STORES[kind], id);
  return rec ? (stripStored(rec) as RecordOf[K]) : null;
}

/**
 * Calls `fn` with every record of these kinds and its origin (notes have none: "user"), in
 * batches of primary keys; the caller decides what a member shares.
 */
export async function forEachRecord(
  db: FactbaseDB,
  kinds: readonly SharedKind[],
  fn: (kind: SharedKind, record: RecordOf[SharedKind], origin: string) => void | Promise<void>,
): Promise<void> {
  for (const kind of kinds) {
    const store = SYNC_STORES[kind];
    let after: string | null = null;
    for (;;) {
      const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const batch = (await db.getAll(store, range, BATCH)) as (RecordOf[SharedKind] & { origin?: string })[];
      for (const r of batch) await fn(kind, stripStored(r), r.origin ?? 'user');
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]!.id;
    }
  }
}

/** The bundled records this member deleted or merged away (they are shared as deletions). */
export async function deletedBundledRecords(db: FactbaseDB): Promise<{ kind: SharedKind; id: string }[]> {
  const list = (await db.get('meta', TOMBSTONES_KEY))?.value;
  if (!Array.isArray(list)) return [];
  const out: { kind: SharedKind; id: string }[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const at = entry.indexOf(':');
    const kind = KIND_OF_STORE[entry.slice(0, at)];
    if (kind) out.push({ kind, id: entry.slice(at + 1) });
  }
  return out;
}

/** One teammate's record to write: the record, or null to delete it. */
export interface SyncedWrite {
  kind: SharedKind;
  id: string;
  record: RecordOf[SharedKind] | null;
  /** Checked against the record as it is inside the transaction: false leaves it alone (a local edit came first). */
  guard?: (current: RecordOf[SharedKind] | null) => boolean;
}

/**
 * Writes teammates' records in one transaction; returns the ids written (guarded writes whose
 * guard refused are skipped). Changing an actor bumps the actors' revision so matchers rebuild;
 * deleting a bundled record tombstones it, so a bundle update does not bring it back.
 */
export async function applySyncedRecords(db: FactbaseDB, writes: readonly SyncedWrite[]): Promise<string[]> {
  const tx = writeTransaction(db, ['actors', 'sources', 'incidents', 'claims', 'notes', 'meta']);
  const written: string[] = [];
  let actorsChanged = false;
  const tombstones: string[] = [];
  for (const w of writes) {
    const store = tx.objectStore(SYNC_STORES[w.kind]);
    const existing = (await store.get(w.id)) as (RecordOf[SharedKind] & { origin?: string }) | undefined;
    if (w.guard && !w.guard(existing ? stripStored(existing) : null)) continue;
    if (w.record === null) {
      if (!existing) continue;
      await store.delete(w.id);
      if (existing.origin === 'bundled') tombstones.push(`${SYNC_STORES[w.kind]}:${w.id}`);
    } else if (w.kind === 'actor') {
      await tx.objectStore('actors').put(toStoredActor(w.record as Actor));
    } else if (w.kind === 'incident') {
      await tx.objectStore('incidents').put(toStoredIncident(w.record as Incident));
    } else if (w.kind === 'claim') {
      const claim = w.record as Claim;
      const incident = claim.incidentId ? await tx.objectStore('incidents').get(claim.incidentId) : undefined;
      await tx.objectStore('claims').put(toStoredClaim(claim, incident ? stripStored(incident) : undefined));
    } else if (w.kind === 'source') {
      await tx.objectStore('sources').put(w.record as Source);
    } else {
      await tx.objectStore('notes').put(w.record as Note);
    }
    if (w.kind === 'actor') actorsChanged = true;
    written.push(w.id);
  }
  const meta = tx.objectStore('meta');
  if (tombstones.length) {
    const old = (await meta.get(TOMBSTONES_KEY))?.value;
    const list = Array.isArray(old) ? (old as string[]) : [];
    await meta.put({ key: TOMBSTONES_KEY, value: [...new Set([...list, ...tombstones])] });
  }
  if (actorsChanged) {
    await bumpActorsRevision(meta);
  }
  await tx.done;
  return written;
}
