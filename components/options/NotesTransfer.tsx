import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { ExportFile } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import type { ImportReport } from '../../lib/factbase/backup-data';
import { useFileImport } from './useFileImport';

/** Props of `NotesTransfer`. */
export interface NotesTransferProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file (an `<a download>` on a Blob URL). */
  download: (file: ExportFile) => void;
  /** Ids of the notes listed now (the export's filter); null while they load. */
  ids: string[] | null;
  /** Called after a backup was imported, so lists reload. */
  onImported: () => void;
}

type Kind = 'markdown' | 'csv' | 'jsonld' | 'backup';

const LABEL: Record<Kind, string> = { markdown: 'Markdown', csv: 'CSV', jsonld: 'Web Annotation (JSON-LD)', backup: 'Full backup' };

/** Export buttons for the listed notes (the backup is everything) and the backup import. */
export function NotesTransfer({ send, download, ids, onImported }: NotesTransferProps): JSX.Element {
  const [status, setStatus] = useState<string | null>(null);
  const { busy, report, error, setError, importFile } = useFileImport<ImportReport>(
    (content) => send('importBackup', { content }),
    onImported,
    'The backup was not imported (nothing changed)',
    () => setStatus(null),
  );

  const exportAs = async (kind: Kind): Promise<void> => {
    setError(null);
    setStatus(null);
    try {
      const file = await send('exportNotes', kind === 'backup' || !ids ? { kind } : { kind, ids });
      download(file);
      setStatus(`Exported ${file.count} note${file.count === 1 ? '' : 's'} as ${file.fileName}.`);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="transfer">
      <div class="row" role="group" aria-label="Export notes">
        {(['markdown', 'csv', 'jsonld'] as const).map((k) => (
          <button key={k} type="button" data-testid={`export-${k}`} onClick={() => void exportAs(k)} disabled={ids !== null && ids.length === 0}>
            Export {LABEL[k]}
          </button>
        ))}
        <button type="button" data-testid="export-backup" onClick={() => void exportAs('backup')}>
          Export full backup
        </button>
      </div>
      <p class="small muted">Markdown, CSV and JSON-LD export the notes listed below; the backup holds every note and your own fact-base records.</p>
      <div class="file-row">
        <label for="import-backup">Import a backup file</label>
        <input id="import-backup" type="file" accept=".json,application/json" data-testid="import-backup" disabled={busy} onChange={(e) => void importFile(e.currentTarget)} />
      </div>
      {busy ? <p role="status">Importing…</p> : null}
      {status ? <p role="status">{status}</p> : null}
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      {report ? (
        <div role="status" data-testid="import-report">
          <p>
            Backup imported: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, {report.skipped} skipped.
          </p>
          <table class="counts-table">
            <caption class="visually-hidden">Import by kind of record</caption>
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">added</th>
                <th scope="col">updated</th>
                <th scope="col">unchanged</th>
                <th scope="col">skipped</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.byKind).map(([kind, c]) => (
                <tr key={kind} data-kind={kind}>
                  <th scope="row">{kind}</th>
                  <td>{c.added}</td>
                  <td>{c.updated}</td>
                  <td>{c.unchanged}</td>
                  <td>{c.skipped}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
