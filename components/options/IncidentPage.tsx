import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { IncidentSummary } from '../../lib/messaging/views';
import type { DownloadableFile } from '../../lib/platform/download';
import type { sendMessage } from '../../lib/platform/messages';
import { IncidentSummaryView } from '../IncidentSummaryView';

/** Props of `IncidentPage`. */
export interface IncidentPageProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves the incident's CSV export. */
  download: (file: DownloadableFile) => void;
  /** The incident shown. */
  incidentId: string;
  /** Leaves the incident's page. */
  onClose: () => void;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: IncidentSummary | null };

/** An incident's own page: every figure any source gave, per measure, with low / best / high, claimants and timeline. */
export function IncidentPage({ send, download, incidentId, onClose }: IncidentPageProps): JSX.Element {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    setLoad({ state: 'loading' });
    send('incidentSummary', { incidentId }).then(
      (value) => setLoad({ state: 'ready', value }),
      (e: unknown) => setLoad({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [send, incidentId]);
  return (
    <section id="incident" aria-labelledby="incident-h" data-testid="incident-page">
      <h2 id="incident-h">Incident</h2>
      <button type="button" class="link" onClick={onClose}>Back to the fact base</button>
      {load.state === 'loading' ? <p role="status">Loading the incident…</p> : null}
      {load.state === 'error' ? <p role="alert">Could not load the incident: {load.message}</p> : null}
      {load.state === 'ready' && !load.value ? <p role="alert">The fact base has no incident “{incidentId}”.</p> : null}
      {load.state === 'ready' && load.value ? (
        <>
          <IncidentSummaryView summary={load.value} download={download} />
          <h3>Every figure, oldest report first</h3>
          <table class="small" data-testid="incident-figures">
            <thead>
              <tr><th scope="col">Measure</th><th scope="col">Figure</th><th scope="col">Claimant</th><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Quote</th></tr>
            </thead>
            <tbody>
              {load.value.measureList.flatMap((m) => m.figures.map((f) => (
                <tr key={f.claimId} class={f.current ? '' : 'muted'}>
                  <td>{m.measure}</td>
                  <td>{f.figureText}</td>
                  <td>{f.claimant ?? '—'}</td>
                  <td>{f.url ? <a href={f.url} target="_blank" rel="noopener noreferrer">{f.outlet ?? f.url}</a> : (f.outlet ?? '—')}</td>
                  <td>{f.date ?? '—'}</td>
                  <td><q>{f.quote}</q></td>
                </tr>
              )))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
