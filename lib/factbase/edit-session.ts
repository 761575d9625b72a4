/**
 * The machinery of the user's edits: each edit runs in ONE transaction (an `EditSession`), bumps
 * the actors' revision in that transaction when actors change (so matchers rebuild), and returns
 * an undo record: the records it touched as they were before and as it left them, which
 * `undoEdit` puts back exactly (refusing when a record was changed again since).
 *
 * Origins: records the user edits become "user", so bundle updates never overwrite them. Records
 * only touched by a cascade (a merge re-pointing a claim) become "user" when they were "bundled"
 * or "import"; claims read from pages stay "read", so a re-read of the page still replaces them.
 */
import type { IDBPTransaction } from 'idb';
import * as v from 'valibot';
import { bumpActorsRevision } from './revision';
import type { FactbaseDB, FactbaseSchema, StoredActor, StoredClaim, StoredIncident } from './db';
import { toStoredActor, toStoredClaim, toStoredIncident } from './records';
import { ActorSchema, ClaimSchema, IncidentSchema, type Actor, type Claim, type Incident, type Origin } from './schema';

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
export class EditSession {
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
export async function edit<T>(db: FactbaseDB, label: (value: T) => string, body: (s: EditSession) => Promise<T>): Promise<EditResult<T>> {
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

/** A record edited by a cascade keeps "read" (a page re-read must still replace it); others become "user". */
export const cascadeOrigin = (o: Origin): Origin => (o === 'read' || o === 'user' ? o : 'user');

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

