/**
 * Conversions between records and their stored form (derived index fields added on write).
 */
import { claimKey } from '../claims/claim-key';
import { aliasKey } from '../extract/normalize';
import type { StoredActor, StoredClaim, StoredIncident } from './db';
import type { Actor, Claim, Incident } from './schema';

/** Drops the derived index fields of a stored record (defined with the stored types). */
export { stripStored } from './stored';

/** The folded keys of an actor's name and every alias (what the alias index holds). */
export function aliasKeysOf(actor: Actor): string[] {
  const keys = new Set<string>();
  for (const a of [actor.name, ...actor.aliases]) {
    const k = aliasKey(a);
    if (k) keys.add(k);
  }
  return [...keys];
}

/** The actor with the folded keys of its name and every alias. */
export function toStoredActor(actor: Actor): StoredActor {
  return { ...actor, aliasKeys: aliasKeysOf(actor) };
}

/** Adds an actor's name keys to a name → actor id index; the first actor to claim a name keeps it. */
export function indexActorNames(index: Map<string, string>, actorId: string, keys: readonly string[]): void {
  for (const k of keys) if (!index.has(k)) index.set(k, actorId);
}

/** The incident with the ids of its actors and place. */
export function toStoredIncident(incident: Incident): StoredIncident {
  const ids = new Set(incident.actors.map((a) => a.actorId));
  if (incident.place) ids.add(incident.place);
  return { ...incident, actorIds: [...ids] };
}

/** The claim with its claim key; place and date default to its incident's. */
export function toStoredClaim(claim: Claim, incident?: Incident): StoredClaim {
  const filled = incident
    ? { ...claim, place: claim.place ?? incident.place, asOf: claim.asOf ?? incident.date }
    : claim;
  return { ...claim, key: claimKey(filled) };
}

