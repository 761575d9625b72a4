import type { JSX } from 'preact';
import { CountsList } from './CountsList';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FactbaseCounts } from '../lib/factbase/queries';
import type { DownloadableFile } from '../lib/platform/download';
import type { sendMessage } from '../lib/platform/messages';
import type { StorageState } from '../lib/platform/persistent-storage';
import type { SiteRow } from '../lib/platform/site-settings';
import { CsvImport } from './options/CsvImport';
import { FactbasePanel } from './options/FactbasePanel';
import { IncidentPage } from './options/IncidentPage';
import { NotesLibrary } from './options/NotesLibrary';
import { SitesSettings } from './options/SitesSettings';
import { StorageLine } from './options/StorageLine';
import { SyncPanel } from './options/SyncPanel';

/** The incident named in the page's address (`#incident=ID`), or null. */
function incidentFromHash(): string | null {
  const m = /^#incident=(.+)$/.exec(typeof location === 'undefined' ? '' : location.hash);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** Props of `Options`. */
export interface OptionsProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file (an `<a download>` on a Blob URL). */
  download: (file: DownloadableFile) => void;
  /** Asks for persistent storage once and reads the usage estimate. */
  loadStorage: () => Promise<StorageState>;
  /** Loads the per-site settings. */
  loadSites: () => Promise<{ rows: SiteRow[]; rememberReading: boolean; showUnknownNames?: boolean }>;
  /** Changes one site's settings. */
  setSite: (host: string, patch: { annotate?: boolean; remember?: boolean }) => Promise<void>;
  /** Switches remembering claims read on or off everywhere. */
  setRemember: (on: boolean) => Promise<void>;
  /** Shows or hides names that are not in the fact base. */
  setShowUnknown?: (on: boolean) => Promise<void>;
  /** Asks for the team server's host permission (from the "Start sync" click). */
  requestSyncHost: (url: string) => Promise<boolean>;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/** The options page: saved notes, the fact base, CSV import, sites, team sync and storage. */
export function Options({ send, download, loadStorage, loadSites, setSite, setRemember, setShowUnknown, requestSyncHost }: OptionsProps): JSX.Element {
  const [counts, setCounts] = useState<Load<FactbaseCounts>>({ state: 'loading' });
  const [revision, setRevision] = useState(0);
  const [countsRevision, setCountsRevision] = useState(0);
  // An incident's own page: options.html#incident=ID (linked from the popup and the side panel).
  const [incidentId, setIncidentId] = useState<string | null>(incidentFromHash());
  useEffect(() => {
    const onHash = (): void => setIncidentId(incidentFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    send('getCounts', {}).then(
      (value) => setCounts({ state: 'ready', value }),
      (e: unknown) => setCounts({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [send, countsRevision]);

  // Notes and fact-base edits reload counts; imports reload every list too.
  const onChanged = useCallback(() => setCountsRevision((r) => r + 1), []);
  const onImported = useCallback(() => {
    setRevision((r) => r + 1);
    setCountsRevision((r) => r + 1);
  }, []);

  return (
    <div class="options">
      <header class="page-header">
        <h1>Dossier</h1>
        <p>Everything Dossier knows stays in this browser: no account, no server, unless you start team sync with your team's own server.</p>
        <nav aria-label="Sections">
          <a href="#notes">Saved notes</a> · <a href="#factbase">Fact base</a> · <a href="#csv-import">Import incidents</a> · <a href="#sites">Sites</a> · <a href="#sync">Team sync</a>
        </nav>
        <StorageLine load={loadStorage} />
        {counts.state === 'loading' ? <p role="status">Loading the fact base…</p> : null}
        {counts.state === 'error' ? <p role="alert">Could not read the fact base: {counts.message}</p> : null}
        {counts.state === 'ready' ? (
          <div data-testid="factbase-counts">
            <CountsList counts={counts.value} class="counts" />
          </div>
        ) : null}
      </header>
      <main>
        {incidentId ? <IncidentPage send={send} download={download} incidentId={incidentId} onClose={() => { location.hash = 'factbase'; }} /> : null}
        <NotesLibrary send={send} download={download} revision={revision} onChanged={onChanged} />
        <FactbasePanel send={send} download={download} revision={revision} onChanged={onChanged} />
        <CsvImport send={send} onImported={onImported} />
        <SitesSettings load={loadSites} setSite={setSite} setRemember={setRemember} setShowUnknown={setShowUnknown} />
        <SyncPanel send={send} requestHost={requestSyncHost} />
      </main>
    </div>
  );
}
