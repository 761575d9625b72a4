/**
 * The background's browser events other than messages: the context menu, the keyboard shortcuts,
 * the sync alarm, install-time set-up, and tabs closed or moved on. Each hands off to one call.
 */
import { browser } from 'wxt/browser';
import { keepPopupOnActionClick, openSidePanel } from './side-panel';
import { syncUserSites } from './site-access';
import { sendTabMessage } from './tab-messages';
import { setTabBadge } from './badge';
import { forgetTab, forgetTabUnlessAt } from './tab-store';
import { SYNC_ALARM } from './alarms';

/** What the events hand off to. */
export interface BackgroundEventDeps {
  /** The built content script, for sites the user added. */
  contentJs: string;
  /** Opens (and seeds) the fact base. */
  openFactbase: () => Promise<unknown>;
  /** Team sync's alarm fired. */
  syncAlarm: () => void;
}

/** The message a keyboard shortcut sends to its tab, or null for a shortcut that sends none. */
export function shortcutMessage(command: string): 'saveSelection' | 'focusDisagreement' | null {
  return command === 'save-highlight' ? 'saveSelection' : command === 'next-disagreement' ? 'focusDisagreement' : null;
}

/** Install-time set-up: open (and seed) the fact base, the toolbar button, user-added sites, the context menu. */
export function setUpOnInstall({ contentJs, openFactbase }: Pick<BackgroundEventDeps, 'contentJs' | 'openFactbase'>): void {
  browser.runtime.onInstalled.addListener(() => {
    void openFactbase();
    // The toolbar button keeps opening the quick view; the side panel opens from it or the shortcut.
    void keepPopupOnActionClick().catch(() => undefined);
    void syncUserSites(contentJs, []).catch(() => undefined);
    void Promise.resolve()
      .then(() => browser.contextMenus.removeAll())
      .then(() =>
        browser.contextMenus.create({
          id: 'dossier-save-claim',
          title: 'Save claim to Dossier',
          contexts: ['selection'],
        }),
      )
      .catch(() => undefined);
  });
}

/** The context menu's "Save claim to Dossier": the tab opens its note editor on the selection. */
export function listenToContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'dossier-save-claim' && tab?.id !== undefined) void sendTabMessage(tab.id, 'saveSelection', {});
  });
}

/** The keyboard shortcuts: open the dossier, save the selection, go to the next disagreement. */
export function listenToShortcuts(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    // Straight away, before any await: the browser lets the panel open only in answer to the key.
    if (command === 'open-dossier') {
      if (tab?.id !== undefined) void openSidePanel(tab.id).catch(() => browser.action.openPopup().catch(() => undefined));
      else void browser.action.openPopup().catch(() => undefined);
      return;
    }
    const message = shortcutMessage(command);
    if (!message) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await sendTabMessage(id, message, {});
    })();
  });
}

/** Team sync's alarm, and the per-tab state of closed tabs and of tabs moved on to another page forgotten. */
export function listenToAlarmsAndTabs(syncAlarm: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncAlarm();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
  // A tab that moves on to another page drops the last page's dossier and its badge.
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'loading' && info.url === undefined) return;
    void forgetTabUnlessAt(tabId, info.url ?? tab.url).then((forgot) => {
      if (forgot) setTabBadge(tabId, '');
    });
  });
}

/** Registers every listener, synchronously, as MV3 service workers require. */
export function listenToBrowserEvents(deps: BackgroundEventDeps): void {
  setUpOnInstall(deps);
  listenToContextMenu();
  listenToShortcuts();
  listenToAlarmsAndTabs(deps.syncAlarm);
}
