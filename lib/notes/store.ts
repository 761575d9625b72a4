/**
 * Saved notes in IndexedDB, and the backup's import and export: every operation is one
 * transaction, so tabs saving at once lose nothing and a failed import changes nothing.
 */
import * as v from 'valibot';
import type { FactbaseDB } from '../factbase/db';
import { foldText } from '../extract/normalize';
import { stripStored, toStoredActor, toStoredClaim, toStoredIncident } from '../factbase/records';
import type { Note } from '../factbase/schema';
import { StrictNoteSchema, type Backup, type BackupData } from '../export/backup';
import type { ExportLookups } from '../export/markdown';

/** A note that does not fit the schema, with "path: problem" for each thing wrong. */
export class NoteError extends Error {
  override name = 'NoteError';
}

function validNote(note: unknown): Note {
  const r = v.safeParse(StrictNoteSchema, note);
  if (r.success) return r.output;
  throw new NoteError(`Invalid note: ${r.issues.slice(0, 3).map((i) => `${v.getDotPath(i) ?? '(note)'}: ${i.message}`).join('; ')}`);
}

/**
 * Inserts or updates a note (validated) in one transaction. An update keeps the stored
 * `createdAt`; `updatedAt` becomes `now`. Returns the note as stored.
 */
export async function saveNote(db: FactbaseDB, note: Note, now: Date = new Date()): Promise<Note> {
  const valid = validNote(note);
  const tx = db.transaction('notes', 'readwrite');
  const existing = await tx.store.get(valid.id);
  const stored: Note = { ...valid, createdAt: existing?.createdAt ?? valid.createdAt, updatedAt: now.toISOString() };
  await tx.store.put(stored);
  await tx.done;
  return stored;
}

/** Deletes a note; returns it as it was (to offer undo), or undefined when there was none. */
export async function deleteNote(db: FactbaseDB, id: string): Promise<Note | undefined> {
  const tx = db.transaction('notes', 'readwrite');
  const existing = await tx.store.get(id);
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing;
}

/** Puts a deleted note back exactly as it was (undo), unless a newer version was saved meanwhile. */
export async function restoreNote(db: FactbaseDB, note: Note): Promise<void> {
  const valid = validNote(note);
  const tx = db.transaction('notes', 'readwrite');
  const existing = await tx.store.get(valid.id);
  if (!existing || time(existing.updatedAt) <= time(valid.updatedAt)) await tx.store.put(valid);
  await tx.done;
}

/** What `listNotes` keeps and in which order. */
export interface NoteFilter {
  /** Words to find in the quote, the note or the title (case and accents ignored; all must occur). */
  text?: string;
  /** Only notes linked to this actor. */
  actorId?: string;
  /** Only notes with this tag (case ignored). */
  tag?: string;
  /** Only notes from this site (a subdomain counts; "www." ignored). */
  host?: string;
  /** Only notes of this page. */
  url?: string;
  /** First day saved, YYYY-MM-DD (UTC), inclusive. */
  from?: string;
  /** Last day saved, YYYY-MM-DD (UTC), inclusive. */
  to?: string;
  /** Sort key (default "created"). */
  sort?: 'created' | 'updated' | 'title';
  /** Default: newest first for dates, A to Z for titles. */
  order?: 'asc' | 'desc';
}

/** The host of a URL without "www.", lowercased, or "" when it has none. */
export function siteHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Saved notes matching the filter, sorted (one read transaction). */
export async function listNotes(db: FactbaseDB, filter: NoteFilter = {}): Promise<Note[]> {
  const all = filter.url ? await db.getAllFromIndex('notes', 'by-url', filter.url) : await db.getAll('notes');
  const words = filter.text ? foldText(filter.text).split(/\s+/).filter(Boolean) : [];
  const tag = filter.tag?.trim().toLocaleLowerCase();
  const host = filter.host ? siteHost(filter.host.includes('://') ? filter.host : `https://${filter.host}`) : '';
  const kept = all.filter((n) => {
    if (filter.actorId && !n.actorIds.includes(filter.actorId)) return false;
    if (tag && !n.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    if (host) {
      const h = siteHost(n.url);
      if (h !== host && !h.endsWith(`.${host}`)) return false;
    }
    const day = n.createdAt.slice(0, 10);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (words.length) {
      const hay = foldText(`${n.quote}\n${n.text}\n${n.title}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  const sort = filter.sort ?? 'created';
  const order = filter.order ?? (sort === 'title' ? 'asc' : 'desc');
  const key = (n: Note) => (sort === 'title' ? n.title.toLocaleLowerCase() : sort === 'updated' ? n.updatedAt : n.createdAt);
  kept.sort((a, b) => {
    const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return order === 'asc' ? c : -c;
  });
  return kept;
}

/** Every tag in use with how many notes carry it, most used first (case-insensitive; the first spelling seen is shown). */
export async function allTags(db: FactbaseDB): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const note of await db.getAll('notes')) {
    for (const tag of new Set(note.tags.map((t) => t.toLocaleLowerCase()))) {
      const entry = counts.get(tag) ?? { tag: note.tags.find((t) => t.toLocaleLowerCase() === tag)!, count: 0 };
      entry.count++;
      counts.set(tag, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Names of the actors and figures the notes link to, for the Markdown and CSV exports (one read transaction). */
export async function lookupsForNotes(db: FactbaseDB, notes: readonly Note[]): Promise<Required<ExportLookups>> {
  const tx = db.transaction(['actors', 'claims']);
  const actorIds = [...new Set(notes.flatMap((n) => n.actorIds))];
  const claimIds = [...new Set(notes.flatMap((n) => n.claimIds))];
  const [actors, claims] = await Promise.all([
    Promise.all(actorIds.map((id) => tx.objectStore('actors').get(id))),
    Promise.all(claimIds.map((id) => tx.objectStore('claims').get(id))),
  ]);
  await tx.done;
  return {
    actors: new Map(actors.flatMap((a) => (a ? [[a.id, { name: a.name }] as const] : []))),
    claims: new Map(claims.flatMap((c) => (c ? [[c.id, { figureText: c.figureText }] as const] : []))),
  };
}

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
const ACTORS_REVISION_KEY = 'actorsRevision';

function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

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
  const tx = db.transaction(['notes', 'actors', 'sources', 'incidents', 'claims', 'meta'], 'readwrite');
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
      const rev = (await meta.get(ACTORS_REVISION_KEY))?.value;
      await meta.put({ key: ACTORS_REVISION_KEY, value: (typeof rev === 'number' ? rev : 0) + 1 });
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
