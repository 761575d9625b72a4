import { useEffect, useState } from 'preact/hooks';
import type { FactbaseCounts } from '../lib/factbase/queries';
import type { TabDossier } from '../lib/messaging/views';
import { firstDataShown } from './first-data';

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

/** A loader started before the first render (see `startedEarly`). */
export interface EarlyLoader<T> {
  (): Promise<T>;
  /** The early answer, when it is already in and no call has taken it yet. */
  settled(): Load<T> | null;
  /** Resolves once the early answer is in, either way (never rejects). */
  readonly done: Promise<void>;
}

function settledOf<T>(load: () => Promise<T>): Load<T> {
  const early = (load as Partial<EarlyLoader<T>>).settled?.();
  return early ?? { state: 'loading' };
}

// The same answer twice keeps the same state object, so Preact skips the second render.
function readyWith<T>(value: T): (prev: Load<T>) => Load<T> {
  return (prev) => (prev.state === 'ready' && prev.value === value ? prev : { state: 'ready', value });
}

/**
 * The popup's and the side panel's data: the page part and the fact base's counts first (an
 * answer already in when the view mounts is in its first render), then, once the first data is
 * painted (`firstDataShown`), the whole dossier, so the heavier request does not compete with the
 * first frame. Loads
 * again whenever `version` changes (another tab, a finished pass).
 */
export function useTabDossier({ loadPage, loadDossier, loadCounts }: DossierLoaders, version = 0): { counts: Load<FactbaseCounts>; dossier: Load<TabDossier | null> } {
  const [counts, setCounts] = useState<Load<FactbaseCounts>>(() => settledOf(loadCounts));
  const [dossier, setDossier] = useState<Load<TabDossier | null>>(() => settledOf(loadPage));
  // The version whose page part is settled (shown, or failed): the whole dossier follows it.
  const [pageIn, setPageIn] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    loadPage().then(
      (value) => {
        if (!live) return;
        setDossier(readyWith(value));
        setPageIn(version);
      },
      () => live && setPageIn(version),
    );
    loadCounts().then(
      (value) => live && setCounts(readyWith(value)),
      (e: unknown) => live && setCounts({ state: 'error', message: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [loadCounts, loadPage, version]);
  useEffect(() => {
    if (pageIn !== version) return;
    let live = true;
    // Once the page part is on screen: the background's heavier answer, and the render it brings,
    // would otherwise share the two cores with drawing the first frame.
    firstDataShown()
      .then(() => (live ? loadDossier() : undefined))
      .then(
        (value) => live && value !== undefined && setDossier({ state: 'ready', value }),
        (e: unknown) => live && setDossier({ state: 'error', message: messageOf(e) }),
      );
    return () => {
      live = false;
    };
  }, [loadDossier, pageIn, version]);
  return { counts, dossier };
}

/**
 * A loader that starts now, before the first render, rather than in the first effect (which runs
 * only after the first paint): its first call gets that early answer, later calls load afresh.
 */
export function startedEarly<T>(load: () => Promise<T>): EarlyLoader<T> {
  let early: Promise<T> | null = load();
  let answer: Load<T> | null = null;
  const done = early.then(
    (value) => void (answer = { state: 'ready', value }),
    (e: unknown) => void (answer = { state: 'error', message: messageOf(e) }),
  );
  const loader = (): Promise<T> => {
    const got = early ?? load();
    early = null;
    return got;
  };
  return Object.assign(loader, { settled: () => (early ? answer : null), done });
}

/**
 * Resolves when the first of `loaders` has its early answer, or after `ms`: a view rendered then
 * shows its first data in its first frame instead of a loading line followed by the data one
 * frame later, and never waits longer than `ms` to show something.
 */
export function firstAnswer(loaders: readonly EarlyLoader<unknown>[], ms: number): Promise<void> {
  return Promise.race([...loaders.map((l) => l.done), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
