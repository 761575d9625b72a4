/**
 * The `browser.storage.local` keys that more than `storage-items.ts` reads: the content script
 * reads the per-site settings straight from storage, without WXT's storage library (a third of a
 * budgeted content script), so the key is declared here once for both.
 */

/** Key of the per-site settings (`Record<host, SiteSettings>`) in `storage.local`. */
export const SITE_SETTINGS_KEY = 'siteSettings';
