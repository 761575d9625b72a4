/**
 * The background's side of loading the page UI (lib/content/README.md): run its script in the
 * frame whose content script asked, in that script's isolated world. The extension has host
 * access wherever its content script runs (the manifest, an optional permission, or activeTab).
 */
import { browser } from 'wxt/browser';
import type { Sender } from '../messaging/protocol';

/** The page UI's built script (WXT's output path of entrypoints/page-ui/). */
export const PAGE_UI_JS = '/page-ui.js';

/** Runs the page UI's script in the sender's tab and frame; resolves once it has run there. */
export async function injectPageUi(sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('the page UI loads only into a tab');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_UI_JS] });
  return { ok: true };
}
