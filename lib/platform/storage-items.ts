/**
 * Every setting and piece of state Dossier keeps in `browser.storage`, named in this one file.
 */
import { storage } from 'wxt/utils/storage';
import type { SavedSyncSettings } from '../sync/settings';
import { SITE_SETTINGS_KEY } from './storage-keys';

/** Per-site choices: annotate (on by default for supported sites) and remember claims read. */
export interface SiteSettings {
  annotate?: boolean;
  remember?: boolean;
  /** A site the user added (not in the supported list): its content script is registered at run time. */
  added?: boolean;
}

/** Per-site settings, by host name. */
export const siteSettings = storage.defineItem<Record<string, SiteSettings>>(`local:${SITE_SETTINGS_KEY}`, { fallback: {} });

// Changes are applied one at a time, so two switches flipped at once cannot overwrite each other.
let siteQueue: Promise<unknown> = Promise.resolve();

/** Changes one site's settings, keeping its other fields and every other site's: the one writer of `siteSettings`. */
export function updateSiteSettings(host: string, patch: Partial<SiteSettings>): Promise<void> {
  const next = siteQueue.then(async () => {
    const all = await siteSettings.getValue();
    all[host] = { ...all[host], ...patch };
    await siteSettings.setValue(all);
  });
  siteQueue = next.catch(() => undefined);
  return next;
}

/** Whether claims read on pages are remembered at all (the global switch). */
export const rememberReading = storage.defineItem<boolean>('local:rememberReading', { fallback: true });

/** Whether names not in the fact base are marked and listed (off: only known actors are shown). */
export const showUnknownNames = storage.defineItem<boolean>('local:showUnknownNames', { fallback: true });

/** Team sync's settings, password included: kept in this browser's local storage, sent only to that server. */
export const syncSettings = storage.defineItem<SavedSyncSettings | null>('local:syncSettings', { fallback: null });
