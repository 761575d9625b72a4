import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { IncidentImportReport } from '../../lib/factbase/incident-import';
import { detectCsvLayout, previewIncidentCsv, type IncidentCsvPreview } from '../../lib/import/csv-incidents';
import { DATASET_NAMES, INCIDENT_FIELDS, missingFields, type ColumnMapping, type IncidentField, type LayoutDetection } from '../../lib/import/csv-layouts';
import { MAX_IMPORT_ROWS } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ProgressBar } from './ProgressBar';

/** Props of `CsvImport`. */
export interface CsvImportProps {
  /** Sends a protocol message to the background (the commit is written there). */
  send: typeof sendMessage;
  /** Called after rows were imported, so lists and counts reload. */
  onImported: () => void;
}

type Step =
  | { step: 'idle' }
  | { step: 'detected'; file: File; detection: LayoutDetection }
  | { step: 'previewing'; file: File; detection: LayoutDetection; progress: number }
  | { step: 'previewed'; file: File; detection: LayoutDetection; preview: IncidentCsvPreview }
  | { step: 'committing'; file: File; detection: LayoutDetection; preview: IncidentCsvPreview; progress: number }
  | { step: 'done'; report: IncidentImportReport; preview: IncidentCsvPreview };

const FIELD_LABEL: Record<IncidentField, string> = {
  id: 'Event id (required)',
  date: 'Date (or year/month/day)',
  year: 'Year',
  month: 'Month',
  day: 'Day',
  country: 'Country',
  region: 'Region / province',
  city: 'City / location',
  perpetrator: 'Perpetrator group',
  otherActor: 'Other actor',
  type: 'Event type',
  killed: 'Killed',
  wounded: 'Wounded',
  summary: 'Summary',
  citation: 'Citation / source',
};

const ERRORS_SHOWN = 200;
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Imports incidents from a CSV file (GTD, ACLED or mapped by hand): detect, map, preview with per-row errors, confirm, commit. */
export function CsvImport({ send, onImported }: CsvImportProps): JSX.Element {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    setError(null);
    if (!file) return;
    try {
      const detection = await detectCsvLayout(file);
      setMapping(detection.mapping);
      setState({ step: 'detected', file, detection });
    } catch (e) {
      setState({ step: 'idle' });
      setError(`The file cannot be imported: ${message(e)}`);
    }
  };

  const preview = async (file: File, detection: LayoutDetection): Promise<void> => {
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'previewing', file, detection, progress: 0 });
    try {
      const result = await previewIncidentCsv(file, {
        mapping,
        layout: detection.layout,
        fileName: file.name,
        signal: controller.signal,
        onProgress: (progress) => setState((s) => (s.step === 'previewing' ? { ...s, progress } : s)),
      });
      setState({ step: 'previewed', file, detection, preview: result });
    } catch (e) {
      setState({ step: 'detected', file, detection });
      setError(controller.signal.aborted ? 'Reading the file was cancelled; nothing was imported.' : `The file cannot be imported: ${message(e)}`);
    } finally {
      abort.current = null;
    }
  };

  const commit = async (file: File, detection: LayoutDetection, p: IncidentCsvPreview): Promise<void> => {
    setError(null);
    setState({ step: 'committing', file, detection, preview: p, progress: 0 });
    const total: IncidentImportReport = {
      sourceId: '',
      incidents: { added: 0, updated: 0, kept: 0 },
      claims: { added: 0, updated: 0, kept: 0 },
      actors: { matched: 0, created: 0 },
      createdActorIds: [],
    };
    let written = 0;
    try {
      // A message carries a bounded batch; each batch is written in one transaction.
      for (let start = 0; start < p.rows.length; start += MAX_IMPORT_ROWS) {
        const rows = p.rows.slice(start, start + MAX_IMPORT_ROWS);
        const r = await send('importIncidents', {
          layout: p.layout,
          fileName: p.fileName,
          header: p.header,
          mapping: p.mapping as Record<IncidentField, string>,
          rows,
          errorCount: p.errorCount,
          rowCount: p.rowCount,
          skipBadRows: p.errorCount > 0,
        });
        total.sourceId = r.sourceId;
        for (const k of ['added', 'updated', 'kept'] as const) {
          total.incidents[k] += r.incidents[k];
          total.claims[k] += r.claims[k];
        }
        total.actors.matched += r.actors.matched;
        total.actors.created += r.actors.created;
        total.createdActorIds.push(...r.createdActorIds);
        written += rows.length;
        setState({ step: 'committing', file, detection, preview: p, progress: written / p.rows.length });
      }
      setState({ step: 'done', report: total, preview: p });
      onImported();
    } catch (e) {
      setState({ step: 'previewed', file, detection, preview: p });
      setError(`${written > 0 ? `Stopped after ${written} rows were written: ` : 'Nothing was imported: '}${message(e)}`);
    }
  };

  const reset = (): void => {
    setState({ step: 'idle' });
    setError(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const detection = state.step === 'detected' || state.step === 'previewing' || state.step === 'previewed' ? state.detection : null;
  const missing = detection ? missingFields(mapping, detection.header) : [];

  return (
    <section aria-labelledby="csv-h" id="csv-import" class="panel">
      <h2 id="csv-h">Import incidents from CSV</h2>
      <p class="small muted">
        Global Terrorism Database and ACLED exports are recognised by their columns; for other files, map the columns by hand. Nothing is written before you confirm.
      </p>
      <div class="file-row">
        <label for="import-incidents">CSV file of incidents</label>
        <input
          ref={fileInput}
          id="import-incidents"
          type="file"
          accept=".csv,text/csv"
          data-testid="import-incidents"
          disabled={state.step === 'previewing' || state.step === 'committing'}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </div>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}

      {detection ? (
        <div data-testid="csv-layout" data-layout={detection.layout}>
          <p>
            Detected layout: <strong>{detection.layout === 'unknown' ? 'unknown (columns guessed from their names)' : DATASET_NAMES[detection.layout]}</strong>
            {' · '}
            {detection.header.length} columns
          </p>
          <table class="mapping">
            <caption>Column for each field</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Column in the file</th>
              </tr>
            </thead>
            <tbody>
              {INCIDENT_FIELDS.map((f) => (
                <tr key={f}>
                  <th scope="row">
                    <label for={`map-${f}`}>{FIELD_LABEL[f]}</label>
                  </th>
                  <td>
                    <select
                      id={`map-${f}`}
                      value={mapping[f] ?? ''}
                      disabled={state.step !== 'detected'}
                      onChange={(e) => {
                        const col = e.currentTarget.value;
                        setMapping((m) => {
                          const next = { ...m };
                          if (col) next[f] = col;
                          else delete next[f];
                          return next;
                        });
                      }}
                    >
                      <option value="">(none)</option>
                      {detection.header.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {missing.length > 0 ? <p role="alert">Map a column to {missing.join(' and ')} before previewing.</p> : null}
          {state.step === 'detected' ? (
            <div class="row">
              <button type="button" disabled={missing.length > 0} onClick={() => void preview(state.file, state.detection)} data-testid="csv-preview">
                Preview the import
              </button>
              <button type="button" onClick={reset}>
                Start over
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      {state.step === 'previewing' ? (
        <div class="row">
          <ProgressBar value={state.progress} label="Reading the file" />
          <button type="button" onClick={() => abort.current?.abort(new Error('cancelled'))} data-testid="csv-cancel">
            Cancel
          </button>
        </div>
      ) : null}

      {state.step === 'previewed' ? (
        <div data-testid="csv-preview-result">
          <p>
            {state.preview.rowCount} rows read: <strong>{state.preview.rows.length} good</strong>, {state.preview.errorCount} refused.
          </p>
          {state.preview.errorCount > 0 ? (
            <table class="row-errors" data-testid="csv-row-errors">
              <caption>
                Refused rows{state.preview.errorCount > ERRORS_SHOWN ? ` (first ${ERRORS_SHOWN} of ${state.preview.errorCount})` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Event id</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.errors.slice(0, ERRORS_SHOWN).map((e) => (
                  <tr key={e.row}>
                    <td>{e.row}</td>
                    <td>{e.id ?? '—'}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div class="row">
            {state.preview.rows.length > 0 ? (
              <button type="button" data-testid="csv-commit" onClick={() => void commit(state.file, state.detection, state.preview)}>
                Import {state.preview.rows.length} good row{state.preview.rows.length === 1 ? '' : 's'}
                {state.preview.errorCount > 0 ? ` (skip ${state.preview.errorCount} refused)` : ''}
              </button>
            ) : (
              <p>No good row to import.</p>
            )}
            <button type="button" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {state.step === 'committing' ? <ProgressBar value={state.progress} label="Writing incidents" /> : null}

      {state.step === 'done' ? (
        <div role="status" data-testid="csv-report">
          <p>
            Imported from {state.preview.fileName ?? 'the file'} ({state.preview.dataset}): incidents {state.report.incidents.added} added, {state.report.incidents.updated} updated,{' '}
            {state.report.incidents.kept} kept (edited by you); claims {state.report.claims.added} added, {state.report.claims.updated} updated; actors {state.report.actors.matched}{' '}
            matched, {state.report.actors.created} created.
          </p>
          <button type="button" onClick={reset}>
            Import another file
          </button>
        </div>
      ) : null}
    </section>
  );
}
