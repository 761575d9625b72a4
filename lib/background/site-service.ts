/**
 * The sites service: annotating a site the user adds from the popup. Registering the content
 * script is the browser's part (lib/platform/site-access.ts), injected.
 */
import type { Request, Responses } from '../messaging/protocol';

/** The sites service's handlers, keyed by message name. */
export function createSiteService(deps: { enableSite: (host: string, tabId: number | undefined) => Promise<void> }) {
  return {
    async enableSite({ host, tabId }: Request<'enableSite'>): Promise<Responses['enableSite']> {
      await deps.enableSite(host, tabId);
      return { ok: true };
    },
  };
}
