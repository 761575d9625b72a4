/**
 * Every setting and piece of state Dossier keeps in `browser.storage`, defined in this one file.
 */
import { storage } from 'wxt/utils/storage';
import type { TabDossier } from '../messaging/views';

/** Per-site choices: annotate (on by default for supported sites) and remember claims read. */
export interface SiteSettings {
  annotate?: boolean;
  remember?: boolean;
}

/** Per-site settings, by host name. */
export const siteSettings = storage.defineItem<Record<string, SiteSettings>>('local:siteSettings', { fallback: {} });

/** Whether claims read on pages are remembered at all (the global switch). */
export const rememberReading = storage.defineItem<boolean>('local:rememberReading', { fallback: true });

/** The dossier of each tab, kept in session storage so a restarted service worker still has it. */
export const tabDossiers = storage.defineItem<Record<string, TabDossier>>('session:tabDossiers', { fallback: {} });
