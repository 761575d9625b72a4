/**
 * The background's notes work: saving (a saved figure becomes a claim of its page), listing,
 * deleting with undo, exports and backup import.
 */
import { addMissingClaims } from '../factbase/writes';
import type { FactbaseDB } from '../factbase/db';
import { notesByUrl } from '../factbase/queries';
import { buildBackup, parseBackup } from '../export/backup';
import { exportFileName, exportMimeType } from '../export/export-file';
import { notesToCsv } from '../export/csv';
import { notesToMarkdown } from '../export/markdown';
import { notesToWebAnnotation } from '../export/web-annotation';
import { exportBackupData, importBackup } from '../factbase/backup-data';
import { allTags, deleteNote, listNotes, lookupsForNotes, restoreNote, saveNote } from '../factbase/notes';
import { claimsToRecords, sourceIdFor } from '../engine/record-page';
import type { Request, Responses, Sender } from '../messaging/protocol';
import type { TabStore } from './reading-service';
import { connectionOf, thenNotify, type FactbaseSource } from './router';

/** What the notes service needs. */
export interface NotesDeps {
  /** The fact base, or how to open it. */
  db: FactbaseSource<FactbaseDB>;
  tabs: TabStore;
  /** Notes or claims were written (team sync takes a step). */
  written?: () => void;
}

/** The notes service's handlers, keyed by message name. */
export function createNotesService({ db: source, tabs, written }: NotesDeps) {
  const connect = connectionOf(source);
  return {
    saveNote: thenNotify(written, async ({ note }: Request<'saveNote'>, sender: Sender): Promise<Responses['saveNote']> => {
      const tabId = sender.tab?.id;
      const db = await connect();
      const saved = await saveNote(db, note);
      // A saved figure becomes a claim in the fact base, with the page as its source, even when
      // the site's reading is not remembered.
      if (tabId !== undefined && note.claimIds.length > 0) {
        const state = await tabs.get(tabId);
        const analysis = state?.analysis;
        if (analysis && state.url === note.url) {
          const wanted = new Set(note.claimIds);
          const claims = analysis.claims.filter((c) => wanted.has(c.id));
          const sourceId = sourceIdFor(note.url);
          const source = (await db.get('sources', sourceId)) ?? {
            id: sourceId,
            url: note.url,
            title: note.title,
            outlet: note.outlet ?? analysis.source.outlet ?? null,
            publishedAt: note.publishedAt ?? analysis.source.publishedAt ?? null,
            origin: 'user' as const,
          };
          const records = claimsToRecords(claims, analysis.figures, source, 'user');
          await addMissingClaims(db, source, records);
        }
      }
      return saved;
    }),

    async notesForPage({ url }: Request<'notesForPage'>): Promise<Responses['notesForPage']> {
      return notesByUrl(await connect(), url);
    },

    async listNotes(filter: Request<'listNotes'>): Promise<Responses['listNotes']> {
      return listNotes(await connect(), filter);
    },

    deleteNote: thenNotify(written, async ({ id }: Request<'deleteNote'>): Promise<Responses['deleteNote']> => {
      return (await deleteNote(await connect(), id)) ?? null;
    }),

    restoreNote: thenNotify(written, async ({ note }: Request<'restoreNote'>): Promise<Responses['restoreNote']> => {
      await restoreNote(await connect(), note);
      return { ok: true };
    }),

    async allTags(): Promise<Responses['allTags']> {
      return allTags(await connect());
    },

    async exportNotes({ kind, ids }: Request<'exportNotes'>): Promise<Responses['exportNotes']> {
      const now = new Date();
      const db = await connect();
      const all = await listNotes(db, { sort: 'created', order: 'asc' });
      const wanted = ids ? new Set(ids) : null;
      const notes = wanted ? all.filter((n) => wanted.has(n.id)) : all;
      let content: string;
      if (kind === 'backup') content = JSON.stringify(buildBackup(await exportBackupData(db), now), null, 2);
      else if (kind === 'jsonld') content = JSON.stringify(notesToWebAnnotation(notes), null, 2);
      else {
        const lookups = await lookupsForNotes(db, notes);
        content = kind === 'csv' ? notesToCsv(notes, lookups) : notesToMarkdown(notes, { ...lookups, exportedAt: now });
      }
      return { fileName: exportFileName(kind, now), mimeType: exportMimeType(kind), content, count: notes.length };
    },

    async notesAnchored({ url, found, missing, edited }: Request<'notesAnchored'>, sender: Sender): Promise<Responses['notesAnchored']> {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const state = await tabs.get(tabId);
        if (state && state.url === url) await tabs.set(tabId, { ...state, notes: { found, missing, edited } });
      }
      return { ok: true };
    },

    importBackup: thenNotify(written, async ({ content }: Request<'importBackup'>): Promise<Responses['importBackup']> => {
      // parseBackup throws a BackupError naming what is wrong; nothing is written then.
      return importBackup(await connect(), parseBackup(content));
    }),
  };
}
