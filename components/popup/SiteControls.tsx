import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The switches for the page's site. */
export interface SiteState {
  host: string;
  supported: boolean;
  annotate: boolean;
  remember: boolean;
  rememberAll: boolean;
}

/** Props of `SiteControls`. */
export interface SiteControlsProps {
  /** Loads the switches for the site of the tab shown. */
  load: () => Promise<SiteState | null>;
  /** Turns annotation on or off for the site (asking for access first when it is not supported). */
  setAnnotate: (on: boolean) => Promise<void>;
  /** Remember claims read on this site. */
  setRemember: (on: boolean) => Promise<void>;
  /** Remember claims read anywhere (the global switch). */
  setRememberAll: (on: boolean) => Promise<void>;
}

/** Per-site and global switches: annotate this site, remember what I read. */
export function SiteControls({ load, setAnnotate, setRemember, setRememberAll }: SiteControlsProps): JSX.Element | null {
  const [state, setState] = useState<SiteState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setState, (e: unknown) => setError(String((e as Error)?.message ?? e)));
  }, [load]);
  if (error) return <p role="alert" class="small">{error}</p>;
  if (!state) return null;
  const act = (fn: () => Promise<void>, next: SiteState): void => {
    fn().then(
      () => setState(next),
      (e: unknown) => setError(String((e as Error)?.message ?? e)),
    );
  };
  return (
    <section aria-label="Site settings" class="site-controls">
      <label>
        <input type="checkbox" checked={state.annotate} onChange={(e) => act(() => setAnnotate((e.target as HTMLInputElement).checked), { ...state, annotate: (e.target as HTMLInputElement).checked })} />
        {state.supported ? ` Annotate ${state.host}` : ` Annotate this site (${state.host})`}
      </label>
      <label>
        <input type="checkbox" checked={state.remember} disabled={!state.rememberAll} onChange={(e) => act(() => setRemember((e.target as HTMLInputElement).checked), { ...state, remember: (e.target as HTMLInputElement).checked })} />
        {' '}Remember claims read on this site
      </label>
      <label>
        <input type="checkbox" checked={state.rememberAll} onChange={(e) => act(() => setRememberAll((e.target as HTMLInputElement).checked), { ...state, rememberAll: (e.target as HTMLInputElement).checked })} />
        {' '}Remember what I read (all sites)
      </label>
    </section>
  );
}
