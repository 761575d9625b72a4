/**
 * The user's edits to actors: rename, aliases, type, details, delete, merge. Each runs in one
 * edit session (edit-session.ts: one transaction, an undo record); incidents and claim status are
 * edited in incident-edits.ts. This module is the edits' public face: it re-exports both.
 */
import * as v from 'valibot';
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB, StoredClaim, StoredIncident } from './db';
import { cascadeOrigin, edit, EditError, type EditResult, type EditSession } from './edit-session';
import { stripStored } from './records';
import { ActorTypeSchema, type Actor, type ActorType, type Claim, type Incident } from './schema';

export { EditError, TOMBSTONES_KEY, undoEdit, type EditResult, type EditStore, type TouchedRecord, type UndoRecord } from './edit-session';
export { deleteIncident, linkClaimsToIncident, saveIncident, setClaimStatus, type IncidentInput } from './incident-edits';

function checkName(name: string, what: string): string {
  const t = name.trim().replace(/\s+/g, ' ');
  if (!t) throw new EditError(`The ${what} is empty.`);
  if (!aliasKey(t)) throw new EditError(`The ${what} "${name}" has no letters or digits.`);
  return t;
}

/**
 * Renames an actor. The old name is kept as an alias unless `keepOldName` is false, so pages
 * that use it still link to the actor.
 */
export function renameActor(db: FactbaseDB, id: string, name: string, opts: { keepOldName?: boolean } = {}): Promise<EditResult<Actor>> {
  return edit(
    db,
    (a) => `Rename to ${a.name}`,
    async (s) => {
      const before = await s.actor(id);
      const newName = checkName(name, 'name');
      const newKey = aliasKey(newName);
      let aliases = before.aliases.filter((a) => aliasKey(a) !== newKey || a === newName);
      if (opts.keepOldName !== false && aliasKey(before.name) !== newKey && !aliases.some((a) => aliasKey(a) === aliasKey(before.name))) {
        aliases = [...aliases, before.name];
      }
      const actor: Actor = { ...stripStored(before), name: newName, aliases, origin: 'user' };
      return stripStored(await s.putActor(before, actor));
    },
  );
}

/** Adds an alias to an actor (an alias it already has, by folded key, changes nothing but the origin). */
export function addActorAlias(db: FactbaseDB, id: string, alias: string): Promise<EditResult<Actor>> {
  return edit(
    db,
    () => `Add alias ${alias.trim()}`,
    async (s) => {
      const before = await s.actor(id);
      const a = checkName(alias, 'alias');
      const k = aliasKey(a);
      const has = aliasKey(before.name) === k || before.aliases.some((x) => x === a);
      const actor: Actor = { ...stripStored(before), aliases: has ? before.aliases : [...before.aliases, a], origin: 'user' };
      return stripStored(await s.putActor(before, actor));
    },
  );
}

/** Removes an alias (matched as written, else by folded key); the canonical name cannot be removed, only renamed. */
export function removeActorAlias(db: FactbaseDB, id: string, alias: string): Promise<EditResult<Actor>> {
  return edit(
    db,
    () => `Remove alias ${alias.trim()}`,
    async (s) => {
      const before = await s.actor(id);
      const exact = before.aliases.filter((x) => x !== alias);
      const k = aliasKey(alias);
      const aliases = exact.length < before.aliases.length ? exact : before.aliases.filter((x) => aliasKey(x) !== k);
      if (aliases.length === before.aliases.length) {
        if (aliasKey(before.name) === k) throw new EditError(`"${alias}" is the actor's name: rename the actor instead.`);
        throw new EditError(`"${before.name}" has no alias "${alias}".`);
      }
      return stripStored(await s.putActor(before, { ...stripStored(before), aliases, origin: 'user' }));
    },
  );
}

/** Changes an actor's type (person, organization, place). */
export function setActorType(db: FactbaseDB, id: string, type: ActorType): Promise<EditResult<Actor>> {
  return edit(
    db,
    (a) => `Make ${a.name} a ${type}`,
    async (s) => {
      if (!v.is(ActorTypeSchema, type)) throw new EditError(`"${String(type)}" is not an actor type.`);
      const before = await s.actor(id);
      return stripStored(await s.putActor(before, { ...stripStored(before), type, origin: 'user' }));
    },
  );
}

/** Changes an actor's description and/or Wikidata id (null removes it). */
export function updateActorDetails(
  db: FactbaseDB,
  id: string,
  patch: { description?: string; wikidata?: string | null },
): Promise<EditResult<Actor>> {
  return edit(
    db,
    (a) => `Edit ${a.name}`,
    async (s) => {
      const before = await s.actor(id);
      const next: Actor = { ...stripStored(before), origin: 'user' };
      if (patch.description !== undefined) next.description = patch.description.trim();
      if (patch.wikidata === null || patch.wikidata === '') delete next.wikidata;
      else if (patch.wikidata !== undefined) next.wikidata = patch.wikidata.trim();
      return stripStored(await s.putActor(before, next));
    },
  );
}

/**
 * The claims that name actor `id` as subject or place, or belong to one of `incidentIds`, each
 * once, in key order (so an undo lists them as a scan would). Index lookups: no scan of every claim.
 */
async function claimsTouching(s: EditSession, id: string, incidentIds: Iterable<string>): Promise<StoredClaim[]> {
  const store = s.tx.objectStore('claims');
  const found = new Map<string, StoredClaim>();
  const lists = await Promise.all([
    store.index('by-subject').getAll(id),
    store.index('by-place').getAll(id),
    ...[...incidentIds].map((inc) => store.index('by-incident').getAll(inc)),
  ]);
  for (const list of lists) for (const c of list) found.set(c.id, c);
  return [...found.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Re-points every reference to actor `from`: incidents (roles and place) and claims (subject and
 * place) go to `to`, or drop the reference when `to` is null. Claim keys are recomputed.
 */
async function repoint(s: EditSession, from: string, to: string | null): Promise<{ incidents: number; claims: number }> {
  const incidents = await s.tx.objectStore('incidents').index('by-actor').getAll(from);
  const changedIncidents = new Map<string, StoredIncident>();
  for (const inc of incidents) {
    const roles: Incident['actors'] = [];
    for (const r of inc.actors) {
      const actorId = r.actorId === from ? to : r.actorId;
      if (actorId !== null && !roles.some((x) => x.actorId === actorId && x.role === r.role)) roles.push({ actorId, role: r.role });
    }
    const next: Incident = { ...stripStored(inc), actors: roles, place: inc.place === from ? to : inc.place, origin: cascadeOrigin(inc.origin) };
    changedIncidents.set(inc.id, await s.putIncident(inc, next));
  }
  let claims = 0;
  for (const c of await claimsTouching(s, from, changedIncidents.keys())) {
    const touchesActor = c.subject === from || c.place === from;
    const incident = c.incidentId ? changedIncidents.get(c.incidentId) : undefined;
    if (!touchesActor && !incident) continue;
    const next: Claim = {
      ...stripStored(c),
      subject: c.subject === from ? to : c.subject,
      place: c.place === from ? to : c.place,
      origin: touchesActor ? cascadeOrigin(c.origin) : c.origin,
    };
    // Claims of a re-pointed incident only need their key recomputed (the incident's place feeds it).
    await s.putClaim(c, next, incident ?? undefined);
    claims++;
  }
  return { incidents: incidents.length, claims };
}

/** What deleting or merging an actor changed. */
export interface ActorCascade {
  /** The surviving actor (merge) or the deleted one (delete). */
  actor: Actor;
  incidents: number;
  claims: number;
}

/**
 * Deletes an actor. Incidents drop it from their actors (and place); claims about it or at it
 * keep their figure with the subject/place emptied. Undoable.
 */
export function deleteActor(db: FactbaseDB, id: string): Promise<EditResult<ActorCascade>> {
  return edit(
    db,
    (r) => `Delete ${r.actor.name}`,
    async (s) => {
      const before = await s.actor(id);
      const counts = await repoint(s, id, null);
      await s.delete('actors', before);
      return { actor: stripStored(before), ...counts };
    },
  );
}

/**
 * Merges actor `dropId` into `keepId`: the kept actor gains the other's name and aliases (and
 * description or Wikidata id when it has none); incidents (actors and place) and claims (subject
 * and place) follow; the merged actor is deleted. Undo restores every touched record exactly.
 */
export function mergeActors(db: FactbaseDB, keepId: string, dropId: string): Promise<EditResult<ActorCascade>> {
  return edit(
    db,
    (r) => `Merge into ${r.actor.name}`,
    async (s) => {
      if (keepId === dropId) throw new EditError('An actor cannot be merged into itself.');
      const keep = await s.actor(keepId);
      const drop = await s.actor(dropId);
      const keys = new Set([aliasKey(keep.name), ...keep.aliases.map(aliasKey)]);
      const aliases = [...keep.aliases];
      for (const a of [drop.name, ...drop.aliases]) {
        const k = aliasKey(a);
        if (k && !keys.has(k)) {
          keys.add(k);
          aliases.push(a);
        }
      }
      const merged: Actor = { ...stripStored(keep), aliases, description: keep.description || drop.description, origin: 'user' };
      const wikidata = keep.wikidata ?? drop.wikidata;
      if (wikidata) merged.wikidata = wikidata;
      const stored = await s.putActor(keep, merged);
      const counts = await repoint(s, dropId, keepId);
      await s.delete('actors', drop);
      return { actor: stripStored(stored), ...counts };
    },
  );
}

