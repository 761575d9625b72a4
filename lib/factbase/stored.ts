/**
 * Records as the fact base stores them: each with the derived fields its indexes need, and the
 * way back to the plain record. Pure types and one function, so every layer may use them (the
 * data model, beside `schema.ts`).
 */
import type { Actor, Claim, Incident } from './schema';

/** An actor as stored: with the folded keys of its name and aliases, for the alias index. */
export type StoredActor = Actor & { aliasKeys: string[] };
/** An incident as stored: with the ids of its actors, for the by-actor index. */
export type StoredIncident = Incident & { actorIds: string[] };
/** A claim as stored: with its claim key, for the by-key index. */
export type StoredClaim = Claim & { key: string };

/** A stored record without its derived index fields (the record as the schema has it). */
export function stripStored<T extends object>(record: T): T {
  const { aliasKeys: _a, actorIds: _b, key: _c, ...rest } = record as Record<string, unknown>;
  return rest as T;
}
