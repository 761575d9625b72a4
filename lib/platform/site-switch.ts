/**
 * The content script's one look at the settings: is this site switched on? Read straight from
 * `storage.local` (the same key and value `storage-items.ts` defines), so the content script
 * carries no storage library.
 */
import { browser } from 'wxt/browser';
import { annotatesHost, hostOf } from '../sites';
import type { SiteSettings } from './storage-items';
import { SITE_SETTINGS_KEY } from './storage-keys';

/** Whether Dossier annotates pages on this URL. */
export async function annotatesUrl(url: string): Promise<boolean> {
  const host = hostOf(url);
  if (!host) return false;
  const stored = (await browser.storage.local.get(SITE_SETTINGS_KEY))[SITE_SETTINGS_KEY] as Record<string, SiteSettings> | undefined;
  return annotatesHost(host, stored?.[host]);
}
