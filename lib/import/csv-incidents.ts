/**
 * Importing incident data from CSV (Global Terrorism Database, ACLED, or any file whose columns
 * are mapped by hand), in two phases so nothing is written before the user has seen the result:
 *
 * 1. `readCsvHeader` + `detectLayout` → the proposed column mapping, shown and overridable;
 * 2. `previewIncidentCsv` parses the whole file with papaparse in chunks (yielding between them,
 *    reporting progress 0..1, abortable), validating every row → good rows and per-row errors;
 * 3. `commitIncidentImport` (lib/factbase/incident-import.ts, the fact base's own writer) writes
 *    the good rows, once confirmed, in ONE transaction.
 */
import Papa from 'papaparse';
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
