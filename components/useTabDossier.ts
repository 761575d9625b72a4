import { useEffect, useState } from 'preact/hooks';
import type { FactbaseCounts } from '../lib/factbase/queries';
import type { TabDossier } from '../lib/messaging/views';

/** Something loaded, with its state said out loud. */
export type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/** Where a dossier view gets its data. */
export interface DossierLoaders {
  /** Loads the page part of the tab's dossier (fast, shown first). */
  loadPage: () => Promise<TabDossier | null>;
  /** Loads the whole dossier of the tab shown (related incidents, other disagreements, notes). */
  loadDossier: () => Promise<TabDossier | null>;
  /** Loads the fact base's counts. */
  loadCounts: () => Promise<FactbaseCounts>;
}

const messageOf = (e: unknown): string => String((e as Error)?.message ?? e);

/**
 * The popup's and the side panel's data: the page part first, then the whole dossier, and the
 * fact base's counts. Loads again whenever `version` changes (another tab, a finished pass).
 */
export function useTabDossier({ loadPage, loadDossier, loadCounts }: DossierLoaders, version = 0): { counts: Load<FactbaseCounts>; dossier: Load<TabDossier | null> } {
  const [counts, setCounts] = useState<Load<FactbaseCounts>>({ state: 'loading' });
  const [dossier, setDossier] = useState<Load<TabDossier | null>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    let whole = false;
    // The page part first (the tab's cached dossier, no fact-base walk), and the heavier whole
    // dossier only once it is in, so the two do not compete for the background on first data.
    const page = loadPage().then(
      (value) => {
        if (live && !whole) setDossier({ state: 'ready', value });
      },
      () => undefined,
    );
    loadCounts().then(
      (value) => live && setCounts({ state: 'ready', value }),
      (e: unknown) => live && setCounts({ state: 'error', message: messageOf(e) }),
    );
    void page.then(() => {
      if (!live) return;
      loadDossier().then(
        (value) => {
          whole = true;
          if (live) setDossier({ state: 'ready', value });
        },
        (e: unknown) => live && setDossier({ state: 'error', message: messageOf(e) }),
      );
    });
    return () => {
      live = false;
    };
  }, [loadCounts, loadPage, loadDossier, version]);
  return { counts, dossier };
}

/**
 * A loader that starts now, before the first render, rather than in the first effect (which runs
 * only after the first paint): its first call gets that early answer, later calls load afresh.
 */
export function startedEarly<T>(load: () => Promise<T>): () => Promise<T> {
  let early: Promise<T> | null = load();
  // Not unhandled if the view never asks (it asks on mount, and says what went wrong then).
  early.catch(() => undefined);
  return () => {
    const answer = early ?? load();
    early = null;
    return answer;
  };
}
