/**
 * The background's fact-base work for the options page: paginated browsing, the actor page,
 * edits with undo records, bundles as files, and committing CSV incident rows the options page
 * parsed and the user confirmed. IndexedDB writes happen here, not in the page.
 */
import * as v from 'valibot';
import { actorProfile } from '../factbase/actor-profile';
import { listActors, listClaims, listIncidents, listSources } from '../factbase/browse';
import { exportBundle, importBundle } from '../factbase/bundle-io';
import { summariseKnownIncident } from '../engine/incident-summary';
import { idbEngineFactbase } from '../factbase/engine-port';
import { BundleError } from '../factbase/bundle';
import type { FactbaseDB } from '../factbase/db';
import {
  addActorAlias,
  deleteActor,
  deleteIncident,
  EditError,
  linkClaimsToIncident,
  mergeActors,
  removeActorAlias,
  renameActor,
  saveIncident,
  setActorType,
  setClaimStatus,
  TOMBSTONES_KEY,
  undoEdit,
  updateActorDetails,
  type TouchedRecord,
  type UndoRecord,
} from '../factbase/edit';
import { toStoredActor, toStoredIncident } from '../factbase/records';
import { ActorSchema, ClaimSchema, IncidentSchema } from '../factbase/schema';
import { commitIncidentImport } from '../factbase/incident-import';
import type { IncidentCsvPreview } from '../import/csv-incidents';
import { DATASET_NAMES, type ColumnMapping } from '../import/csv-layouts';
import type { Request, Responses } from '../messaging/protocol';
import { connectionOf, perConnection, thenNotify, type FactbaseSource } from './router';

/** What the fact-base service needs. */
export interface FactbaseDeps {
  /** The fact base, or how to open it. */
  db: FactbaseSource<FactbaseDB>;
  /** The fact base was written (team sync takes a step). */
  written?: () => void;
  /** The export time (for file names); now by default. */
  now?: () => Date;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The download name of a bundle export, e.g. `dossier-factbase-2026-11-21.json` or `dossier-actor-ID-….json`. */
export function bundleFileName(date: Date, actorId?: string): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const who = actorId ? `actor-${actorId.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60)}` : 'factbase';
  return `dossier-${who}-${day}.json`;
}

/** Parses a file's text as JSON, with a message for the user when it is not JSON at all. */
function parseJsonFile(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    throw new BundleError('Not a Dossier fact-base bundle: the file is not JSON.');
  }
}

// Stored records carry derived index fields: valid "before" records are rebuilt from their
// schema, so an undo record that crossed a message cannot write anything but a valid record.
const StoredClaimKey = v.pipe(v.string(), v.maxLength(2_000));
const Tombstones = v.object({ key: v.literal(TOMBSTONES_KEY), value: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(1_000_000)) });

/** Checks an undo record from a message and rebuilds each "before" record from its schema; throws EditError when one is not a valid record. */
export function checkUndoRecord(undo: Request<'undoEdit'>['undo']): UndoRecord {
  const fail = (r: { store: string; id: string }): never => {
    throw new EditError(`Cannot undo "${undo.label}": the undo record for ${r.store} "${r.id}" is not valid.`);
  };
  const records: TouchedRecord[] = undo.records.map((r) => {
    if (r.before === null || r.before === undefined) return { ...r, before: null, after: r.after ?? null };
    if (r.store === 'meta') {
      const m = v.safeParse(Tombstones, r.before);
      if (!m.success || r.id !== TOMBSTONES_KEY) return fail(r);
      return { ...r, before: m.output, after: r.after ?? null };
    }
    if (r.store === 'actors') {
      const a = v.safeParse(ActorSchema, r.before);
      if (!a.success || a.output.id !== r.id) return fail(r);
      return { ...r, before: toStoredActor(a.output), after: r.after ?? null };
    }
    if (r.store === 'incidents') {
      const i = v.safeParse(IncidentSchema, r.before);
      if (!i.success || i.output.id !== r.id) return fail(r);
      return { ...r, before: toStoredIncident(i.output), after: r.after ?? null };
    }
    const c = v.safeParse(ClaimSchema, r.before);
    const key = v.safeParse(StoredClaimKey, (r.before as { key?: unknown }).key);
    if (!c.success || !key.success || c.output.id !== r.id) return fail(r);
    return { ...r, before: { ...c.output, key: key.output }, after: r.after ?? null };
  });
  return { label: undo.label, at: undo.at, records };
}

/** Rebuilds the preview `commitIncidentImport` takes from the rows and metadata of an `importIncidents` message. */
export function previewFromRequest(req: Request<'importIncidents'>): IncidentCsvPreview {
  return {
    layout: req.layout,
    dataset: DATASET_NAMES[req.layout],
    fileName: req.fileName,
    header: req.header,
    mapping: req.mapping as ColumnMapping,
    rows: req.rows,
    // Refused rows stay in the page: only their count matters for the commit's confirmation check.
    errors: [],
    errorCount: req.errorCount,
    rowCount: req.rowCount,
  };
}

/** The fact-base service's handlers, keyed by message name. */
export function createFactbaseService({ db: source, written, now = () => new Date() }: FactbaseDeps) {
  const connect = connectionOf(source);
  const enginePort = perConnection(idbEngineFactbase);
  return {
    async listActors({ search, type, cursor, limit }: Request<'listActors'>): Promise<Responses['listActors']> {
      const db = await connect();
      return listActors(db, { search, type, cursor, limit });
    },

    async listIncidents(q: Request<'listIncidents'>): Promise<Responses['listIncidents']> {
      const db = await connect();
      return listIncidents(db, q);
    },

    async listClaims(q: Request<'listClaims'>): Promise<Responses['listClaims']> {
      const db = await connect();
      return listClaims(db, q);
    },

    async listSources(q: Request<'listSources'>): Promise<Responses['listSources']> {
      const db = await connect();
      return listSources(db, q);
    },

    async actorProfile({ actorId }: Request<'actorProfile'>): Promise<Responses['actorProfile']> {
      const db = await connect();
      return actorProfile(db, actorId);
    },

    async incidentSummary({ incidentId }: Request<'incidentSummary'>): Promise<Responses['incidentSummary']> {
      const db = await connect();
      return summariseKnownIncident(enginePort(db), incidentId);
    },

    editFactbase: thenNotify(written, async (req: Request<'editFactbase'>): Promise<Responses['editFactbase']> => {
      const db = await connect();
      switch (req.op) {
        case 'renameActor': {
          const r = await renameActor(db, req.id, req.name, { keepOldName: req.keepOldName });
          return { id: r.value.id, undo: r.undo };
        }
        case 'addAlias': {
          const r = await addActorAlias(db, req.id, req.alias);
          return { id: r.value.id, undo: r.undo };
        }
        case 'removeAlias': {
          const r = await removeActorAlias(db, req.id, req.alias);
          return { id: r.value.id, undo: r.undo };
        }
        case 'setActorType': {
          const r = await setActorType(db, req.id, req.type);
          return { id: r.value.id, undo: r.undo };
        }
        case 'updateActorDetails': {
          const r = await updateActorDetails(db, req.id, { description: req.description, wikidata: req.wikidata });
          return { id: r.value.id, undo: r.undo };
        }
        case 'deleteActor': {
          const r = await deleteActor(db, req.id);
          return { id: r.value.actor.id, undo: r.undo };
        }
        case 'mergeActors': {
          const r = await mergeActors(db, req.keepId, req.dropId);
          return { id: r.value.actor.id, undo: r.undo };
        }
        case 'saveIncident': {
          const r = await saveIncident(db, req.incident);
          return { id: r.value.id, undo: r.undo };
        }
        case 'deleteIncident': {
          const r = await deleteIncident(db, req.id);
          return { id: r.value.incident.id, undo: r.undo };
        }
        case 'linkClaims': {
          const r = await linkClaimsToIncident(db, req.incidentId, req.claimIds);
          return { id: req.incidentId, undo: r.undo };
        }
        case 'setClaimStatus': {
          const r = await setClaimStatus(db, req.id, req.status);
          return { id: r.value.id, undo: r.undo };
        }
      }
    }),

    undoEdit: thenNotify(written, async ({ undo }: Request<'undoEdit'>): Promise<Responses['undoEdit']> => {
      const db = await connect();
      await undoEdit(db, checkUndoRecord(undo));
      return { ok: true };
    }),

    async exportBundle({ actorId }: Request<'exportBundle'>): Promise<Responses['exportBundle']> {
      const db = await connect();
      const bundle = await exportBundle(db, { actorId });
      return {
        fileName: bundleFileName(now(), actorId),
        mimeType: 'application/json',
        content: JSON.stringify(bundle, null, 2),
        count: bundle.actors.length + bundle.sources.length + bundle.incidents.length + bundle.claims.length,
      };
    },

    importBundle: thenNotify(written, async ({ content }: Request<'importBundle'>): Promise<Responses['importBundle']> => {
      const db = await connect();
      // importBundle validates the whole file first and writes in one transaction: a bad file changes nothing.
      return importBundle(db, parseJsonFile(content));
    }),

    importIncidents: thenNotify(written, async (req: Request<'importIncidents'>): Promise<Responses['importIncidents']> => {
      const db = await connect();
      return commitIncidentImport(db, previewFromRequest(req), { skipBadRows: req.skipBadRows, now: now() });
    }),
  };
}

/** The fact-base service's handlers. */
export type FactbaseService = ReturnType<typeof createFactbaseService>;
