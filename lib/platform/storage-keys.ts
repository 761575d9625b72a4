/**
 * The storage keys read without WXT's storage library: the content script reads the per-site
 * settings straight from `storage.local` (the library is a third of a budgeted content script), and
 * the popup and the side panel read a tab's dossier straight from `storage.session` (their first
 * script stays small). Each key is declared here once.
 */

/** Key of the per-site settings (`Record<host, SiteSettings>`) in `storage.local`. */
export const SITE_SETTINGS_KEY = 'siteSettings';

/**
 * Session storage key of a tab's dossier, one key per tab (written by the background only; content
 * scripts may not touch session storage, so these are not `defineItem`s, which read their
 * metadata wherever they are imported).
 */
export function tabDossierKey(tabId: number): string {
  return `${TAB_DOSSIER_PREFIX}${tabId}`;
}

/** What every tab's dossier key starts with. */
export const TAB_DOSSIER_PREFIX = 'tabDossier:';
