/**
 * The content script's life in a tab: a pass (lib/content/session.dom.ts) for each address while
 * the site is on; the tab's messages (save the selection, reveal a mark, next disagreement, site
 * on / off) routed to the current pass; a new pass when the page changes its address without
 * reloading. Every pass's signal is derived from the WXT context's `ctx.signal`, and the message
 * listener and location watcher are the context's, so an invalidated context leaves nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotatesUrl } from '../platform/site-switch';
import { handleTabMessages } from '../platform/tab-messages';
import { revealMark } from './reveal.dom';
import { startSession, type PageHost, type Session } from './session.dom';
import { pause } from './timers';

// After a single-page navigation, the page is given this long to put its new article in place.
const NEW_ADDRESS_SETTLE_MS = 600;

/** Runs Dossier in this tab's page: annotates it when its site is on, and follows the tab's messages. */
export async function readPages(ctx: ContentScriptContext, ui: PageHost): Promise<void> {
  let current: { session: Session; end: AbortController } | null = null;

  const start = (): Session => {
    const end = new AbortController();
    const session = startSession(ui, AbortSignal.any([ctx.signal, end.signal]));
    current = { session, end };
    return session;
  };
  const stop = (): void => {
    current?.end.abort();
    current = null;
  };

  handleTabMessages(
    {
      saveSelection: async () => {
        const session = current?.session;
        if (!session) return;
        session.state.set({ ...session.state.get(), saveRequest: session.state.get().saveRequest + 1 });
        await session.waker?.mount();
      },
      revealMark: (ref) => void revealMark(ctx, document, ref),
      focusDisagreement: () => void current?.session.roving?.nextDisagreement(),
      setEnabled: async ({ enabled }) => {
        if (enabled === (current !== null)) return;
        if (!enabled) stop();
        else await start().done;
      },
    },
    ctx.signal,
  );

  // Single-page navigation: a new address is a new page. Take everything away and read it afresh.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    void (async () => {
      stop();
      if (!(await annotatesUrl(location.href))) return;
      await pause(ctx, NEW_ADDRESS_SETTLE_MS);
      if (!current) await start().done;
    })();
  });

  if (await annotatesUrl(location.href)) await start().done;
}
