/**
 * The full backup: saved notes plus the fact-base records the user made (everything whose origin
 * is not "bundled"), in a versioned JSON format, and its validation on the way back in.
 */
import * as v from 'valibot';
import { stripStored } from '../factbase/stored';
import {
  ActorSchema,
  ClaimSchema,
  IncidentSchema,
  NoteSchema,
  SourceSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  type Actor,
  type Claim,
  type Incident,
  type Note,
  type Source,
} from '../factbase/schema';

/** The backup format's name, written in every file. */
export const BACKUP_FORMAT = 'dossier-backup';
/** The backup format version this code writes and reads. */
export const BACKUP_VERSION = 1;
/** Most records (of all kinds together) a backup may hold. */
export const MAX_BACKUP_RECORDS = 200_000;
/** Largest backup file accepted, in characters of JSON. */
export const MAX_BACKUP_CHARS = 200_000_000;

/** What a backup holds. */
export interface BackupData {
  notes: Note[];
  actors: Actor[];
  sources: Source[];
  incidents: Incident[];
  claims: Claim[];
}

const Timestamp = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('an ISO 8601 timestamp'));
const Stamp = v.pipe(v.string(), v.maxLength(100));
const Records = <T extends v.GenericSchema>(schema: T) => v.pipe(v.array(schema), v.maxLength(MAX_BACKUP_RECORDS));

/**
 * A note as imported or saved: `NoteSchema` with bounded lists, ISO timestamps, and selectors told
 * apart by their `type` (so an error names the selector's field, not just "the union").
 */
export const StrictNoteSchema = v.object({
  ...NoteSchema.entries,
  selectors: v.pipe(v.array(v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema])), v.maxLength(20)),
  tags: v.pipe(NoteSchema.entries.tags, v.maxLength(200)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

/** A backup file, validated as a whole (the strings the base schemas leave unbounded are bounded here). */
export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  notes: Records(StrictNoteSchema),
  actors: Records(v.object({ ...ActorSchema.entries, updatedAt: v.optional(Stamp) })),
  sources: Records(v.object({ ...SourceSchema.entries, textHash: v.optional(Stamp), readAt: v.optional(Stamp) })),
  incidents: Records(IncidentSchema),
  claims: Records(ClaimSchema),
});

/** A validated backup. */
export type Backup = v.InferOutput<typeof BackupSchema>;

/** A backup file that was refused, with what is wrong (`problems`: "path: problem" each). */
export class BackupError extends Error {
  override name = 'BackupError';
  /** Each problem found, as "path: what is wrong". */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`This file cannot be imported: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

const KINDS = ['notes', 'actors', 'sources', 'incidents', 'claims'] as const;

/**
 * Validates a backup (the file's text, or already-parsed JSON). Refuses, with a `BackupError`
 * naming the path and the problem, a file that is not JSON, not a Dossier backup, of another
 * version, too large, or with any record of the wrong shape.
 */
export function parseBackup(json: unknown): Backup {
  let data = json;
  if (typeof json === 'string') {
    if (json.length > MAX_BACKUP_CHARS) throw new BackupError([`the file is larger than ${MAX_BACKUP_CHARS / 1_000_000} MB`]);
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new BackupError([`the file is not valid JSON (${e instanceof Error ? e.message : String(e)}); it may be truncated`]);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new BackupError(['the file is not a Dossier backup (expected a JSON object)']);
  const rec = data as Record<string, unknown>;
  if (rec.format !== BACKUP_FORMAT) {
    const hint = rec.format === 'dossier-factbase' ? ' (this is a fact-base bundle, not a backup)' : '';
    throw new BackupError([`format: expected "${BACKUP_FORMAT}" but found ${JSON.stringify(rec.format) ?? 'nothing'}${hint}`]);
  }
  if (rec.version !== BACKUP_VERSION) {
    const newer = typeof rec.version === 'number' && rec.version > BACKUP_VERSION;
    throw new BackupError([
      `version: this Dossier reads backup version ${BACKUP_VERSION}, the file is version ${JSON.stringify(rec.version) ?? 'missing'}${newer ? ' (made by a newer Dossier: update the extension)' : ''}`,
    ]);
  }
  // Count before validating, so an oversize file is refused without walking it all.
  let total = 0;
  for (const k of KINDS) if (Array.isArray(rec[k])) total += (rec[k] as unknown[]).length;
  if (total > MAX_BACKUP_RECORDS) throw new BackupError([`the file holds ${total} records, more than the ${MAX_BACKUP_RECORDS} a backup may hold`]);
  const result = v.safeParse(BackupSchema, data);
  if (result.success) return result.output;
  const problems = result.issues.slice(0, 5).map((issue) => {
    const path = v.getDotPath(issue);
    return `${path ?? '(top level)'}: ${issue.message}`;
  });
  if (result.issues.length > 5) problems.push(`and ${result.issues.length - 5} more problems`);
  throw new BackupError(problems);
}

// Record keys in schema order (then any others), nested objects' keys sorted: the same data always
// serialises to the same text, however its objects were built.
function canonical<T extends object>(record: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(record);
  for (const k of [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k)).sort()]) {
    out[k] = sortDeep((record as Record<string, unknown>)[k]);
  }
  return out as T;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortDeep((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

const ORDER = {
  notes: Object.keys(NoteSchema.entries),
  actors: Object.keys(ActorSchema.entries),
  sources: Object.keys(SourceSchema.entries),
  incidents: Object.keys(IncidentSchema.entries),
  claims: Object.keys(ClaimSchema.entries),
};

/**
 * The backup document for `data` (serialise with `JSON.stringify`): bundled records and derived
 * index fields left out, records sorted by id, keys in a fixed order.
 */
export function buildBackup(data: BackupData, now: Date) {
  // Notes have a field of their own named `actorIds`: only fact-base records lose index fields.
  const pick = <T extends { id: string; origin?: string }>(list: readonly T[], order: readonly string[], strip = true): T[] =>
    list
      .filter((r) => r.origin !== 'bundled')
      .map((r) => canonical(strip ? stripStored(r) : r, order))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    notes: pick(data.notes, ORDER.notes, false),
    actors: pick(data.actors, ORDER.actors),
    sources: pick(data.sources, ORDER.sources),
    incidents: pick(data.incidents, ORDER.incidents),
    claims: pick(data.claims, ORDER.claims),
  } satisfies Backup;
}
