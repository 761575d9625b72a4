/**
 * The background's per-tab state, in session storage (survives a restarted service worker).
 */
import { browser } from 'wxt/browser';
import type { TabStore } from '../background/reading-service';
import type { TabDossier } from '../messaging/views';
import { TAB_DOSSIERS_KEY } from './storage-items';

const tabDossiers = {
  async getValue(): Promise<Record<string, TabDossier>> {
    const got = await browser.storage.session.get(TAB_DOSSIERS_KEY);
    return (got[TAB_DOSSIERS_KEY] as Record<string, TabDossier> | undefined) ?? {};
  },
  async setValue(value: Record<string, TabDossier>): Promise<void> {
    await browser.storage.session.set({ [TAB_DOSSIERS_KEY]: value });
  },
};

// Writes are serialised so two tabs finishing at once cannot overwrite each other's state.
let queue: Promise<unknown> = Promise.resolve();

/** A `TabStore` backed by `browser.storage.session`. */
export const sessionTabStore: TabStore = {
  async get(tabId) {
    await queue;
    return (await tabDossiers.getValue())[String(tabId)] ?? null;
  },
  set(tabId, state) {
    const next = queue.then(async () => {
      const all = await tabDossiers.getValue();
      all[String(tabId)] = state;
      await tabDossiers.setValue(all);
    });
    queue = next.catch(() => undefined);
    return next;
  },
};

/** Forgets a closed tab. */
export function forgetTab(tabId: number): Promise<void> {
  const next = queue.then(async () => {
    const all = await tabDossiers.getValue();
    delete all[String(tabId)];
    await tabDossiers.setValue(all);
  });
  queue = next.catch(() => undefined);
  return next;
}
