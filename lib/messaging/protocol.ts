/**
 * The ONLY list of messages between the content script, the background, the popup and the options
 * page: each message's request schema (validated where it is received, so a malformed message is
 * refused at the boundary) and its response type, with one doc line each.
 */
import * as v from 'valibot';
import type { FactbaseCounts } from '../factbase/queries';
import { NoteSchema, type Note } from '../factbase/schema';
import type { ImportReport } from '../notes/store';
import type { ActorCard, FigureCard, PageAnalysis, TabDossier } from './views';

const Url = v.pipe(v.string(), v.maxLength(4_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** Request schemas, one per message. */
export const REQUESTS = {
  /** Content → background: analyse the article text of this page (actors, figures, claims, conflicts). */
  analyzePage: v.object({
    url: Url,
    title: v.pipe(v.string(), v.maxLength(2_000)),
    text: v.pipe(v.string(), v.maxLength(5_000_000)),
    publishedAt: v.nullable(v.pipe(v.string(), v.maxLength(40))),
    siteName: v.nullable(v.pipe(v.string(), v.maxLength(300))),
    /** 0 for the page's text; 1, 2, ... for text the page added later (claims are added, not replaced). */
    part: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))),
  }),
  /** Content → background: the annotation pass is finished; counts for the badge and the popup. */
  pageAnnotated: v.object({
    url: Url,
    actors: v.pipe(v.number(), v.integer(), v.minValue(0)),
    figures: v.pipe(v.number(), v.integer(), v.minValue(0)),
    conflicts: v.pipe(v.number(), v.integer(), v.minValue(0)),
    elapsedMs: v.number(),
  }),
  /** Content → background: details for an actor's hover card. */
  getActorCard: v.object({ actorId: Id }),
  /** Content → background: details for a figure's hover card (other sources for its claim key). */
  getFigureCard: v.object({ url: Url, figureIndex: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Popup → background: the dossier of one tab (what its page says and what else is known). */
  getTabDossier: v.object({ tabId: v.pipe(v.number(), v.integer()) }),
  /** Popup/options → background: how many records the fact base holds. */
  getCounts: v.object({}),
  /** Content/popup → background: add an unknown actor from a page to the fact base. */
  addActor: v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    type: v.picklist(['person', 'organization', 'place']),
    description: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  }),
  /** Content → background: save (insert or update) a note; its figures become claims of the page. */
  saveNote: v.object({ note: NoteSchema }),
  /** Content/popup → background: the notes of one page. */
  notesForPage: v.object({ url: Url }),
  /** Options → background: notes matching a filter (search, actor, tag, site, dates), sorted. */
  listNotes: v.object({
    text: v.optional(v.pipe(v.string(), v.maxLength(500))),
    actorId: v.optional(Id),
    tag: v.optional(v.pipe(v.string(), v.maxLength(100))),
    host: v.optional(v.pipe(v.string(), v.maxLength(300))),
    from: v.optional(v.pipe(v.string(), v.maxLength(10))),
    to: v.optional(v.pipe(v.string(), v.maxLength(10))),
    sort: v.optional(v.picklist(['created', 'updated', 'title'])),
    order: v.optional(v.picklist(['asc', 'desc'])),
  }),
  /** Options → background: delete a note; the deleted note comes back for undo. */
  deleteNote: v.object({ id: Id }),
  /** Options → background: put back a deleted note (undo). */
  restoreNote: v.object({ note: NoteSchema }),
  /** Content/options → background: every tag in use, with counts (for suggestions). */
  allTags: v.object({}),
  /** Options → background: the notes of a filter (or all) as an export file's text. */
  exportNotes: v.object({
    kind: v.picklist(['markdown', 'csv', 'jsonld', 'backup']),
    ids: v.optional(v.array(Id)),
  }),
  /** Popup → background: annotate this (unsupported) site from now on; host permission already granted. */
  enableSite: v.object({ host: v.pipe(v.string(), v.regex(/^[a-z0-9.-]{1,253}$/i, 'a host name')), tabId: v.optional(v.pipe(v.number(), v.integer())) }),
  /** Content → background: where the page's saved notes were found now (and which were not). */
  notesAnchored: v.object({
    url: Url,
    found: v.array(Id),
    missing: v.array(Id),
    edited: v.array(v.object({ id: Id, before: v.array(v.pipe(v.string(), v.maxLength(100))), after: v.array(v.pipe(v.string(), v.maxLength(100))) })),
  }),
  /** Options → background: import a backup file (validated as a whole; nothing changes when it is bad). */
  importBackup: v.object({ content: v.pipe(v.string(), v.maxLength(200_000_000)) }),
} as const;

/** An export file for the options page to download. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  count: number;
}

/** Response type of each message. */
export interface Responses {
  analyzePage: PageAnalysis;
  pageAnnotated: { ok: true };
  getActorCard: ActorCard | null;
  getFigureCard: FigureCard | null;
  getTabDossier: TabDossier | null;
  getCounts: FactbaseCounts;
  addActor: { actorId: string };
  saveNote: Note;
  notesForPage: Note[];
  listNotes: Note[];
  deleteNote: Note | null;
  restoreNote: { ok: true };
  allTags: { tag: string; count: number }[];
  exportNotes: ExportFile;
  importBackup: ImportReport;
  notesAnchored: { ok: true };
  enableSite: { ok: true };
}

/** Name of a message. */
export type MessageType = keyof typeof REQUESTS;
/** Request payload of a message. */
export type Request<K extends MessageType> = v.InferOutput<(typeof REQUESTS)[K]>;
/** The envelope sent over `runtime.sendMessage`. */
export interface Envelope<K extends MessageType = MessageType> {
  dossier: K;
  data: Request<K>;
}

/** Messages the background sends to a tab's content script. */
export const TAB_REQUESTS = {
  /** Popup → content: scroll to the n-th mention of this kind (an index into the analysis) and flash it. */
  revealMark: v.object({ kind: v.picklist(['actor', 'figure', 'saved']), index: v.pipe(v.number(), v.integer(), v.minValue(0)), noteId: v.optional(Id) }),
  /** Background → content: open the note editor for the current selection (shortcut, context menu). */
  saveSelection: v.object({}),
  /** Popup → content: remove every mark (the site was switched off) or annotate again (switched on). */
  setEnabled: v.object({ enabled: v.boolean() }),
} as const;

/** Name of a message to a tab. */
export type TabMessageType = keyof typeof TAB_REQUESTS;
/** Payload of a message to a tab. */
export type TabRequest<K extends TabMessageType> = v.InferOutput<(typeof TAB_REQUESTS)[K]>;

/** Validates a message sent to a tab; null for anything else. */
export function parseTabEnvelope(message: unknown): { dossierTab: TabMessageType; data: unknown } | null {
  if (typeof message !== 'object' || message === null) return null;
  const { dossierTab, data } = message as { dossierTab?: unknown; data?: unknown };
  if (typeof dossierTab !== 'string' || !Object.hasOwn(TAB_REQUESTS, dossierTab)) return null;
  const result = v.safeParse(TAB_REQUESTS[dossierTab as TabMessageType], data);
  return result.success ? { dossierTab: dossierTab as TabMessageType, data: result.output } : null;
}

/** Validates an incoming envelope; returns null for anything that is not one of ours or is malformed. */
export function parseEnvelope(message: unknown): Envelope | null {
  if (typeof message !== 'object' || message === null) return null;
  const { dossier, data } = message as { dossier?: unknown; data?: unknown };
  if (typeof dossier !== 'string' || !Object.hasOwn(REQUESTS, dossier)) return null;
  const schema = REQUESTS[dossier as MessageType];
  const result = v.safeParse(schema, data);
  return result.success ? { dossier: dossier as MessageType, data: result.output } : null;
}
