/**
 * Team sync's engine, between the fact base (the source of truth for the UI) and the local
 * replica of the team database (a PouchDB that replicates with the server on its own). One
 * `step` pulls what arrived in the replica into the fact base, then pushes the fact base's own
 * changes into the replica. What was last synced is remembered per document as a hash (the
 * "base"), so a local edit is told apart from a stale copy, and nothing is lost when the service
 * worker restarts between the two. Pure of `browser.*` and of PouchDB's constructor: the replica
 * is injected (memory PouchDBs in unit tests).
 */
import type { FactbaseDB } from '../factbase/db';
import { claimsBySource } from '../factbase/queries';
import { applySyncedRecords, deletedBundledRecords, forEachRecord, readSharedRecord, type SharedKind } from '../factbase/sync-records';
import type { Note } from '../factbase/schema';
import { checkIncomingDoc, docIdFor, nextDoc, parseDocId, recordHash, sameContent, withReader, type SyncDoc, type SyncKind, type SyncRecord } from './docs';
import { describeConflict, settleVersions } from './merge';

/** The parts of a PouchDB database the engine uses (the local replica of the team database). */
export interface TeamReplica {
  get(id: string, opts?: { conflicts?: boolean; rev?: string }): Promise<Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[] }>;
  put(doc: object): Promise<{ ok?: boolean; id: string; rev: string }>;
  bulkDocs(docs: object[]): Promise<unknown[]>;
  changes(opts: { since: number | string; include_docs: true; conflicts: true; limit: number }): Promise<{
    results: { id: string; seq: number | string; deleted?: boolean; doc?: Record<string, unknown> }[];
    last_seq: number | string;
  }>;
}

/** What a member shares. */
export interface ShareSettings {
  /** Actors, sources, incidents and claims. */
  factbase: boolean;
  /** Saved notes: none, all, or only those with this tag. */
  notes: { mode: 'none' } | { mode: 'all' } | { mode: 'tag'; tag: string };
}

/** A document the engine refused, and why. */
export interface Refusal {
  id: string;
  rev: string | null;
  reason: string;
  at: string;
}

/** A concurrent edit the engine settled, in words. */
export interface SettledConflict {
  id: string;
  text: string;
  at: string;
}

/** What one step did. */
export interface StepReport {
  pulled: number;
  pushed: number;
  refused: number;
  conflicts: number;
}

/** What the engine remembers between steps (in the replica's `_local/` space, never replicated). */
interface EngineState {
  _id: string;
  _rev?: string;
  /** Last sequence of the replica's changes feed taken in. */
  seq: number | string;
  /** Per document: the hash of the record last synced, or "-" for a synced deletion. */
  base: Record<string, string>;
  refused: Refusal[];
  conflicts: SettledConflict[];
}

const STATE_ID = '_local/dossier-sync-state';
const DELETED = '-';
const KEEP = 50;
const PAGE = 200;

/** What the engine needs. */
export interface SyncEngineDeps {
  db: FactbaseDB;
  replica: TeamReplica;
  /** This member's name (the server user name). */
  me: string;
  share: ShareSettings;
  now?: () => Date;
}

const isNotFound = (e: unknown): boolean => (e as { status?: number } | null)?.status === 404;
const isConflict = (e: unknown): boolean => (e as { status?: number } | null)?.status === 409;

function shares(share: ShareSettings, kind: SharedKind, record: SyncRecord): boolean {
  if (kind !== 'note') return share.factbase;
  if (share.notes.mode === 'all') return true;
  if (share.notes.mode === 'tag') return (record as Note).tags.includes(share.notes.tag);
  return false;
}

/** The time a local edit was made, where the record says (actors, notes), else now. */
function editTime(record: SyncRecord | null, now: string): string {
  const t = record && (record as { updatedAt?: unknown }).updatedAt;
  return typeof t === 'string' && !Number.isNaN(Date.parse(t)) ? new Date(t).toISOString() : now;
}

const KIND_WORDS: Record<SyncKind, string> = { actor: 'Actor', source: 'Source', incident: 'Incident', claim: 'Claim', note: 'Note' };

/** A record's name for people: 'Actor "Atyrau"', 'Claim "at least 6 people"' (the id when it has none, or was deleted). */
export function recordLabel(doc: SyncDoc): string {
  const r = doc.record as Partial<Record<'name' | 'title' | 'figureText' | 'quote', string>> | null;
  const name = r?.name ?? r?.title ?? r?.figureText ?? r?.quote?.slice(0, 60);
  return `${KIND_WORDS[doc.kind]} "${name || parseDocId(doc._id)?.id || doc._id}"`;
}

/** What the team database says about one record, for people. */
export interface RecordHistory {
  /** Members who read it (claims and sources). */
  readers: string[];
  /** How its last concurrent edit was settled, in words, or null. */
  conflict: string | null;
  /** Versions that lost a concurrent edit, oldest first, each with the fields where it differs from the kept one. */
  history: { by: string; at: string; deleted: boolean; differences: string[] }[];
}

/** The fields where an earlier version differs from the current record, as "field: value" (values cut at 200 characters). */
function differences(earlier: Record<string, unknown> | null, current: SyncRecord | null): string[] {
  if (!earlier) return [];
  const now = (current ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const [k, value] of Object.entries(earlier)) {
    if (k === 'updatedAt' || recordHash(value) === recordHash(now[k])) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    out.push(`${k}: ${text.length > 200 ? `${text.slice(0, 199)}…` : text}`);
  }
  return out;
}

/** Creates the engine; `step` and `pageRead` run one at a time, in call order. */
export function createSyncEngine(deps: SyncEngineDeps) {
  const { db, replica, me, share } = deps;
  const now = (): string => (deps.now ?? (() => new Date()))().toISOString();
  let state: EngineState | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function loadState(): Promise<EngineState> {
    if (state) return state;
    try {
      state = (await replica.get(STATE_ID)) as unknown as EngineState;
    } catch (e) {
      if (!isNotFound(e)) throw e;
      state = { _id: STATE_ID, seq: 0, base: {}, refused: [], conflicts: [] };
    }
    return state;
  }

  async function saveState(): Promise<void> {
    if (!state) return;
    const r = await replica.put(state);
    state._rev = r.rev;
  }

  function refuse(s: EngineState, id: string, rev: string | null, reason: string): void {
    s.refused = [...s.refused.filter((r) => !(r.id === id && r.rev === rev)), { id, rev, reason, at: now() }].slice(-KEEP);
  }

  function noteConflict(s: EngineState, doc: SyncDoc): void {
    if (!doc.conflict) return;
    const text = `${recordLabel(doc)}: ${describeConflict(doc.conflict)}`;
    s.conflicts = [...s.conflicts.filter((c) => c.id !== doc._id), { id: doc._id, text, at: doc.conflict.at }].slice(-KEEP);
  }

  async function currentDoc(id: string): Promise<SyncDoc | null> {
    try {
      const raw = await replica.get(id);
      const verdict = checkIncomingDoc(raw);
      return verdict.ok ? verdict.doc : null;
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** Settles a document's conflicting revisions (two members wrote it at once) into one; returns the winner to apply. */
  async function settleRevisions(s: EngineState, raw: Record<string, unknown> & { _id: string; _rev: string }, conflicts: string[]): Promise<SyncDoc | null> {
    const versions: SyncDoc[] = [];
    const first = checkIncomingDoc(raw);
    if (first.ok) versions.push(first.doc);
    for (const rev of conflicts) {
      const other = checkIncomingDoc(await replica.get(raw._id, { rev }));
      if (other.ok) versions.push(other.doc);
      else if (!other.ignored) refuse(s, raw._id, rev, other.reason);
    }
    if (versions.length === 0) return null;
    const settled = settleVersions(versions);
    const winner = versions[0]!;
    const writes: object[] = conflicts.map((rev) => ({ _id: raw._id, _rev: rev, _deleted: true }));
    // Equal content needs no new revision: members settling at once then agree at the next round.
    if (!sameContent(settled, winner)) writes.unshift({ ...settled, _rev: raw._rev });
    await replica.bulkDocs(writes);
    noteConflict(s, settled);
    return settled;
  }

  async function pullOne(s: EngineState, change: { id: string; deleted?: boolean; doc?: Record<string, unknown> }, report: StepReport): Promise<void> {
    if (change.id.startsWith('_design/') || change.id.startsWith('_local/')) return;
    const raw = change.doc as (Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[] }) | undefined;
    // A document deleted at the CouchDB level is not one of our tombstones: nothing to apply.
    if (!raw || change.deleted) return;
    let doc: SyncDoc | null;
    if (raw._conflicts?.length) {
      doc = await settleRevisions(s, raw, raw._conflicts);
      report.conflicts++;
      if (!doc) return;
    } else {
      const verdict = checkIncomingDoc(raw);
      if (!verdict.ok) {
        if (!verdict.ignored) {
          refuse(s, raw._id, raw._rev, verdict.reason);
          report.refused++;
        }
        return;
      }
      doc = verdict.doc;
    }
    const { kind, id } = parseDocId(doc._id)!;
    const local = await readSharedRecord(db, kind, id);
    const localHash = recordHash(local);
    const docHash = recordHash(doc.record);
    const base = s.base[doc._id];
    if (localHash === docHash) {
      // The same record read here before it was shared: this member is one more reader of it.
      const reader = local && base === undefined ? withReader(doc, me) : null;
      if (reader) await replica.put(reader).catch((e: unknown) => (isConflict(e) ? undefined : Promise.reject(e)));
      s.base[doc._id] = docHash ?? DELETED;
      return;
    }
    const untouched = local ? (local as { origin?: string }).origin === 'bundled' || localHash === base : base === undefined || base === DELETED;
    let apply: SyncDoc = doc;
    if (!untouched) {
      // A local edit the team has not seen met a teammate's: settle both the same way every member would.
      const mine = nextDoc(kind, id, local, me, editTime(local, now()), doc);
      apply = settleVersions([doc, mine]);
      await replica.put({ ...apply, _rev: doc._rev });
      noteConflict(s, apply);
      report.conflicts++;
      if (recordHash(apply.record) === localHash) {
        s.base[doc._id] = localHash ?? DELETED;
        return;
      }
    }
    const written = await applySyncedRecords(db, [
      { kind, id, record: apply.record, guard: (current) => recordHash(current) === localHash },
    ]);
    // A guard that refused means the user edited it meanwhile: the next push settles that.
    if (written.length || apply.record === null) {
      s.base[doc._id] = recordHash(apply.record) ?? DELETED;
      report.pulled++;
    }
  }

  async function pull(s: EngineState, report: StepReport): Promise<void> {
    for (;;) {
      const page = await replica.changes({ since: s.seq, include_docs: true, conflicts: true, limit: PAGE });
      for (const change of page.results) await pullOne(s, change, report);
      s.seq = page.last_seq;
      await saveState();
      if (page.results.length < PAGE) return;
    }
  }

  async function pushDoc(s: EngineState, kind: SyncKind, id: string, record: SyncRecord | null, report: StepReport): Promise<void> {
    const docId = docIdFor(kind, id);
    const prev = await currentDoc(docId);
    const hash = recordHash(record);
    if (prev && recordHash(prev.record) === hash) {
      s.base[docId] = hash ?? DELETED;
      return;
    }
    const base = s.base[docId];
    // A version this member has not taken in yet (it arrived after the pull): writing over it
    // would drop it. The next step's pull settles it with this edit instead.
    if (prev && recordHash(prev.record) !== (base === DELETED ? null : (base ?? 'never synced'))) return;
    try {
      let rev = prev?._rev;
      if (!prev) {
        // A document this member cannot read (refused) still has a revision to build on.
        rev = await replica.get(docId).then((d) => d._rev, () => undefined);
      }
      // Stamped with when the edit was made (where the record says), so an edit made offline does not win by being sent late.
      const doc = nextDoc(kind, id, record as never, me, editTime(record, now()), prev);
      await replica.put(rev ? { ...doc, _rev: rev } : doc);
      s.base[docId] = hash ?? DELETED;
      report.pushed++;
    } catch (e) {
      // Someone's version arrived meanwhile: the next step's pull settles it with this edit.
      if (!isConflict(e)) throw e;
    }
  }

  async function push(s: EngineState, report: StepReport): Promise<void> {
    const kinds: SharedKind[] = [];
    if (share.factbase) kinds.push('actor', 'source', 'incident', 'claim');
    if (share.notes.mode !== 'none') kinds.push('note');
    const seen = new Set<string>();
    const changed: { kind: SharedKind; record: SyncRecord }[] = [];
    await forEachRecord(db, kinds, (kind, record, origin) => {
      const docId = docIdFor(kind, record.id);
      // Bundled records are every member's already; an edited one that was undone stays as the team has it.
      if (origin === 'bundled') {
        if (s.base[docId] !== undefined) seen.add(docId);
        return;
      }
      if (!shares(share, kind, record)) {
        seen.add(docId);
        return;
      }
      seen.add(docId);
      if (recordHash(record) !== s.base[docId]) changed.push({ kind, record });
    });
    for (const c of changed) await pushDoc(s, c.kind, c.record.id, c.record, report);
    // Synced records no longer in the fact base were deleted here: they go out as tombstones.
    for (const [docId, hash] of Object.entries(s.base)) {
      if (hash === DELETED || seen.has(docId)) continue;
      const parsed = parseDocId(docId);
      if (!parsed || !kinds.includes(parsed.kind)) continue;
      await pushDoc(s, parsed.kind, parsed.id, null, report);
    }
    if (share.factbase) {
      for (const { kind, id } of await deletedBundledRecords(db)) {
        if (s.base[docIdFor(kind, id)] !== DELETED) await pushDoc(s, kind, id, null, report);
      }
    }
    await saveState();
  }

  function serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    /** Pulls what the replica received into the fact base, then pushes the fact base's own changes. */
    step(): Promise<StepReport> {
      return serial(async () => {
        const s = await loadState();
        const report: StepReport = { pulled: 0, pushed: 0, refused: 0, conflicts: 0 };
        await pull(s, report);
        await push(s, report);
        return report;
      });
    },

    /** Records this member as a reader of a page's source and claims already in the team database. */
    pageRead(sourceId: string): Promise<number> {
      return serial(async () => {
        if (!share.factbase) return 0;
        const ids = [docIdFor('source', sourceId), ...(await claimsBySource(db, sourceId)).map((c) => docIdFor('claim', c.id))];
        let added = 0;
        for (const id of ids) {
          const doc = await currentDoc(id);
          const next = doc && withReader(doc, me);
          if (!next) continue;
          try {
            await replica.put(next);
            added++;
          } catch (e) {
            if (!isConflict(e)) throw e;
          }
        }
        return added;
      });
    },

    /** What the team database says about one record: who read it, how its last concurrent edit was settled, and the versions kept. */
    recordHistory(kind: SyncKind, id: string): Promise<RecordHistory | null> {
      return serial(async () => {
        const doc = await currentDoc(docIdFor(kind, id));
        if (!doc) return null;
        return {
          readers: doc.readers ?? [],
          conflict: doc.conflict ? describeConflict(doc.conflict) : null,
          history: (doc.history ?? []).map((h) => ({ by: h.by, at: h.at, deleted: h.record === null, differences: differences(h.record, doc.record) })),
        };
      });
    },

    /** Documents refused and concurrent edits settled, most recent last. */
    async journal(): Promise<{ refused: Refusal[]; conflicts: SettledConflict[] }> {
      const s = await serial(loadState);
      return { refused: [...s.refused], conflicts: [...s.conflicts] };
    },
  };
}

/** A sync engine. */
export type SyncEngine = ReturnType<typeof createSyncEngine>;
