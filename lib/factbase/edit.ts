/**
 * The user's edits to the fact base: actors (rename, aliases, type, details, delete, merge),
 * incidents (save, delete, link claims) and claim status. Each edit runs in ONE transaction,
 * bumps the actors' revision in that transaction when actors change (so matchers rebuild), and
 * returns an undo record: the records it touched as they were before and as it left them, which
 * `undoEdit` puts back exactly (refusing when a record was changed again since).
 *
 * Origins: records the user edits become "user", so bundle updates never overwrite them. Records
 * only touched by a cascade (a merge re-pointing a claim) become "user" when they were "bundled"
 * or "import"; claims read from pages stay "read", so a re-read of the page still replaces them.
 */
import { bumpActorsRevision } from './revision';
import * as v from 'valibot';
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB, FactbaseSchema, StoredActor, StoredClaim, StoredIncident } from './db';
import { stripStored, toStoredActor, toStoredClaim, toStoredIncident } from './records';
import { ActorSchema, ActorTypeSchema, ClaimSchema, IncidentSchema, type Actor, type ActorType, type Claim, type Incident, type Origin } from './schema';
import type { IDBPTransaction } from 'idb';

/** An edit that cannot be made (unknown id, invalid value, an undo that would lose later changes), with a message for the user. */
export class EditError extends Error {
  override name = 'EditError';
}

/** The stores an edit can touch (and an undo restore). */
export type EditStore = 'actors' | 'incidents' | 'claims' | 'meta';

/** One record as it was before an edit and as the edit left it (null: absent). */
export interface TouchedRecord {
  store: EditStore;
  id: string;
  before: unknown;
  after: unknown;
}

/** What `undoEdit` needs to put every record an edit touched back as it was. Plain data: it can cross messages and be stored. */
export interface UndoRecord {
  /** What the edit was, for the "Undo …" button. */
  label: string;
  /** When the edit was made (ISO). */
  at: string;
  records: TouchedRecord[];
}

/** An edit's result and the record that undoes it. */
export interface EditResult<T> {
  value: T;
  undo: UndoRecord;
}

/** Meta key listing bundled records the user deleted (`store:id`), so a bundle update does not bring them back. */
import { TOMBSTONES_KEY } from './bundle';
import { writeTransaction } from './counts';

/** Meta key of the bundled records the user deleted or merged away. */
export { TOMBSTONES_KEY };

type EditTx = IDBPTransaction<FactbaseSchema, EditStore[], 'readwrite'>;

// Stable JSON (sorted keys): two clones of one record compare equal whatever their key order.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** Tracks the records an edit touches, keeping each one's first "before" and last "after". */
class EditSession {
  readonly tx: EditTx;
  private readonly touched = new Map<string, TouchedRecord>();
  private actorsChanged = false;
  private readonly now = new Date().toISOString();

  constructor(db: FactbaseDB, stores: EditStore[] = ['actors', 'incidents', 'claims', 'meta']) {
    this.tx = writeTransaction(db, stores) as unknown as EditTx;
  }

  private note(store: EditStore, id: string, before: unknown, after: unknown): void {
    const k = `${store}:${id}`;
    const prev = this.touched.get(k);
    this.touched.set(k, { store, id, before: prev ? prev.before : (before ?? null), after: after ?? null });
    if (store === 'actors') this.actorsChanged = true;
  }

  async actor(id: string): Promise<StoredActor> {
    const a = await this.tx.objectStore('actors').get(id);
    if (!a) throw new EditError(`No actor with id "${id}".`);
    return a;
  }

  async putActor(before: StoredActor | null, actor: Actor): Promise<StoredActor> {
    const parsed = v.safeParse(ActorSchema, { ...actor, updatedAt: this.now });
    if (!parsed.success) throw new EditError(`Invalid actor: ${parsed.issues[0]?.message ?? 'unknown problem'}.`);
    const stored = toStoredActor(parsed.output);
    await this.tx.objectStore('actors').put(stored);
    this.note('actors', stored.id, before, stored);
    return stored;
  }

  async putIncident(before: StoredIncident | null, incident: Incident): Promise<StoredIncident> {
    const parsed = v.safeParse(IncidentSchema, incident);
    if (!parsed.success) throw new EditError(`Invalid incident: ${parsed.issues[0]?.message ?? 'unknown problem'}.`);
    const stored = toStoredIncident(parsed.output);
    await this.tx.objectStore('incidents').put(stored);
    this.note('incidents', stored.id, before, stored);
    return stored;
  }

  async putClaim(before: StoredClaim | null, claim: Claim, incident?: Incident | null): Promise<StoredClaim> {
    const parsed = v.safeParse(ClaimSchema, claim);
    if (!parsed.success) throw new EditError(`Invalid claim: ${parsed.issues[0]?.message ?? 'unknown problem'}.`);
    let inc = incident ?? undefined;
    if (incident === undefined && claim.incidentId) inc = await this.tx.objectStore('incidents').get(claim.incidentId);
    const stored = toStoredClaim(parsed.output, inc ?? undefined);
    await this.tx.objectStore('claims').put(stored);
    this.note('claims', stored.id, before, stored);
    return stored;
  }

  async delete(store: 'actors' | 'incidents' | 'claims', before: { id: string; origin: Origin }): Promise<void> {
    await this.tx.objectStore(store).delete(before.id);
    this.note(store, before.id, before, null);
    if (before.origin === 'bundled') {
      const meta = this.tx.objectStore('meta');
      const old = await meta.get(TOMBSTONES_KEY);
      const list = Array.isArray(old?.value) ? (old.value as string[]) : [];
      const next = { key: TOMBSTONES_KEY, value: [...list, `${store}:${before.id}`] };
      await meta.put(next);
      this.note('meta', TOMBSTONES_KEY, old ?? null, next);
    }
  }

  /** Bumps the revision (when actors changed), commits, and returns the undo record. */
  async finish(label: string): Promise<UndoRecord> {
    if (this.actorsChanged) {
      const meta = this.tx.objectStore('meta');
      await bumpActorsRevision(meta);
    }
    await this.tx.done;
    return { label, at: this.now, records: [...this.touched.values()] };
  }

  /** Aborts the transaction (nothing written) and rethrows. */
  async fail(err: unknown): Promise<never> {
    try {
      this.tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await this.tx.done.catch(() => undefined);
    throw err;
  }
}

/** Runs `body` in one edit session; any error aborts the whole transaction. */
async function edit<T>(db: FactbaseDB, label: (value: T) => string, body: (s: EditSession) => Promise<T>): Promise<EditResult<T>> {
  const s = new EditSession(db);
  let value: T;
  try {
    value = await body(s);
  } catch (err) {
    return s.fail(err);
  }
  const undo = await s.finish(label(value));
  return { value, undo };
}

// A record edited by a cascade keeps "read" (a page re-read must still replace it); others become "user".
const cascadeOrigin = (o: Origin): Origin => (o === 'read' || o === 'user' ? o : 'user');

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

/**
 * Undoes an edit: puts back every record it touched as it was before, in one transaction. When a
 * record was changed again since the edit, nothing is undone and an `EditError` names it, unless
 * `force` (then the later change is lost).
 */
export async function undoEdit(db: FactbaseDB, undo: UndoRecord, opts: { force?: boolean } = {}): Promise<void> {
  const s = new EditSession(db);
  try {
    for (const r of undo.records) {
      const current: unknown = (await s.tx.objectStore(r.store).get(r.id)) ?? null;
      if (!opts.force && canonical(current) !== canonical(r.after)) {
        throw new EditError(`Cannot undo "${undo.label}": ${r.store.replace(/s$/, '')} "${r.id}" was changed since.`);
      }
    }
    let actorsTouched = false;
    for (const r of undo.records) {
      const store = s.tx.objectStore(r.store);
      if (r.before === null) await store.delete(r.id);
      else await (store.put as (value: unknown) => Promise<unknown>)(r.before);
      if (r.store === 'actors') actorsTouched = true;
    }
    if (actorsTouched) {
      // The revision only grows: matchers built after the edit must rebuild after the undo too.
      const meta = s.tx.objectStore('meta');
      await bumpActorsRevision(meta);
    }
    await s.tx.done;
  } catch (err) {
    await s.fail(err);
  }
}

/** The fields of an incident the user fills in; `id` is made when absent. */
export type IncidentInput = Omit<Incident, 'id' | 'origin'> & { id?: string };

/**
 * Adds or updates an incident (origin "user"). Claims linked to it get their keys recomputed,
 * since an incident's place and date stand in for theirs.
 */
export function saveIncident(db: FactbaseDB, input: IncidentInput): Promise<EditResult<Incident>> {
  return edit(
    db,
    (i) => `Save incident ${i.title}`,
    async (s) => {
      const store = s.tx.objectStore('incidents');
      let id = input.id;
      if (!id) {
        const base = `user-incident-${(input.date ?? 'undated').replace(/[^\d]/g, '')}-${aliasKey(input.title).replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}`.replace(/-+$/, '');
        id = base;
        for (let n = 2; await store.get(id); n++) id = `${base}-${n}`;
      }
      const before = (await store.get(id)) ?? null;
      const incident: Incident = { ...input, id, origin: 'user' };
      const stored = await s.putIncident(before, incident);
      const linked = await s.tx.objectStore('claims').index('by-incident').getAll(id);
      for (const c of linked) await s.putClaim(c, stripStored(c), stored);
      return stripStored(stored);
    },
  );
}

/** Deletes an incident; its claims stay, unlinked (keys recomputed). Undoable. */
export function deleteIncident(db: FactbaseDB, id: string): Promise<EditResult<{ incident: Incident; claims: number }>> {
  return edit(
    db,
    (r) => `Delete incident ${r.incident.title}`,
    async (s) => {
      const before = await s.tx.objectStore('incidents').get(id);
      if (!before) throw new EditError(`No incident with id "${id}".`);
      const linked = await s.tx.objectStore('claims').index('by-incident').getAll(id);
      for (const c of linked) await s.putClaim(c, { ...stripStored(c), incidentId: null, origin: cascadeOrigin(c.origin) }, null);
      await s.delete('incidents', before);
      return { incident: stripStored(before), claims: linked.length };
    },
  );
}

/**
 * Links claims to an incident (or unlinks them with `incidentId` null). The claims' sources are
 * added to the incident's sources; claim keys are recomputed. The claims become "user" records.
 */
export function linkClaimsToIncident(db: FactbaseDB, incidentId: string | null, claimIds: readonly string[]): Promise<EditResult<Claim[]>> {
  return edit(
    db,
    (cs) => (incidentId ? `Link ${cs.length} claim(s)` : `Unlink ${cs.length} claim(s)`),
    async (s) => {
      let incident: StoredIncident | null = null;
      if (incidentId) {
        incident = (await s.tx.objectStore('incidents').get(incidentId)) ?? null;
        if (!incident) throw new EditError(`No incident with id "${incidentId}".`);
      }
      const out: Claim[] = [];
      const sources = new Set(incident?.sourceIds ?? []);
      for (const id of claimIds) {
        const c = await s.tx.objectStore('claims').get(id);
        if (!c) throw new EditError(`No claim with id "${id}".`);
        out.push(stripStored(await s.putClaim(c, { ...stripStored(c), incidentId, origin: 'user' }, incident)));
        sources.add(c.sourceId);
      }
      if (incident && sources.size > incident.sourceIds.length) {
        await s.putIncident(incident, { ...stripStored(incident), sourceIds: [...sources], origin: 'user' });
      }
      return out;
    },
  );
}

/** Marks a claim active, retracted or superseded (origin "user"). */
export function setClaimStatus(db: FactbaseDB, claimId: string, status: Claim['status']): Promise<EditResult<Claim>> {
  return edit(
    db,
    (c) => `Mark claim ${status}${c.figureText ? ` (${c.figureText})` : ''}`,
    async (s) => {
      const c = await s.tx.objectStore('claims').get(claimId);
      if (!c) throw new EditError(`No claim with id "${claimId}".`);
      return stripStored(await s.putClaim(c, { ...stripStored(c), status, origin: 'user' }));
    },
  );
}
