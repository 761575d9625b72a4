import type { JSX } from 'preact';
import type { BundleImportReport } from '../../lib/factbase/bundle-io';
import type { ExportFile } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { useFileImport } from './useFileImport';

/** Props of `BundleTransfer`. */
export interface BundleTransferProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file. */
  download: (file: ExportFile) => void;
  /** Called after a bundle was imported, so lists and counts reload. */
  onImported: () => void;
}

/** Exports the whole fact base as a bundle file, and imports one (with a report, or a clear refusal). */
export function BundleTransfer({ send, download, onImported }: BundleTransferProps): JSX.Element {
  const { busy, report, error, setError, importFile } = useFileImport<BundleImportReport>(
    (content) => send('importBundle', { content }),
    onImported,
    'The bundle was not imported (nothing changed)',
  );

  const exportAll = async (): Promise<void> => {
    setError(null);
    try {
      download(await send('exportBundle', {}));
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="transfer">
      <h3>Bundles</h3>
      <div class="row">
        <button type="button" data-testid="export-factbase" onClick={() => void exportAll()}>
          Export the whole fact base
        </button>
      </div>
      <div class="file-row">
        <label for="import-bundle">Import a fact-base bundle</label>
        <input id="import-bundle" type="file" accept=".json,application/json" data-testid="import-bundle" disabled={busy} onChange={(e) => void importFile(e.currentTarget)} />
      </div>
      {busy ? <p role="status">Importing…</p> : null}
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      {report ? (
        <div role="status">
        <table class="counts-table" data-testid="bundle-report">
          <caption>Bundle imported</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col">added</th>
              <th scope="col">updated</th>
              <th scope="col">unchanged</th>
              <th scope="col">kept (yours)</th>
              <th scope="col">merged</th>
            </tr>
          </thead>
          <tbody>
            {(['actors', 'sources', 'incidents', 'claims'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{report[k].added}</td>
                <td>{report[k].updated}</td>
                <td>{report[k].unchanged}</td>
                <td>{report[k].kept}</td>
                <td>{report[k].merged}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : null}
    </div>
  );
}
