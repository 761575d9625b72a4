/**
 * The side panel, in both browsers: Chromium's `sidePanel` and Firefox's `sidebarAction` (WXT's
 * sidepanel entry point emits `side_panel` for the one and `sidebar_action` for the other), and
 * the panel's way of following the active tab and its dossier.
 */
import { browser } from 'wxt/browser';
import { tabDossierKey } from './storage-keys';

interface ChromiumSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

// Read off the global objects rather than the typed `browser`: each browser has only its own.
function chromiumSidePanel(): ChromiumSidePanel | null {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromiumSidePanel } }).chrome;
  return chromeApi?.sidePanel ?? null;
}
function firefoxSidebar(): FirefoxSidebarAction | null {
  const api = (globalThis as { browser?: { sidebarAction?: FirefoxSidebarAction } }).browser;
  return api?.sidebarAction ?? null;
}

/** True when this browser has a side panel Dossier can open. */
export function hasSidePanel(): boolean {
  return chromiumSidePanel() !== null || firefoxSidebar() !== null;
}

/**
 * Opens the side panel beside `tabId`'s page. Both browsers only allow it in answer to a user's
 * action, so call it straight from the click or command handler, before any `await`.
 */
export function openSidePanel(tabId: number): Promise<void> {
  const chromium = chromiumSidePanel();
  if (chromium) return chromium.open({ tabId });
  const firefox = firefoxSidebar();
  if (firefox) return firefox.open();
  return Promise.reject(new Error('this browser has no side panel'));
}

/** Keeps the toolbar button opening the popup (the quick view), not the panel, in Chromium. */
export async function keepPopupOnActionClick(): Promise<void> {
  await chromiumSidePanel()?.setPanelBehavior({ openPanelOnActionClick: false });
}

/**
 * Calls `show(tabId)` for the tab the side panel should show: the one given (`?tabId=N`), or the
 * active tab of the panel's window, again whenever another tab becomes active or the shown tab's
 * dossier changes (its page was read). Stops listening when `signal` aborts.
 */
export async function followTabDossier(fixedTabId: number | null, show: (tabId: number | null) => void, signal: AbortSignal): Promise<void> {
  let current: number | null = fixedTabId;
  if (fixedTabId === null) {
    // One question for both the panel's window and its active tab: the first data waits on it.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const windowId = tab?.windowId ?? (await browser.windows.getCurrent()).id;
    current = tab?.id ?? null;
    const activated = (info: { tabId: number; windowId: number }): void => {
      if (info.windowId !== windowId) return;
      current = info.tabId;
      show(current);
    };
    browser.tabs.onActivated.addListener(activated);
    signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(activated));
  }
  const changed = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void => {
    if (area !== 'session' || current === null) return;
    const change = changes[tabDossierKey(current)];
    if (change && JSON.stringify(change.oldValue) !== JSON.stringify(change.newValue)) show(current);
  };
  browser.storage.onChanged.addListener(changed);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(changed));
  show(current);
}
