/**
 * The background's per-tab state, in session storage (survives a restarted service worker), one
 * key per tab: reading one tab's dossier never copies every other tab's, and the popup and the
 * side panel read it straight from storage, without waking the service worker.
 */
import { browser } from 'wxt/browser';
import type { TabStore } from '../background/reading-service';
import { keepsDossier } from '../background/tab-navigation';
import type { TabDossier } from '../messaging/views';
import { tabDossierKey } from './storage-keys';

/** The cached dossier of a tab, read from session storage (extension pages and the background). */
export async function readTabDossier(tabId: number): Promise<TabDossier | null> {
  const key = tabDossierKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabDossier | undefined) ?? null;
}

// Writes are serialised so a tab's later state can never be overwritten by an earlier one.
let queue: Promise<unknown> = Promise.resolve();

function enqueue(write: () => Promise<void>): Promise<void> {
  const next = queue.then(write);
  queue = next.catch(() => undefined);
  return next;
}

/** A `TabStore` backed by `browser.storage.session`. */
export const sessionTabStore: TabStore = {
  async get(tabId) {
    await queue;
    return readTabDossier(tabId);
  },
  set(tabId, state) {
    return enqueue(() => browser.storage.session.set({ [tabDossierKey(tabId)]: state }));
  },
};

/** Forgets a closed tab. */
export function forgetTab(tabId: number): Promise<void> {
  return enqueue(() => browser.storage.session.remove(tabDossierKey(tabId)));
}

/**
 * A tab started loading `url` (undefined when the browser does not say): its dossier is forgotten
 * unless it is the same document (`keepsDossier`). Resolves to whether it was forgotten.
 */
export function forgetTabUnlessAt(tabId: number, url: string | undefined): Promise<boolean> {
  let forgot = false;
  return enqueue(async () => {
    const kept = await readTabDossier(tabId);
    if (kept === null || keepsDossier(kept, url)) return;
    forgot = true;
    await browser.storage.session.remove(tabDossierKey(tabId));
  }).then(() => forgot);
}
