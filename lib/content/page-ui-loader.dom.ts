/**
 * Loading the page UI (lib/content/page-ui.ts) once per content script: ask the background to
 * inject its script into this frame, then take it from its slot. A failed load is tried again on
 * the next need.
 */
import { sendMessage } from '../platform/messages';
import { offeredPageUi, type PageUi } from './page-ui';

let loading: Promise<PageUi> | null = null;

/** The page UI, injected on the first call. */
export function loadPageUi(): Promise<PageUi> {
  loading ??= (async () => {
    const ready = offeredPageUi();
    if (ready) return ready;
    // The background answers once the script has run in this frame (scripting.executeScript).
    await sendMessage('loadPageUi', {});
    const ui = offeredPageUi();
    if (!ui) throw new Error('the page UI did not load');
    return ui;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
