/**
 * Read queries over the fact base: the lookups the matcher, the cards and the popup need.
 */
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB, StoredActor, StoredClaim, StoredIncident } from './db';
import type { Note, Source } from './schema';
import { readCounts, type FactbaseCounts } from './counts';

/** How many records each store holds. */
export type { FactbaseCounts };

/** The records in every store, from the counts kept in `meta` (no walk over the stores). */
export function countRecords(db: FactbaseDB): Promise<FactbaseCounts> {
  return readCounts(db);
}

/** Actors known under this name or alias (matched on the folded key). */
export function findActorsByAlias(db: FactbaseDB, alias: string): Promise<StoredActor[]> {
  return db.getAllFromIndex('actors', 'by-alias', aliasKey(alias));
}

/** Every actor (for building the matcher). */
export function allActors(db: FactbaseDB): Promise<StoredActor[]> {
  return db.getAll('actors');
}

/** Incidents an actor took part in (or that happened at a place). */
export function incidentsForActor(db: FactbaseDB, actorId: string): Promise<StoredIncident[]> {
  return db.getAllFromIndex('incidents', 'by-actor', actorId);
}

/** How many incidents each actor took part in (or happened at the place), by actor id. */
export async function incidentCounts(db: FactbaseDB, actorIds: readonly string[]): Promise<Record<string, number>> {
  const tx = db.transaction('incidents');
  const index = tx.store.index('by-actor');
  const counts = await Promise.all(actorIds.map((id) => index.count(id)));
  await tx.done;
  return Object.fromEntries(actorIds.map((id, i) => [id, counts[i] ?? 0]));
}

/** Claims with this claim key. */
export function claimsByKey(db: FactbaseDB, key: string): Promise<StoredClaim[]> {
  return db.getAllFromIndex('claims', 'by-key', key);
}

/** Claims read from this source. */
export function claimsBySource(db: FactbaseDB, sourceId: string): Promise<StoredClaim[]> {
  return db.getAllFromIndex('claims', 'by-source', sourceId);
}

/** Claims about this actor. */
export function claimsBySubject(db: FactbaseDB, actorId: string): Promise<StoredClaim[]> {
  return db.getAllFromIndex('claims', 'by-subject', actorId);
}

/** Saved notes on this page. */
export function notesByUrl(db: FactbaseDB, url: string): Promise<Note[]> {
  return db.getAllFromIndex('notes', 'by-url', url);
}

/** Sources with this URL. */
export function sourcesByUrl(db: FactbaseDB, url: string): Promise<Source[]> {
  return db.getAllFromIndex('sources', 'by-url', url);
}
