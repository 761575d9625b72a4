/**
 * The full backup's way in and out of the fact base: the merge of a validated backup in ONE
 * transaction (a failed import changes nothing), and the export of the notes and the user's
 * records. The file format and its validation are in lib/export/backup.ts.
 */
import type { FactbaseDB } from './db';
import { stripStored, toStoredActor, toStoredClaim, toStoredIncident } from './records';
import { bumpActorsRevision } from './revision';
import type { Backup, BackupData } from '../export/backup';
import { time } from './notes';
import { writeTransaction } from './counts';

/** How many records an import added, updated, left as they were, or skipped (bundled records). */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** What an import did, in total and per kind of record. */
export interface ImportReport extends ImportCounts {
  byKind: Record<keyof BackupData, ImportCounts>;
}

// Same key as lib/factbase/writes.ts: alias matchers rebuild when it moves.

// Notes have a field of their own named `actorIds`: only fact-base records lose index fields.
function sameRecord(a: object, b: object, stored: boolean): boolean {
  return stored ? canonicalJson(stripStored(a)) === canonicalJson(stripStored(b)) : canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

// Within one file the newest copy of a record wins (notes by updatedAt; other records: the last).
function dedupe<T extends { id: string }>(list: readonly T[], newer: (a: T, b: T) => boolean): T[] {
  const byId = new Map<string, T>();
  for (const r of list) {
    const prev = byId.get(r.id);
    if (!prev || newer(r, prev)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/**
 * Merges a validated backup (see `parseBackup`) in one transaction: new records are added; a note
 * already stored is replaced only by a newer `updatedAt`; an actor or source only when the stored
 * one is not newer (`updatedAt`/`readAt`); other records are replaced when they differ. Bundled
 * records in the file are skipped. Any failure aborts the whole import.
 */
export async function importBackup(db: FactbaseDB, backup: Backup): Promise<ImportReport> {
  const zero = (): ImportCounts => ({ added: 0, updated: 0, unchanged: 0, skipped: 0 });
  const byKind: ImportReport['byKind'] = { notes: zero(), actors: zero(), sources: zero(), incidents: zero(), claims: zero() };
  const tx = writeTransaction(db, ['notes', 'actors', 'sources', 'incidents', 'claims', 'meta']);
  // Decides for one record whether to write it, and counts the outcome.
  const decide = (kind: keyof BackupData, incoming: object, existing: object | undefined, keepExisting: boolean): boolean => {
    const c = byKind[kind];
    if ('origin' in incoming && incoming.origin === 'bundled') {
      c.skipped++;
      return false;
    }
    if (!existing) {
      c.added++;
      return true;
    }
    if (keepExisting || sameRecord(incoming, existing, kind !== 'notes')) {
      c.unchanged++;
      return false;
    }
    c.updated++;
    return true;
  };
  try {
    const notes = tx.objectStore('notes');
    for (const note of dedupe(backup.notes, (a, b) => time(a.updatedAt) > time(b.updatedAt))) {
      const existing = await notes.get(note.id);
      if (decide('notes', note, existing, !!existing && time(existing.updatedAt) >= time(note.updatedAt))) await notes.put(note);
    }
    const actors = tx.objectStore('actors');
    for (const actor of dedupe(backup.actors, () => true)) {
      const existing = await actors.get(actor.id);
      const keep = !!existing && existing.origin !== 'bundled' && time(existing.updatedAt) > time(actor.updatedAt);
      if (decide('actors', actor, existing, keep)) await actors.put(toStoredActor(actor));
    }
    const sources = tx.objectStore('sources');
    for (const source of dedupe(backup.sources, () => true)) {
      const existing = await sources.get(source.id);
      const keep = !!existing && existing.origin !== 'bundled' && time(existing.readAt) > time(source.readAt);
      if (decide('sources', source, existing, keep)) await sources.put(source);
    }
    const incidents = tx.objectStore('incidents');
    for (const incident of dedupe(backup.incidents, () => true)) {
      if (decide('incidents', incident, await incidents.get(incident.id), false)) await incidents.put(toStoredIncident(incident));
    }
    const claims = tx.objectStore('claims');
    for (const claim of dedupe(backup.claims, () => true)) {
      if (!decide('claims', claim, await claims.get(claim.id), false)) continue;
      // The claim key takes place and date from the claim's incident (imported above, or already stored).
      const incident = claim.incidentId ? await incidents.get(claim.incidentId) : undefined;
      await claims.put(toStoredClaim(claim, incident));
    }
    if (byKind.actors.added + byKind.actors.updated > 0) {
      const meta = tx.objectStore('meta');
      await bumpActorsRevision(meta);
    }
    await tx.done;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    tx.done.catch(() => undefined);
    throw e;
  }
  const total = zero();
  for (const c of Object.values(byKind)) {
    total.added += c.added;
    total.updated += c.updated;
    total.unchanged += c.unchanged;
    total.skipped += c.skipped;
  }
  return { ...total, byKind };
}

/** Notes and the user's fact-base records (origin not "bundled"), index fields stripped, for `buildBackup` (one read transaction). */
export async function exportBackupData(db: FactbaseDB): Promise<BackupData> {
  const tx = db.transaction(['notes', 'actors', 'sources', 'incidents', 'claims']);
  const [notes, actors, sources, incidents, claims] = await Promise.all([
    tx.objectStore('notes').getAll(),
    tx.objectStore('actors').getAll(),
    tx.objectStore('sources').getAll(),
    tx.objectStore('incidents').getAll(),
    tx.objectStore('claims').getAll(),
  ]);
  await tx.done;
  const mine = <T extends { origin: string }>(list: T[]): T[] => list.filter((r) => r.origin !== 'bundled').map((r) => stripStored(r));
  return { notes, actors: mine(actors), sources: mine(sources), incidents: mine(incidents), claims: mine(claims) };
}
