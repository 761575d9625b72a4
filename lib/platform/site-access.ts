/**
 * Annotating a site that is not in the supported list, when the user asks from the popup: the
 * host permission is requested there (optional host permissions); here the content script is
 * registered for that host (remembered across restarts) and run in the current tab.
 */
import { browser } from 'wxt/browser';
import { siteSettings, updateSiteSettings } from './storage-items';

const SCRIPT_ID = 'dossier-user-sites';

/** The match patterns of the sites the user added. */
async function userSitePatterns(): Promise<string[]> {
  const settings = await siteSettings.getValue();
  return Object.entries(settings)
    .filter(([, s]) => s.annotate === true && s.added === true)
    .map(([host]) => `*://${host}/*`);
}

/** Registers the content script for every site the user added (at start-up and after a change). */
export async function syncUserSites(contentJs: string, contentCss: string[]): Promise<void> {
  const matches = await userSitePatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: [contentJs], css: contentCss, runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Turns annotation on for a host the user added, and runs it in the given tab now. */
export async function enableUserSite(host: string, tabId: number | undefined, contentJs: string): Promise<void> {
  await updateSiteSettings(host, { annotate: true, added: true });
  await syncUserSites(contentJs, []);
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [contentJs as never] }).catch(() => undefined);
}
