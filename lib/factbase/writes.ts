/**
 * Writes that belong together, each in one transaction.
 */
import type { FactbaseDB, StoredClaim } from './db';
import type { RecordOutcome } from '../engine/factbase-port';
import { aliasKey } from '../extract/normalize';
import { toStoredActor, toStoredClaim, toStoredIncident } from './records';
import { bumpActorsRevision } from './revision';
import type { Actor, ActorType, Claim, Incident, Source } from './schema';
import { writeTransaction } from './counts';

export type { RecordOutcome };

/**
 * Remembers a page read: its source and its claims, in one transaction. A page read again with
 * the same text is not counted twice; when its text changed, the earlier version's claims are
 * kept beside the new ones as superseded (the outlet updated the page).
 */
export async function recordPageRead(db: FactbaseDB, source: Source, claims: readonly StoredClaim[], incidents: readonly Incident[] = []): Promise<RecordOutcome> {
  const tx = writeTransaction(db, ['sources', 'claims', 'incidents']);
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
    const fresh = new Set(claims.map((c) => c.id));
    for (let c = await store.index('by-source').openCursor(source.id); c; c = await c.continue()) {
      if (c.value.origin !== 'read' || fresh.has(c.value.id)) continue;
      if (c.value.status === 'active') await c.update({ ...c.value, status: 'superseded' });
    }
  }
  await sources.put(source);
  for (const claim of claims) await store.put(claim);
  await putNewIncidents(tx.objectStore('incidents'), incidents);
  await tx.done;
  return outcome;
}

/** Adds claims (and the incidents they found) of text a page added later, keeping the page's earlier claims (one transaction). */
export async function addPageClaims(db: FactbaseDB, claims: readonly StoredClaim[], incidents: readonly Incident[] = []): Promise<void> {
  const tx = writeTransaction(db, ['claims', 'incidents']);
  for (const claim of claims) await tx.objectStore('claims').put(claim);
  await putNewIncidents(tx.objectStore('incidents'), incidents);
  await tx.done;
}

// An incident a page found is added once; one already known (bundled, imported, edited) is left as it is.
async function putNewIncidents(
  store: { get(id: string): Promise<unknown>; put(value: ReturnType<typeof toStoredIncident>): Promise<unknown> },
  incidents: readonly Incident[],
): Promise<void> {
  for (const inc of incidents) if (!(await store.get(inc.id))) await store.put(toStoredIncident(inc));
}


/**
 * Adds an actor the user named (from a page's unknown names, or the options page). A name that an
 * actor already has returns that actor instead of making a duplicate.
 */
export async function addUserActor(db: FactbaseDB, input: { name: string; type: ActorType; description: string }): Promise<Actor> {
  const tx = writeTransaction(db, ['actors', 'meta']);
  const key = aliasKey(input.name);
  const existing = await tx.objectStore('actors').index('by-alias').get(key);
  if (existing) {
    await tx.done;
    const { aliasKeys: _k, ...actor } = existing;
    return actor;
  }
  const base = key.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'actor';
  let id = `user-${base}`;
  for (let n = 2; await tx.objectStore('actors').get(id); n++) id = `user-${base}-${n}`;
  const actor: Actor = {
    id,
    type: input.type,
    name: input.name.trim(),
    aliases: [],
    description: input.description,
    origin: 'user',
    updatedAt: new Date().toISOString(),
  };
  await tx.objectStore('actors').put(toStoredActor(actor));
  await bumpActorsRevision(tx.objectStore('meta'));
  await tx.done;
  return actor;
}

/**
 * Adds a source and claims that are not stored yet, in one transaction; ones already stored are
 * left as they are (a saved note's claims never overwrite what a page read recorded).
 */
export async function addMissingClaims(db: FactbaseDB, source: Source, claims: readonly Claim[]): Promise<void> {
  const tx = writeTransaction(db, ['sources', 'claims']);
  if (!(await tx.objectStore('sources').get(source.id))) await tx.objectStore('sources').put(source);
  for (const c of claims) {
    if (!(await tx.objectStore('claims').get(c.id))) await tx.objectStore('claims').put(toStoredClaim(c));
  }
  await tx.done;
}
