/**
 * Which tab the popup shows: `?tabId=N` when given (tests, the pop-out view), else the active tab.
 */
import { browser } from 'wxt/browser';

/** The tab id the popup shows, or null when there is none. */
export async function popupTabId(params: URLSearchParams): Promise<number | null> {
  const given = params.get('tabId');
  if (given !== null && /^\d+$/.test(given)) return Number(given);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Opens the dossier of a tab in its own tab. */
export async function openPopOut(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
}

/** The address of a tab, or null when it cannot be read. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}
