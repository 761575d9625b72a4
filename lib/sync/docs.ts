/**
 * The team database's documents: one CouchDB document per fact-base record (`actor:ID`,
 * `source:ID`, `incident:ID`, `claim:ID`, `note:ID`), the record as the fact base holds it plus
 * who wrote it and when. Incoming documents are validated here, one by one, before anything
 * reaches the fact base. Pure: no PouchDB, no browser.
 */
import * as v from 'valibot';
import { ActorSchema, ClaimSchema, IncidentSchema, NoteSchema, SourceSchema, type Actor, type Claim, type Incident, type Note, type Source } from '../factbase/schema';

/** The kinds of record the team database carries. */
export const SYNC_KINDS = ['actor', 'source', 'incident', 'claim', 'note'] as const;
/** A kind of record the team database carries. */
export type SyncKind = (typeof SYNC_KINDS)[number];

/** The record type of each kind. */
export interface SyncRecords {
  actor: Actor;
  source: Source;
  incident: Incident;
  claim: Claim;
  note: Note;
}

/** Any record the team database carries. */
export type SyncRecord = SyncRecords[SyncKind];

const RECORD_SCHEMAS = {
  actor: ActorSchema,
  source: SourceSchema,
  incident: IncidentSchema,
  claim: ClaimSchema,
  note: NoteSchema,
} as const;

/** A team member's name (their CouchDB user name). */
export const MemberSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const IsoTime = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('an ISO time'));

/** One earlier version of a record kept on its document: a concurrent edit that lost, never dropped. */
export const HistoryEntrySchema = v.object({
  by: MemberSchema,
  at: IsoTime,
  /** The record as that member left it; null when their edit was a deletion. */
  record: v.nullable(v.record(v.string(), v.unknown())),
});
/** One earlier version of a record kept on its document. */
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;

/** How the last concurrent edit of a document was settled, for people to see. */
export const ConflictNoteSchema = v.object({
  /** Every member whose edit met, sorted. */
  editors: v.pipe(v.array(MemberSchema), v.maxLength(50)),
  /** The member whose version was kept. */
  kept: MemberSchema,
  at: IsoTime,
});
/** How the last concurrent edit of a document was settled. */
export type ConflictNote = v.InferOutput<typeof ConflictNoteSchema>;

/** Most earlier versions kept on one document (the oldest go first). */
export const MAX_HISTORY = 20;
/** Largest document accepted from the server, in characters of JSON. */
export const MAX_DOC_CHARS = 256_000;

/** The envelope every team document has, whatever its kind (the record is checked by kind after). */
const EnvelopeSchema = v.object({
  _id: v.pipe(v.string(), v.maxLength(300)),
  _rev: v.optional(v.pipe(v.string(), v.maxLength(200))),
  kind: v.picklist(SYNC_KINDS),
  /** The record; null on a tombstone. */
  record: v.nullable(v.unknown()),
  deleted: v.optional(v.boolean()),
  by: MemberSchema,
  at: IsoTime,
  /** Members who read this claim or source (claims and sources only). */
  readers: v.optional(v.pipe(v.array(MemberSchema), v.maxLength(1_000))),
  history: v.optional(v.pipe(v.array(HistoryEntrySchema), v.maxLength(MAX_HISTORY))),
  conflict: v.optional(ConflictNoteSchema),
});

/** A team document, validated. `record` is null exactly when the document is a tombstone. */
export interface SyncDoc<K extends SyncKind = SyncKind> {
  _id: string;
  _rev?: string;
  kind: K;
  record: SyncRecords[K] | null;
  deleted?: boolean;
  by: string;
  at: string;
  readers?: string[];
  history?: HistoryEntry[];
  conflict?: ConflictNote;
}

/** The document id of a record. */
export function docIdFor(kind: SyncKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and record id of a document id, or null when it is not one of ours. */
export function parseDocId(docId: string): { kind: SyncKind; id: string } | null {
  const at = docId.indexOf(':');
  if (at < 0) return null;
  const kind = docId.slice(0, at);
  const id = docId.slice(at + 1);
  return (SYNC_KINDS as readonly string[]).includes(kind) && id ? { kind: kind as SyncKind, id } : null;
}

/** An incoming document's verdict: accepted (validated), ignored (not a record of ours), or refused with a reason in words. */
export type IncomingVerdict =
  | { ok: true; doc: SyncDoc }
  | { ok: false; ignored: true }
  | { ok: false; ignored?: false; reason: string };

const describe = (issues: readonly v.BaseIssue<unknown>[]): string =>
  issues
    .slice(0, 3)
    .map((i) => `${v.getDotPath(i) ?? '(document)'}: ${i.message}`)
    .join('; ');

/**
 * Validates one document from the server. Design documents are ignored; anything else that is
 * not a well-formed record of its kind, whose id does not match its record, or that is too big,
 * is refused with a reason. Nothing here throws.
 */
export function checkIncomingDoc(raw: unknown): IncomingVerdict {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not a JSON object' };
  const id = (raw as { _id?: unknown })._id;
  if (typeof id === 'string' && id.startsWith('_design/')) return { ok: false, ignored: true };
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return { ok: false, reason: 'not serialisable' };
  }
  if (size > MAX_DOC_CHARS) return { ok: false, reason: `too big (${size} characters; at most ${MAX_DOC_CHARS})` };
  const env = v.safeParse(EnvelopeSchema, raw);
  if (!env.success) return { ok: false, reason: describe(env.issues) };
  const e = env.output;
  const parsedId = parseDocId(e._id);
  if (!parsedId || parsedId.kind !== e.kind) return { ok: false, reason: `id "${e._id}" is not "${e.kind}:<record id>"` };
  const deleted = e.deleted === true;
  if (deleted !== (e.record === null)) return { ok: false, reason: 'a tombstone has no record, and only a tombstone' };
  let record: SyncRecord | null = null;
  if (e.record !== null) {
    const r = v.safeParse(RECORD_SCHEMAS[e.kind], e.record);
    if (!r.success) return { ok: false, reason: `record: ${describe(r.issues)}` };
    record = r.output as SyncRecord;
    if (record.id !== parsedId.id) return { ok: false, reason: `record id "${record.id}" does not match document "${e._id}"` };
    // Bundled records come from each member's own copy of the bundle, never from the server.
    if ('origin' in record && record.origin === 'bundled') return { ok: false, reason: 'a bundled record is never shared' };
  }
  const doc: SyncDoc = { _id: e._id, kind: e.kind, record, by: e.by, at: e.at };
  if (e._rev) doc._rev = e._rev;
  if (deleted) doc.deleted = true;
  if (e.readers) doc.readers = [...new Set(e.readers)].sort();
  if (e.history) doc.history = e.history;
  if (e.conflict) doc.conflict = e.conflict;
  return { ok: true, doc };
}

// Stable JSON (sorted keys), so two copies of one record hash alike whatever their key order.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** A short hash of a record's content (key order ignored; null for an absent record). */
export function recordHash(record: unknown): string | null {
  if (record === null || record === undefined) return null;
  const s = canonical(record);
  // Two 32-bit FNV-1a lanes: collisions between versions of one record are out of reach.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length.toString(36)}`;
}

/** Whether two documents say the same thing (revision ignored). */
export function sameContent(a: SyncDoc, b: SyncDoc): boolean {
  const { _rev: _a, ...x } = a;
  const { _rev: _b, ...y } = b;
  return canonical(x) === canonical(y);
}

/**
 * The next version of a record's document after a local change: the record (null for a
 * deletion), by this member, now; readers keep growing; history and the conflict note carry on.
 */
export function nextDoc<K extends SyncKind>(kind: K, id: string, record: SyncRecords[K] | null, me: string, at: string, prev?: SyncDoc | null): SyncDoc<K> {
  const doc: SyncDoc<K> = { _id: docIdFor(kind, id), kind, record, by: me, at };
  if (prev?._rev) doc._rev = prev._rev;
  if (record === null) doc.deleted = true;
  if (kind === 'claim' || kind === 'source') doc.readers = [...new Set([...(prev?.readers ?? []), ...(record === null ? [] : [me])])].sort();
  if (prev?.history?.length) doc.history = prev.history;
  if (prev?.conflict) doc.conflict = prev.conflict;
  return doc;
}

/** The document with this member among its readers (claims and sources), or null when they already are. */
export function withReader(doc: SyncDoc, me: string): SyncDoc | null {
  if (doc.kind !== 'claim' && doc.kind !== 'source') return null;
  if (doc.deleted || doc.readers?.includes(me)) return null;
  return { ...doc, readers: [...new Set([...(doc.readers ?? []), me])].sort() };
}
