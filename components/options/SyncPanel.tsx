import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { sendMessage } from '../../lib/platform/messages';
import type { SyncSettings, SyncStatus } from '../../lib/sync/settings';

/** Props of `SyncPanel`. */
export interface SyncPanelProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /**
   * Asks the browser for the server's host (an optional host permission). Must be called
   * straight from the click, before anything is awaited: the browser only asks during a user gesture.
   */
  requestHost: (url: string) => Promise<boolean>;
}

const STATE_WORDS: Record<SyncStatus['state'], string> = { idle: 'Off', active: 'Syncing', paused: 'Waiting', error: 'Stopped by an error' };

const EMPTY: SyncSettings = { url: '', db: '', user: '', password: '', shareFactbase: true, shareNotes: 'none', noteTag: '' };

/** Team sync: the server, the database, who signs in, what is shared, and how it is going. */
export function SyncPanel({ send, requestHost }: SyncPanelProps): JSX.Element {
  const [form, setForm] = useState<SyncSettings>(EMPTY);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The saved settings fill the form once; after that the form is the user's.
  const filled = useRef(false);

  // The status is polled while the page is open: replication runs in the background on its own.
  useEffect(() => {
    let live = true;
    const read = (): void => {
      send('syncStatus', {}).then(
        (s) => {
          if (!live) return;
          setStatus(s);
          if (!filled.current && s.settings) {
            const { hasPassword: _h, enabled: _e, ...saved } = s.settings;
            setForm({ ...EMPTY, ...saved, password: '' });
          }
          filled.current = true;
        },
        () => undefined,
      );
    };
    read();
    const timer = setInterval(read, 1_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [send]);

  const field = <K extends keyof SyncSettings>(key: K) => (value: SyncSettings[K]) => setForm((f) => ({ ...f, [key]: value }));

  const start = (e: Event): void => {
    e.preventDefault();
    setProblem(null);
    let url: URL;
    try {
      url = new URL(form.url.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    } catch {
      setProblem('Enter the server address, such as https://couch.example.org');
      return;
    }
    // Called before any await: the permission prompt needs the click's user gesture.
    const asked = requestHost(url.href);
    setBusy(true);
    void (async () => {
      try {
        if (!(await asked)) {
          setProblem(`Sync needs permission to reach ${url.origin}; nothing was sent.`);
          return;
        }
        setStatus(await send('syncStart', { settings: { ...form, url: form.url.trim() } }));
        setForm((f) => ({ ...f, password: '' }));
      } catch (err) {
        setProblem(err instanceof Error ? err.message : String(err));
      } finally {
        setBusy(false);
      }
    })();
  };

  const stop = async (): Promise<void> => {
    setBusy(true);
    try {
      setStatus(await send('syncStop', {}));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const state = status?.state ?? 'idle';
  const saved = status?.settings;
  return (
    <section aria-labelledby="sync-h" id="sync" class="panel">
      <h2 id="sync-h">Team sync</h2>
      <p class="muted small">
        Off until you start it. Once started, the records chosen below are sent to your team's CouchDB server, and your teammates' come
        back into this browser's fact base. Nothing is sent anywhere else.
      </p>
      <form class="grid-form" onSubmit={start}>
        <label for="sync-url">Server address</label>
        <input id="sync-url" data-testid="sync-url" type="url" placeholder="https://couch.example.org" value={form.url} onInput={(e) => field('url')(e.currentTarget.value)} required />
        <label for="sync-db">Database</label>
        <input id="sync-db" data-testid="sync-db" placeholder="team" value={form.db} onInput={(e) => field('db')(e.currentTarget.value)} required />
        <label for="sync-user">User name</label>
        <input id="sync-user" data-testid="sync-user" autocomplete="username" value={form.user} onInput={(e) => field('user')(e.currentTarget.value)} required />
        <label for="sync-password">Password</label>
        <input
          id="sync-password"
          data-testid="sync-password"
          type="password"
          autocomplete="current-password"
          placeholder={saved?.hasPassword ? 'saved (leave empty to keep it)' : ''}
          value={form.password}
          onInput={(e) => field('password')(e.currentTarget.value)}
        />
        <span>Share</span>
        <div>
          <div class="row">
            <input id="sync-share-factbase" data-testid="sync-share-factbase" type="checkbox" checked={form.shareFactbase} onChange={(e) => field('shareFactbase')(e.currentTarget.checked)} />
            <label for="sync-share-factbase">The fact base: actors, sources, incidents and claims</label>
          </div>
          <div class="row">
            <label for="sync-share-notes">Saved notes</label>
            <select id="sync-share-notes" data-testid="sync-share-notes" value={form.shareNotes} onChange={(e) => field('shareNotes')(e.currentTarget.value as SyncSettings['shareNotes'])}>
              <option value="none">none</option>
              <option value="tag">only those tagged…</option>
              <option value="all">all</option>
            </select>
            {form.shareNotes === 'tag' ? (
              <input aria-label="Tag of the notes to share" data-testid="sync-note-tag" placeholder="team" value={form.noteTag ?? ''} onInput={(e) => field('noteTag')(e.currentTarget.value)} />
            ) : null}
          </div>
        </div>
        <span />
        <div class="row">
          <button type="submit" data-testid="sync-start" disabled={busy}>
            {state === 'idle' ? 'Start sync' : 'Restart sync'}
          </button>
          <button type="button" data-testid="sync-stop" disabled={busy || state === 'idle'} onClick={() => void stop()}>
            Stop sync
          </button>
        </div>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
      <div data-testid="sync-status" data-state={state} role="status" aria-live="polite">
        <p>
          <strong>{STATE_WORDS[state]}</strong>
          {status ? ` — ${status.message}` : ''}
          {status && (status.pushed || status.pulled) ? ` (${status.pushed} sent, ${status.pulled} received since the background last started)` : ''}
        </p>
        {status?.lastError ? (
          <p class="error" data-testid="sync-error">
            {state === 'error' ? '' : 'Last problem: '}
            {status.lastError}
          </p>
        ) : null}
      </div>
      {status?.conflicts.length ? (
        <>
          <h3>Edits that met</h3>
          <ul class="records" data-testid="sync-conflicts">
            {status.conflicts.map((c) => (
              <li key={c.id} data-id={c.id}>
                {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {status?.refused.length ? (
        <>
          <h3>Documents refused</h3>
          <p class="muted small">These came from the server but are not valid Dossier records; they were left out of the fact base.</p>
          <ul class="records" data-testid="sync-refused">
            {status.refused.map((r) => (
              <li key={`${r.id} ${r.rev ?? ''}`} data-id={r.id}>
                <code>{r.id}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
