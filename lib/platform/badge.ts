/**
 * The toolbar badge, through whichever API the browser has: `action` (Manifest V3, Chromium and
 * Firefox) or `browserAction` (Firefox's Manifest V2). The badge is cosmetic, so nothing here
 * ever throws or rejects: a browser without either API simply shows no badge.
 */
import { browser } from 'wxt/browser';

/** The part of `action` / `browserAction` the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** The colour of the conflict count on the toolbar icon. */
export const BADGE_COLOR = '#c53030';

/** The badge API of this browser (`action`, else `browserAction`), or null when it has neither. */
export function badgeApi(api: { action?: BadgeApi; browserAction?: BadgeApi } = browser as never): BadgeApi | null {
  return api.action ?? api.browserAction ?? null;
}

// A call that may throw at once (a missing method) or reject later (a closed tab): swallow both.
function quietly(call: () => Promise<void> | void): void {
  try {
    void Promise.resolve(call()).catch(() => undefined);
  } catch {
    // Cosmetic: a badge that cannot be set is not worth an error anywhere.
  }
}

/** Shows `text` on the toolbar icon for one tab ('' clears it). Never throws. */
export function setTabBadge(tabId: number, text: string, api: BadgeApi | null = badgeApi()): void {
  if (!api) return;
  quietly(() => api.setBadgeText({ tabId, text }));
  if (text) quietly(() => api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }));
}
