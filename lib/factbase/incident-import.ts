/**
 * Writing a previewed incident CSV (lib/import/csv-incidents.ts) into the fact base, once the user
 * confirmed it, in ONE transaction: one source per file, one incident per row, "killed"/"wounded"
 * claims (so they meet news pages' figures under the same claim key), and place / perpetrator
 * actors found by alias or created.
 */
import * as v from 'valibot';
import { sourceIdFor } from '../engine/record-page';
import { aliasKey } from '../extract/normalize';
import { CsvImportError, type IncidentCsvPreview } from '../import/csv-incidents';
import type { FactbaseDB, StoredActor } from './db';
import { toStoredActor, toStoredClaim, toStoredIncident } from './records';
import { bumpActorsRevision } from './revision';
import { ActorSchema, ClaimSchema, IncidentSchema, SourceSchema, type Actor, type ActorType, type Claim, type Incident, type Source } from './schema';
import { writeTransaction } from './counts';

/** Options of `commitIncidentImport`. */
export interface CommitOptions {
  /** Must be true to import when the preview has refused rows: the user confirmed keeping only the good ones. */
  skipBadRows?: boolean;
  /** The outlet of the dataset's claims (the layout's dataset name by default). */
  outlet?: string;
  /** Called with the fraction of rows written, 0..1. */
  onProgress?: (fraction: number) => void;
  /** Aborts the transaction: nothing is written. */
  signal?: AbortSignal;
  /** The import time (for the source's `readAt`); now by default. */
  now?: Date;
}

/** Counts of what a commit wrote. */
export interface IncidentImportReport {
  sourceId: string;
  incidents: { added: number; updated: number; kept: number };
  claims: { added: number; updated: number; kept: number };
  actors: { matched: number; created: number };
  /** Ids of the actors created (places and groups the fact base did not know). */
  createdActorIds: string[];
}

const slug = (name: string): string => aliasKey(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'actor';

// Ways a dataset writes a group that the fact base may know under a shorter name:
// "Islamic State of Iraq and the Levant (ISIL)" → itself, "Islamic State of Iraq and the Levant", "ISIL".
function nameVariants(name: string): string[] {
  const out = [name];
  const paren = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
  if (paren) {
    if (paren[1]) out.push(paren[1]);
    if (paren[2] && !/^\d{4}/.test(paren[2])) out.push(paren[2]);
  }
  return out;
}

/** The date as a sentence-friendly phrase. */
const onDate = (date: string): string => (date.length === 4 ? `in ${date}` : `on ${date}`);

/**
 * Writes the previewed good rows in ONE transaction (all or nothing): the dataset's source, an
 * incident per row, "killed" and "wounded" claims (unit count, as-of the event date, place = the
 * place actor), and the actors for places and perpetrator groups, found through the alias index
 * or created with origin "import". Records the user edited (origin "user") are kept as they are.
 * Re-importing the same file updates its records instead of duplicating them.
 */
export async function commitIncidentImport(db: FactbaseDB, preview: IncidentCsvPreview, opts: CommitOptions = {}): Promise<IncidentImportReport> {
  if (preview.errorCount > 0 && !opts.skipBadRows) {
    throw new CsvImportError(`${preview.errorCount} row(s) were refused; confirm importing only the ${preview.rows.length} good row(s).`);
  }
  if (preview.rows.length === 0) throw new CsvImportError('No row to import.');
  opts.signal?.throwIfAborted();
  const outlet = opts.outlet ?? preview.dataset;
  const fileTag = sourceIdFor(`${preview.layout}|${preview.fileName ?? outlet}`).slice(4);
  const sourceId = `dataset-${preview.layout}-${fileTag}`;
  const idPrefix = preview.layout === 'unknown' ? `import-${fileTag}` : preview.layout;
  const report: IncidentImportReport = {
    sourceId,
    incidents: { added: 0, updated: 0, kept: 0 },
    claims: { added: 0, updated: 0, kept: 0 },
    actors: { matched: 0, created: 0 },
    createdActorIds: [],
  };

  const tx = writeTransaction(db, ['actors', 'sources', 'incidents', 'claims', 'meta']);
  const abort = (): void => {
    try {
      tx.abort();
    } catch {
      // Already finished.
    }
  };
  opts.signal?.addEventListener('abort', abort, { once: true });
  const actors = tx.objectStore('actors');
  const incidents = tx.objectStore('incidents');
  const claims = tx.objectStore('claims');
  const writes: Array<Promise<unknown>> = [];
  const resolved = new Map<string, string>();

  const findActor = async (names: readonly string[], prefer: readonly ActorType[]): Promise<string | null> => {
    for (const name of names) {
      const key = aliasKey(name);
      if (!key) continue;
      const found: StoredActor[] = await actors.index('by-alias').getAll(key);
      for (const type of prefer) {
        const hit = found.find((a) => a.type === type);
        if (hit) return hit.id;
      }
    }
    return null;
  };

  const actorFor = async (name: string, type: ActorType, description: string): Promise<string> => {
    const cacheKey = `${type}|${aliasKey(name)}`;
    const cached = resolved.get(cacheKey);
    if (cached) return cached;
    const prefer: ActorType[] = type === 'place' ? ['place'] : ['organization', 'person'];
    let id = await findActor(type === 'place' ? [name] : nameVariants(name), prefer);
    if (id) report.actors.matched++;
    else {
      const base = `import-${type === 'place' ? 'place' : 'org'}-${slug(name)}`.slice(0, 180);
      id = base;
      for (let n = 2; await actors.get(id); n++) id = `${base}-${n}`;
      const actor: Actor = v.parse(ActorSchema, {
        id,
        type,
        name,
        aliases: [],
        description: description.slice(0, 2000),
        origin: 'import',
        updatedAt: (opts.now ?? new Date()).toISOString(),
      });
      await actors.put(toStoredActor(actor));
      report.actors.created++;
      report.createdActorIds.push(id);
    }
    resolved.set(cacheKey, id);
    return id;
  };

  try {
    const existingSource = await tx.objectStore('sources').get(sourceId);
    if (!existingSource || existingSource.origin !== 'user') {
      const source: Source = v.parse(SourceSchema, {
        id: sourceId,
        url: null,
        title: preview.fileName ? `${outlet}: ${preview.fileName}` : outlet,
        outlet,
        publishedAt: null,
        origin: 'import',
        readAt: (opts.now ?? new Date()).toISOString(),
      });
      writes.push(tx.objectStore('sources').put(source));
    }

    const BATCH = 500;
    for (let start = 0; start < preview.rows.length; start += BATCH) {
      const batch = preview.rows.slice(start, start + BATCH);
      const ids = batch.map((r) => `${idPrefix}-${r.id}`);
      // Existence checks for a whole batch at once: IndexedDB pipelines them.
      const [oldIncidents, oldKilled, oldWounded] = await Promise.all([
        Promise.all(ids.map((id) => incidents.get(id))),
        Promise.all(ids.map((id) => claims.get(`${id}#killed`))),
        Promise.all(ids.map((id) => claims.get(`${id}#wounded`))),
      ]);
      for (let i = 0; i < batch.length; i++) {
        const row = batch[i]!;
        const incidentId = ids[i]!;
        const placeName = row.city ?? row.region ?? row.country;
        const within = [...new Set([row.region, row.country])].filter((p) => p && p !== placeName).join(', ');
        const place = placeName ? await actorFor(placeName, 'place', `Place${within ? ` in ${within}` : ''}; added from ${outlet}.`) : null;
        const roles: Incident['actors'] = [];
        if (row.perpetrator) roles.push({ actorId: await actorFor(row.perpetrator, 'organization', `Group named in ${outlet}.`), role: 'perpetrator' });
        if (row.otherActor) {
          const other = await actorFor(row.otherActor, 'organization', `Group named in ${outlet}.`);
          if (!roles.some((r) => r.actorId === other)) roles.push({ actorId: other, role: 'other' });
        }
        const title = `${row.type}${placeName ? ` in ${placeName}` : ''}`;
        const incident: Incident = {
          id: incidentId,
          title,
          date: row.date,
          place,
          actors: roles,
          type: row.type,
          summary: row.summary.slice(0, 2000),
          sourceIds: [sourceId],
          origin: 'import',
        };
        const oldIncident = oldIncidents[i];
        if (oldIncident?.origin === 'user') report.incidents.kept++;
        else {
          v.parse(IncidentSchema, incident);
          writes.push(incidents.put(toStoredIncident(incident)));
          if (oldIncident) report.incidents.updated++;
          else report.incidents.added++;
        }
        const figures: Array<['killed' | 'wounded', number | null, Claim | undefined]> = [
          ['killed', row.killed, oldKilled[i]],
          ['wounded', row.wounded, oldWounded[i]],
        ];
        for (const [predicate, value, old] of figures) {
          if (value === null) continue;
          if (old?.origin === 'user') {
            report.claims.kept++;
            continue;
          }
          const figureText = `${value} ${predicate}`;
          const claim: Claim = {
            id: `${incidentId}#${predicate}`,
            predicate,
            counted: null,
            subject: null,
            incidentId,
            place,
            value,
            low: value,
            high: value,
            qualifier: 'exact',
            unit: 'count',
            asOf: row.date,
            claimant: (row.citation ?? outlet).slice(0, 2000),
            outlet,
            sourceId,
            figureText,
            quote: row.summary
              ? row.summary.slice(0, 20_000)
              : `${outlet} records ${figureText}${placeName ? ` in ${placeName}` : ''} ${onDate(row.date)}${row.type === 'incident' ? '' : ` (${row.type})`}.`,
            status: 'active',
            origin: 'import',
          };
          v.parse(ClaimSchema, claim);
          writes.push(claims.put(toStoredClaim(claim, incident)));
          if (old) report.claims.updated++;
          else report.claims.added++;
        }
      }
      opts.onProgress?.(Math.min(1, (start + batch.length) / preview.rows.length));
    }
    if (report.actors.created > 0) {
      // New actors: bump the revision in this transaction so matchers rebuild.
      writes.push(bumpActorsRevision(tx.objectStore('meta')));
    }
    await Promise.all(writes);
    await tx.done;
  } catch (err) {
    abort();
    await tx.done.catch(() => undefined);
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (err instanceof v.ValiError) throw new CsvImportError(`A record could not be built: ${err.message}`);
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', abort);
  }
  return report;
}
