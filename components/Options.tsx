import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FactbaseCounts } from '../lib/factbase/queries';

/** Props of `Options`. */
export interface OptionsProps {
  /** Loads the fact base's counts. */
  loadCounts: () => Promise<FactbaseCounts>;
}

/** The options page: the fact base at a glance. */
export function Options({ loadCounts }: OptionsProps): JSX.Element {
  const [counts, setCounts] = useState<FactbaseCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadCounts().then(setCounts, (e: unknown) => setError(String((e as Error)?.message ?? e)));
  }, [loadCounts]);
  return (
    <main class="options">
      <h1>Dossier</h1>
      <p>Everything Dossier knows stays in this browser: no account, no server.</p>
      <section aria-labelledby="fb-h">
        <h2 id="fb-h">Fact base</h2>
        {error ? <p role="alert">Could not read the fact base: {error}</p> : null}
        {!counts && !error ? <p role="status">Loading…</p> : null}
        {counts ? (
          <ul data-testid="factbase-counts">
            <li>{counts.actors} actors</li>
            <li>{counts.incidents} incidents</li>
            <li>{counts.claims} claims</li>
            <li>{counts.sources} sources</li>
            <li>{counts.notes} saved notes</li>
          </ul>
        ) : null}
      </section>
    </main>
  );
}
