/**
 * Saved notes in IndexedDB: every operation is one transaction, so tabs saving at once lose
 * nothing. The backup's merge and export are in `backup-data.ts`.
 */
import * as v from 'valibot';
import type { FactbaseDB } from './db';
import { foldText } from '../extract/normalize';
import type { Note } from './schema';
import { StrictNoteSchema } from '../export/backup';
import type { ExportLookups } from '../export/markdown';
import { writeTransaction } from './counts';
import { hostOf } from '../sites';

/** A note that does not fit the schema, with "path: problem" for each thing wrong. */
export class NoteError extends Error {
  override name = 'NoteError';
}

function validNote(note: unknown): Note {
  const r = v.safeParse(StrictNoteSchema, note);
  if (r.success) return r.output;
  throw new NoteError(`Invalid note: ${r.issues.slice(0, 3).map((i) => `${v.getDotPath(i) ?? '(note)'}: ${i.message}`).join('; ')}`);
}

/** An ISO time as milliseconds; a missing or unreadable time sorts first (-Infinity). */
export function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Inserts or updates a note (validated) in one transaction. An update keeps the stored
 * `createdAt`; `updatedAt` becomes `now`. Returns the note as stored.
 */
export async function saveNote(db: FactbaseDB, note: Note, now: Date = new Date()): Promise<Note> {
  const valid = validNote(note);
  const tx = writeTransaction(db, ['notes']);
  const store = tx.objectStore('notes');
  const existing = await store.get(valid.id);
  const stored: Note = { ...valid, createdAt: existing?.createdAt ?? valid.createdAt, updatedAt: now.toISOString() };
  await store.put(stored);
  await tx.done;
  return stored;
}

/** Deletes a note; returns it as it was (to offer undo), or undefined when there was none. */
export async function deleteNote(db: FactbaseDB, id: string): Promise<Note | undefined> {
  const tx = writeTransaction(db, ['notes']);
  const store = tx.objectStore('notes');
  const existing = await store.get(id);
  if (existing) await store.delete(id);
  await tx.done;
  return existing;
}

/** Puts a deleted note back exactly as it was (undo), unless a newer version was saved meanwhile. */
export async function restoreNote(db: FactbaseDB, note: Note): Promise<void> {
  const valid = validNote(note);
  const tx = writeTransaction(db, ['notes']);
  const store = tx.objectStore('notes');
  const existing = await store.get(valid.id);
  if (!existing || time(existing.updatedAt) <= time(valid.updatedAt)) await store.put(valid);
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
  // URL host names are lower case already.
  return hostOf(url) ?? '';
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
