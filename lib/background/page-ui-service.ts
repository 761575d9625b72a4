/**
 * The page UI service: loading the cards and the selection saver into a tab when its content
 * script first needs them (lib/content/README.md). Running the script is the browser's part
 * (lib/platform/page-ui-injection.ts), injected.
 */
import type { Request, Responses, Sender } from '../messaging/protocol';

/** The page UI service's handlers, keyed by message name. */
export function createPageUiService(deps: { inject: (sender: Sender) => Promise<{ ok: true }> }) {
  return {
    async loadPageUi(_data: Request<'loadPageUi'>, sender: Sender): Promise<Responses['loadPageUi']> {
      return deps.inject(sender);
    },
  };
}
