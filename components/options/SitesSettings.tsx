import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SiteRow } from '../../lib/platform/site-settings';

/** Props of `SitesSettings`. */
export interface SitesSettingsProps {
  /** Loads every site's settings (defaults applied) and the global "remember" switch. */
  load: () => Promise<{ rows: SiteRow[]; rememberReading: boolean; showUnknownNames?: boolean }>;
  /** Changes one site's settings. */
  setSite: (host: string, patch: { annotate?: boolean; remember?: boolean }) => Promise<void>;
  /** Switches remembering claims read on or off everywhere. */
  setRemember: (on: boolean) => Promise<void>;
  /** Shows or hides names not in the fact base; without it the switch is not offered. */
  setShowUnknown?: (on: boolean) => Promise<void>;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/** Per-site settings: annotate and remember claims read, with the global switch. */
export function SitesSettings({ load, setSite, setRemember, setShowUnknown }: SitesSettingsProps): JSX.Element {
  const [data, setData] = useState<Load<{ rows: SiteRow[]; rememberReading: boolean; showUnknownNames?: boolean }>>({ state: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    load().then(
      (value) => setData({ state: 'ready', value }),
      (e: unknown) => setData({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [load, reload]);

  const change = async (p: Promise<void>): Promise<void> => {
    setError(null);
    try {
      await p;
    } catch (e) {
      setError(`Could not save the setting: ${e instanceof Error ? e.message : String(e)}`);
    }
    setReload((r) => r + 1);
  };

  return (
    <section aria-labelledby="sites-h" id="sites" class="panel">
      <h2 id="sites-h">Sites</h2>
      {data.state === 'loading' ? <p role="status">Loading the sites…</p> : null}
      {data.state === 'error' ? <p role="alert">Could not read the settings: {data.message}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {data.state === 'ready' ? (
        <>
          <div class="row">
            <input
              id="remember-reading"
              type="checkbox"
              checked={data.value.rememberReading}
              onChange={(e) => void change(setRemember(e.currentTarget.checked))}
            />
            <label for="remember-reading">Remember the claims of pages I read (so the next article shows conflicts)</label>
          </div>
          {setShowUnknown && data.value.showUnknownNames !== undefined ? (
            <div class="row">
              <input
                id="show-unknown"
                type="checkbox"
                data-testid="show-unknown-names"
                checked={data.value.showUnknownNames}
                onChange={(e) => void change(setShowUnknown(e.currentTarget.checked))}
              />
              <label for="show-unknown">Mark names that are not in the fact base (unknown names)</label>
            </div>
          ) : null}
          <table class="sites" data-testid="sites-table">
            <caption class="visually-hidden">Per-site settings</caption>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Annotate</th>
                <th scope="col">Remember claims</th>
              </tr>
            </thead>
            <tbody>
              {data.value.rows.map((r) => (
                <tr key={r.host} data-host={r.host}>
                  <th scope="row">
                    {r.host}
                    {r.supported ? '' : <span class="muted small"> (added by you)</span>}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Annotate ${r.host}`}
                      checked={r.annotate}
                      onChange={(e) => void change(setSite(r.host, { annotate: e.currentTarget.checked }))}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Remember claims read on ${r.host}`}
                      checked={r.remember}
                      disabled={!data.value.rememberReading}
                      onChange={(e) => void change(setSite(r.host, { remember: e.currentTarget.checked }))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
