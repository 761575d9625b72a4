/**
 * The background's browser events other than messages: the context menu, the keyboard shortcuts,
 * the sync alarm, install-time set-up and closed tabs. Each hands off to one call.
 */
import { browser } from 'wxt/browser';
import { keepPopupOnActionClick, openSidePanel } from './side-panel';
import { syncUserSites } from './site-access';
import { sendTabMessage } from './tab-messages';
import { forgetTab } from './tab-store';
import { SYNC_ALARM } from './team-sync';

/** What the events hand off to. */
export interface BackgroundEventDeps {
  /** The built content script, for sites the user added. */
  contentJs: string;
  /** Opens (and seeds) the fact base. */
  openFactbase: () => Promise<unknown>;
  /** Team sync's alarm fired. */
  syncAlarm: () => void;
}

/** Registers the listeners, synchronously, as MV3 service workers require. */
export function listenToBrowserEvents({ contentJs, openFactbase, syncAlarm }: BackgroundEventDeps): void {
  browser.runtime.onInstalled.addListener(() => {
    void openFactbase();
    // The toolbar button keeps opening the quick view; the side panel opens from it or the shortcut.
    void keepPopupOnActionClick().catch(() => undefined);
    void syncUserSites(contentJs, []).catch(() => undefined);
    browser.contextMenus.removeAll().then(
      () =>
        browser.contextMenus.create({
          id: 'dossier-save-claim',
          title: 'Save claim to Dossier',
          contexts: ['selection'],
        }),
      () => undefined,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'dossier-save-claim' && tab?.id !== undefined) void sendTabMessage(tab.id, 'saveSelection', {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    // Straight away, before any await: the browser lets the panel open only in answer to the key.
    if (command === 'open-dossier') {
      if (tab?.id !== undefined) void openSidePanel(tab.id).catch(() => browser.action.openPopup().catch(() => undefined));
      else void browser.action.openPopup().catch(() => undefined);
      return;
    }
    const message = command === 'save-highlight' ? 'saveSelection' : command === 'next-disagreement' ? 'focusDisagreement' : null;
    if (!message) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await sendTabMessage(id, message, {});
    })();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) syncAlarm();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
}
