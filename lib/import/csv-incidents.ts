/**
 * Importing incident data from CSV (Global Terrorism Database, ACLED, or any file whose columns
 * are mapped by hand), in two phases so nothing is written before the user has seen the result:
 *
 * 1. `readCsvHeader` + `detectLayout` → the proposed column mapping, shown and overridable;
 * 2. `previewIncidentCsv` parses the whole file with papaparse in chunks (yielding between them,
 *    reporting progress 0..1, abortable), validating every row → good rows and per-row errors;
 * 3. `commitIncidentImport` writes the good rows, once confirmed, in ONE transaction: one source
 *    per file, one incident per row, "killed"/"wounded" claims (so they meet news pages' figures
 *    under the same claim key), and place / perpetrator actors found by alias or created.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import { sourceIdFor } from '../engine/record-page';
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB, StoredActor } from '../factbase/db';
import { toStoredActor, toStoredClaim, toStoredIncident } from '../factbase/records';
import { ActorSchema, ClaimSchema, IncidentSchema, SourceSchema, type Actor, type ActorType, type Claim, type Incident, type Source } from '../factbase/schema';
import { DATASET_NAMES, detectLayout, missingFields, type ColumnMapping, type CsvLayout, type LayoutDetection } from './csv-layouts';
import { toIncidentRow, type IncidentRow, type RowError } from './incident-rows';

export { detectLayout, type ColumnMapping, type CsvLayout, type LayoutDetection } from './csv-layouts';
export type { IncidentRow, RowError } from './incident-rows';

/** A file that cannot be imported at all (no header, unmapped required fields, nothing to write), with a message for the user. */
export class CsvImportError extends Error {
  override name = 'CsvImportError';
}

/** A CSV file's text, or the file itself (read in chunks where the platform has a FileReader). */
export type CsvInput = string | Blob;

/** What the user saw and confirmed before import: the layout, the mapping, good rows and per-row errors. */
export interface IncidentCsvPreview {
  layout: CsvLayout;
  dataset: string;
  fileName: string | null;
  header: string[];
  mapping: ColumnMapping;
  /** Rows that passed validation, in file order. */
  rows: IncidentRow[];
  /** Rows refused, with row number and reason (at most `maxErrors` of them are kept). */
  errors: RowError[];
  /** How many rows were refused in all. */
  errorCount: number;
  /** Data rows read (good + refused; blank lines are not counted). */
  rowCount: number;
}

/** Options of `previewIncidentCsv`. */
export interface PreviewOptions {
  /** The mapping to use (the detected one when omitted); the user's overrides go here. */
  mapping?: ColumnMapping;
  /** Forces a layout (detected from the header when omitted). */
  layout?: CsvLayout;
  /** The file's name, shown in the source record's title. */
  fileName?: string;
  /** Called with the fraction done, 0..1, after every chunk; the last call is 1. */
  onProgress?: (fraction: number) => void;
  /** Aborts the parse: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Characters (or bytes, for a Blob) per chunk; 256 KiB by default. */
  chunkSize?: number;
  /** Errors kept in the preview (all are counted); 1000 by default. */
  maxErrors?: number;
}

const DEFAULT_CHUNK = 256 * 1024;
const HEADER_PROBE = 64 * 1024;

// A parsed record: header → cell, plus the cells beyond the header's columns.
type CsvRecord = Record<string, string | undefined> & { __parsed_extra?: string[] };

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const trimHeader = (h: string): string => h.trim();

/** Reads only the header row (the first 64 KiB of a Blob) and returns the column names as papaparse will key them. */
export async function readCsvHeader(input: CsvInput): Promise<string[]> {
  const head = typeof input === 'string' ? input.slice(0, HEADER_PROBE) : await input.slice(0, HEADER_PROBE).text();
  const result = Papa.parse<Record<string, string>>(head, { header: true, preview: 1, transformHeader: trimHeader, download: false });
  const fields = (result.meta.fields ?? []).filter((f) => f !== '');
  if (fields.length === 0) throw new CsvImportError('The file has no header row: the first line should name the columns.');
  return fields;
}

/** Reads the header and detects the layout: the mapping to show the user before import. */
export async function detectCsvLayout(input: CsvInput): Promise<LayoutDetection> {
  return detectLayout(await readCsvHeader(input));
}

/** A blank line at the end of a file, or between records: not a row. */
function isBlank(record: Readonly<Record<string, unknown>>): boolean {
  for (const [k, val] of Object.entries(record)) {
    if (k === '__parsed_extra') return false;
    if (typeof val === 'string' && val.trim() !== '') return false;
  }
  return true;
}

/**
 * Parses and validates the whole file in chunks, yielding to the event loop between chunks so a
 * page stays responsive with large files. Nothing is written: the result is shown to the user and
 * passed to `commitIncidentImport` once confirmed. Throws `CsvImportError` when the mapping lacks
 * a required field.
 */
export async function previewIncidentCsv(input: CsvInput, opts: PreviewOptions = {}): Promise<IncidentCsvPreview> {
  opts.signal?.throwIfAborted();
  const header = await readCsvHeader(input);
  const detected = detectLayout(header);
  const layout = opts.layout ?? detected.layout;
  const mapping = opts.mapping ?? detected.mapping;
  const unknownCols = Object.entries(mapping).filter(([, col]) => !header.includes(col));
  if (unknownCols.length > 0) {
    throw new CsvImportError(`The mapping names columns the file does not have: ${unknownCols.map(([f, c]) => `${f} → "${c}"`).join(', ')}.`);
  }
  const missing = missingFields(mapping, header);
  if (missing.length > 0) throw new CsvImportError(`No column is mapped to ${missing.join(' and ')}: map one before importing.`);

  const preview: IncidentCsvPreview = {
    layout,
    dataset: DATASET_NAMES[layout],
    fileName: opts.fileName ?? (typeof input !== 'string' && 'name' in input && typeof input.name === 'string' ? input.name : null),
    header,
    mapping,
    rows: [],
    errors: [],
    errorCount: 0,
    rowCount: 0,
  };
  const maxErrors = opts.maxErrors ?? 1000;
  const addError = (e: RowError): void => {
    preview.errorCount++;
    if (preview.errors.length < maxErrors) preview.errors.push(e);
  };

  // Papa reads a Blob with FileReader (the extension's pages and workers have one); elsewhere
  // (Node, the CLI) the text is read first and parsed in chunks all the same.
  const source: string | Blob = typeof input === 'string' || typeof FileReader !== 'undefined' ? input : await input.text();
  const total = typeof source === 'string' ? source.length : source.size;
  let seen = 0;
  let firstChunk = true;

  const handleChunk = (results: Papa.ParseResult<CsvRecord>): void => {
    // A quote error marks the record being built when it was found (indexes count the header row
    // in the first chunk); an unterminated quote swallows the rest, so it is the last record.
    const quoteErrors = new Map<number, string>();
    for (const err of results.errors) {
      if (err.type !== 'Quotes') continue;
      const raw = (err.row ?? results.data.length - 1) - (firstChunk ? 1 : 0);
      const at = Math.min(Math.max(raw, 0), results.data.length - 1);
      quoteErrors.set(at, err.code === 'MissingQuotes' ? 'a quoted field is never closed (unbalanced quotes)' : 'malformed quotes');
    }
    firstChunk = false;
    results.data.forEach((record, i) => {
      if (isBlank(record) && !quoteErrors.has(i)) return;
      seen++;
      const rowNumber = seen + 1;
      const quoteError = quoteErrors.get(i);
      if (quoteError) {
        const idCol = mapping.id;
        const id = idCol ? (record[idCol] ?? '').trim() : '';
        addError({ row: rowNumber, id: id || null, reason: quoteError });
        return;
      }
      const { __parsed_extra: extra, ...cells } = record;
      const out = toIncidentRow(cells, mapping, rowNumber, extra ?? []);
      if ('reason' in out) addError(out);
      else preview.rows.push(out);
    });
    preview.rowCount = seen;
  };

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      if (err === undefined) resolve();
      else reject(err);
    };
    let parserRef: Papa.Parser | null = null;
    const onAbort = (): void => {
      // Settle first: aborting the parser calls `complete`, which must not resolve the promise.
      finish(opts.signal?.reason ?? new Error('aborted'));
      parserRef?.abort();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const config: Papa.ParseLocalConfig<CsvRecord, File> = {
      header: true,
      transformHeader: trimHeader,
      chunkSize: opts.chunkSize ?? DEFAULT_CHUNK,
      chunk(results, parser) {
        parserRef = parser;
        if (settled) {
          parser.abort();
          return;
        }
        parser.pause();
        try {
          handleChunk(results);
        } catch (err) {
          parser.abort();
          finish(err);
          return;
        }
        opts.onProgress?.(Math.min(0.99, total > 0 ? results.meta.cursor / total : 0.99));
        void yieldToEventLoop().then(() => {
          if (settled) return;
          if (opts.signal?.aborted) onAbort();
          else parser.resume();
        });
      },
      complete() {
        finish();
      },
      error(err: Error) {
        finish(new CsvImportError(`The file could not be read: ${err.message}`));
      },
    };
    // Papa streams strings in chunks too, though its types only describe chunked parsing of files.
    Papa.parse(source as File, config);
  });
  opts.onProgress?.(1);
  return preview;
}

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

const ACTORS_REVISION_KEY = 'actorsRevision';

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

  const tx = db.transaction(['actors', 'sources', 'incidents', 'claims', 'meta'], 'readwrite');
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
      const meta = tx.objectStore('meta');
      const rev = (await meta.get(ACTORS_REVISION_KEY))?.value;
      writes.push(meta.put({ key: ACTORS_REVISION_KEY, value: (typeof rev === 'number' ? rev : 0) + 1 }));
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
