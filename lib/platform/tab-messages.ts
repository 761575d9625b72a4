/**
 * Messages to a tab's content script (from the popup or the background), validated on arrival.
 */
import { browser } from 'wxt/browser';
import { parseTabEnvelope, type TabMessageType, type TabRequest } from '../messaging/protocol';

/** Sends a message to the content script of a tab; resolves false when the tab has none. */
export async function sendTabMessage<K extends TabMessageType>(tabId: number, type: K, data: TabRequest<K>): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { dossierTab: type, data });
    return true;
  } catch {
    return false;
  }
}

/** One handler per tab message. */
export type TabHandlers = { [K in TabMessageType]: (data: TabRequest<K>) => void | Promise<void> };

/** Routes validated tab messages to their handlers (in the content script). */
export function handleTabMessages(handlers: TabHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const env = parseTabEnvelope(message);
    if (!env) return undefined;
    const handler = handlers[env.dossierTab] as (d: unknown) => void | Promise<void>;
    return Promise.resolve(handler(env.data)).then(() => ({ ok: true }));
  });
}
