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

/**
 * Routes validated tab messages to their handlers (in the content script) until `signal` aborts.
 * Answers through `sendResponse` (and `return true`), which every browser's own API accepts: the
 * content script runs without the promise polyfill (wxt.config.ts).
 */
export function handleTabMessages(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const env = parseTabEnvelope(message);
    if (!env) return undefined;
    const handler = handlers[env.dossierTab] as (d: unknown) => void | Promise<void>;
    Promise.resolve()
      .then(() => handler(env.data))
      .then(
        () => sendResponse({ ok: true }),
        (err: unknown) => sendResponse({ error: err instanceof Error ? err.message : String(err) }),
      );
    return true;
  };
  if (signal.aborted) return;
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
