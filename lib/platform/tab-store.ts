/**
 * The background's per-tab state, in session storage (survives a restarted service worker).
 */
import type { TabStore } from '../background/service';
import { tabDossiers } from './storage-items';

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
