/**
 * The ONLY list of messages between the content script, the background, the popup and the options
 * page: each message's request schema (validated where it is received, so a malformed message is
 * refused at the boundary) and its response type, with one doc line each.
 */
import * as v from 'valibot';
import { ActorTypeSchema, IncidentRoleSchema, NoteSchema, PartialDateSchema, type Claim, type Incident, type Note, type Source } from '../factbase/schema';
import {
  INCIDENT_FIELDS,
  SYNC_KINDS,
  SyncSettingsSchema,
  type ActorCard,
  type ActorListItem,
  type ActorProfile,
  type BundleImportReport,
  type FactbaseCounts,
  type FigureCard,
  type ImportReport,
  type IncidentImportReport,
  type IncidentSummary,
  type Page,
  type PageAnalysis,
  type RecordHistory,
  type SyncStatus,
  type TabDossier,
  type UndoRecord,
} from './views';

const Url = v.pipe(v.string(), v.maxLength(4_000));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300));
const Search = v.optional(v.pipe(v.string(), v.maxLength(300)));
const Cursor = v.optional(v.nullable(v.pipe(v.string(), v.maxLength(2_000))));
const Limit = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)));
const Cell = v.nullable(v.pipe(v.string(), v.maxLength(300)));
/** Most incident rows one `importIncidents` message carries (the options page sends a big file in batches). */
export const MAX_IMPORT_ROWS = 5_000;

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
    /** False when the pass read the page and found no article text in it (absent: it found some). */
    articleText: v.optional(v.boolean()),
  }),
  /** Content → background: run the page UI's script (cards, selection saver, saved highlights) in the sender's frame; answers once it has run. */
  loadPageUi: v.object({}),
  /** Content → background: details for an actor's hover card. */
  getActorCard: v.object({ actorId: Id }),
  /** Content → background: details for a figure's hover card (other sources for its claim key). */
  getFigureCard: v.object({ url: Url, figureIndex: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** Popup → background: the dossier of one tab (what its page says and what else is known). */
  getTabDossier: v.object({ tabId: v.pipe(v.number(), v.integer()) }),
  /** Any page → background: the page part of a tab's dossier only (the popup and the side panel read it from session storage themselves, without waking the worker). */
  getTabAnalysis: v.object({ tabId: v.pipe(v.number(), v.integer()) }),
  /** Content → background: how many incidents each of these actors is tied to (for the marks' accessible names). */
  actorIncidentCounts: v.object({ actorIds: v.pipe(v.array(Id), v.maxLength(5_000)) }),
  /** Popup/options → background: how many records the fact base holds. */
  getCounts: v.object({}),
  /** Content/popup → background: add an unknown actor from a page to the fact base. */
  addActor: v.object({
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
    type: ActorTypeSchema,
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
  /** Options → background: one page of actors, alphabetical, or those with a name or alias (or a word in one) starting with `search`. */
  listActors: v.object({ search: Search, type: v.optional(ActorTypeSchema), cursor: Cursor, limit: Limit }),
  /** Options → background: one page of incidents, newest first (or one actor's), filtered by words and dates. */
  listIncidents: v.object({
    search: Search,
    actorId: v.optional(Id),
    from: v.optional(PartialDateSchema),
    to: v.optional(PartialDateSchema),
    cursor: Cursor,
    limit: Limit,
  }),
  /** Options → background: one page of claims grouped by claim key (or those of one key, source, subject or incident). */
  listClaims: v.object({
    search: Search,
    key: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
    sourceId: v.optional(Id),
    subject: v.optional(Id),
    incidentId: v.optional(Id),
    predicate: v.optional(v.pipe(v.string(), v.maxLength(100))),
    status: v.optional(v.picklist(['active', 'retracted', 'superseded'])),
    cursor: Cursor,
    limit: Limit,
  }),
  /** Options → background: one page of sources, filtered by words in title, outlet or URL. */
  listSources: v.object({ search: Search, cursor: Cursor, limit: Limit }),
  /** Options → background: an actor's page (incidents, claims over time, sources read, related actors). */
  actorProfile: v.object({ actorId: Id }),
  /** Options / side panel → background: an incident's view (every figure per measure, low / best / high, claimants, timeline). */
  incidentSummary: v.object({ incidentId: Id }),
  /** Options → background: one edit of the fact base (actors, incidents, claim status); returns its undo record. */
  editFactbase: v.variant('op', [
    v.object({ op: v.literal('renameActor'), id: Id, name: Name, keepOldName: v.optional(v.boolean()) }),
    v.object({ op: v.literal('addAlias'), id: Id, alias: Name }),
    v.object({ op: v.literal('removeAlias'), id: Id, alias: v.pipe(v.string(), v.minLength(1), v.maxLength(300)) }),
    v.object({ op: v.literal('setActorType'), id: Id, type: ActorTypeSchema }),
    v.object({
      op: v.literal('updateActorDetails'),
      id: Id,
      description: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
      wikidata: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(20)))),
    }),
    v.object({ op: v.literal('deleteActor'), id: Id }),
    v.object({ op: v.literal('mergeActors'), keepId: Id, dropId: Id }),
    v.object({
      op: v.literal('saveIncident'),
      incident: v.object({
        id: v.optional(Id),
        title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2_000)),
        date: v.nullable(PartialDateSchema),
        place: v.nullable(Id),
        actors: v.pipe(v.array(v.object({ actorId: Id, role: IncidentRoleSchema })), v.maxLength(500)),
        type: v.pipe(v.string(), v.maxLength(100)),
        summary: v.pipe(v.string(), v.maxLength(2_000)),
        sourceIds: v.pipe(v.array(Id), v.maxLength(1_000)),
      }),
    }),
    v.object({ op: v.literal('deleteIncident'), id: Id }),
    v.object({ op: v.literal('linkClaims'), incidentId: v.nullable(Id), claimIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(1_000)) }),
    v.object({ op: v.literal('setClaimStatus'), id: Id, status: v.picklist(['active', 'retracted', 'superseded']) }),
  ]),
  /** Options → background: undo an edit (refused, with a message, when a record changed since). */
  undoEdit: v.object({
    undo: v.object({
      label: v.pipe(v.string(), v.maxLength(1_000)),
      at: v.pipe(v.string(), v.maxLength(40)),
      records: v.pipe(
        v.array(v.object({ store: v.picklist(['actors', 'incidents', 'claims', 'meta']), id: Id, before: v.unknown(), after: v.unknown() })),
        v.maxLength(500_000),
      ),
    }),
  }),
  /** Options → background: the whole fact base, or one actor with what hangs on it, as a bundle file. */
  exportBundle: v.object({ actorId: v.optional(Id) }),
  /** Options → background: import a fact-base bundle file (validated as a whole; nothing changes when it is bad). */
  importBundle: v.object({ content: v.pipe(v.string(), v.maxLength(200_000_000)) }),
  /** Options → background: write previewed CSV incident rows (one batch of a file), as confirmed by the user. */
  importIncidents: v.object({
    layout: v.picklist(['gtd', 'acled', 'unknown']),
    fileName: v.nullable(v.pipe(v.string(), v.maxLength(500))),
    header: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(500)),
    mapping: v.record(v.picklist(INCIDENT_FIELDS), v.pipe(v.string(), v.maxLength(300))),
    rows: v.pipe(
      v.array(
        v.object({
          row: v.pipe(v.number(), v.integer(), v.minValue(1)),
          id: v.pipe(v.string(), v.minLength(1), v.maxLength(150)),
          date: PartialDateSchema,
          country: Cell,
          region: Cell,
          city: Cell,
          perpetrator: Cell,
          otherActor: Cell,
          type: v.pipe(v.string(), v.maxLength(100)),
          killed: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
          wounded: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
          summary: v.pipe(v.string(), v.maxLength(20_000)),
          citation: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
        }),
      ),
      v.minLength(1),
      v.maxLength(MAX_IMPORT_ROWS),
    ),
    /** Refused rows in the whole file (the user confirmed importing only the good ones when > 0). */
    errorCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** Data rows in the whole file. */
    rowCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    skipBadRows: v.boolean(),
  }),
  /** Options → background: start team sync with these settings (the server's host permission was granted on the click). */
  syncStart: v.object({ settings: SyncSettingsSchema }),
  /** Options → background: stop team sync (the settings stay saved; nothing more is sent). */
  syncStop: v.object({}),
  /** Options → background: team sync's state, its saved settings (never the password), refused documents and settled edits. */
  syncStatus: v.object({}),
  /** Options → background: what the team database says about one record (readers, a settled concurrent edit, versions kept); null when sync is off. */
  syncRecordHistory: v.object({ kind: v.picklist(SYNC_KINDS), id: Id }),
} as const;

/** A fact-base edit's outcome: the main record's id and the record that undoes it. */
export interface FactbaseEditResult {
  /** Id of the actor, incident or claim edited (the kept actor of a merge; a new incident's id). */
  id: string | null;
  undo: UndoRecord;
}

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
  loadPageUi: { ok: true };
  getActorCard: ActorCard | null;
  getFigureCard: FigureCard | null;
  getTabDossier: TabDossier | null;
  getTabAnalysis: TabDossier | null;
  getCounts: FactbaseCounts;
  actorIncidentCounts: Record<string, number>;
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
  listActors: Page<ActorListItem>;
  listIncidents: Page<Incident>;
  listClaims: Page<Claim & { key: string }>;
  listSources: Page<Source>;
  actorProfile: ActorProfile | null;
  incidentSummary: IncidentSummary | null;
  editFactbase: FactbaseEditResult;
  undoEdit: { ok: true };
  exportBundle: ExportFile;
  importBundle: BundleImportReport;
  importIncidents: IncidentImportReport;
  syncStart: SyncStatus;
  syncStop: SyncStatus;
  syncStatus: SyncStatus;
  syncRecordHistory: RecordHistory | null;
}

/** Name of a message. */
export type MessageType = keyof typeof REQUESTS;
/** Request payload of a message. */
export type Request<K extends MessageType> = v.InferOutput<(typeof REQUESTS)[K]>;
/** Who sent a message: the tab of a content script (absent for the popup and the options page). */
export interface Sender {
  /** The tab, with its title where the extension may read it. */
  tab?: { id?: number; title?: string };
  /** The frame the message came from (0: the tab's top frame). */
  frameId?: number;
}
/** The background's answer to one message. */
export type Handler<K extends MessageType> = (data: Request<K>, sender: Sender) => Promise<Responses[K]>;
/** One handler per message: what the background's router is. */
export type Handlers = { [K in MessageType]: Handler<K> };
/** The envelope sent over `runtime.sendMessage`. */
export interface Envelope<K extends MessageType = MessageType> {
  dossier: K;
  data: Request<K>;
}

/** The payload of each message the background and the popup send to a tab's content script. */
export interface TabRequests {
  /** Popup → content: scroll to the n-th mention of this kind (an index into the analysis) and flash it. */
  revealMark: { kind: 'actor' | 'figure' | 'saved'; index: number; noteId?: string };
  /** Background → content: open the note editor for the current selection (shortcut, context menu). */
  saveSelection: Record<string, never>;
  /** Popup → content: remove every mark (the site was switched off) or annotate again (switched on). */
  setEnabled: { enabled: boolean };
  /** Background → content: move focus to the page's next mark in disagreement with another source (the shortcut). */
  focusDisagreement: Record<string, never>;
}

const MARK_KINDS: readonly string[] = ['actor', 'figure', 'saved'] satisfies TabRequests['revealMark']['kind'][];
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isId = (x: unknown): x is string => typeof x === 'string' && x.length >= 1 && x.length <= 200;

/**
 * Messages to a tab, each with its check (the payload it accepts, unknown keys dropped, or null).
 * Written by hand rather than as valibot schemas: the content script is the bundle every tab
 * compiles, these are its only checks, and valibot would be about 1.5 KB gzipped of it.
 */
export const TAB_REQUESTS: { [K in keyof TabRequests]: (data: object) => TabRequests[K] | null } = {
  revealMark: (d) => {
    const { kind, index, noteId } = d as Record<string, unknown>;
    if (typeof kind !== 'string' || !MARK_KINDS.includes(kind) || !isIndex(index) || (noteId !== undefined && !isId(noteId))) return null;
    return { kind: kind as TabRequests['revealMark']['kind'], index, ...(noteId === undefined ? {} : { noteId }) };
  },
  saveSelection: () => ({}),
  setEnabled: (d) => {
    const { enabled } = d as Record<string, unknown>;
    return typeof enabled === 'boolean' ? { enabled } : null;
  },
  focusDisagreement: () => ({}),
};

/** Name of a message to a tab. */
export type TabMessageType = keyof TabRequests;
/** Payload of a message to a tab. */
export type TabRequest<K extends TabMessageType> = TabRequests[K];

/** Validates a message sent to a tab; null for anything else. */
export function parseTabEnvelope(message: unknown): { dossierTab: TabMessageType; data: unknown } | null {
  if (typeof message !== 'object' || message === null) return null;
  const { dossierTab, data } = message as { dossierTab?: unknown; data?: unknown };
  if (typeof dossierTab !== 'string' || !Object.hasOwn(TAB_REQUESTS, dossierTab)) return null;
  if (typeof data !== 'object' || data === null) return null;
  const checked = TAB_REQUESTS[dossierTab as TabMessageType](data);
  return checked ? { dossierTab: dossierTab as TabMessageType, data: checked } : null;
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
