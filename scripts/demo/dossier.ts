/**
 * Asking the running extension what it knows, from one of its own pages: a tab's id and its
 * dossier (the same `getTabDossier` message the popup and the side panel send). Shared by
 * `npm start` and the end-to-end tests.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { PageConflict } from '../../lib/engine/types';
import type { TabDossier } from '../../lib/messaging/views';

/** An extension page kept open to ask the extension questions. */
export interface ExtensionConsole {
  /** The id of the newest tab showing `url`, or null. */
  tabIdOf(url: string): Promise<number | null>;
  /** The dossier of a tab, as the popup gets it. */
  tabDossier(tabId: number): Promise<TabDossier | null>;
  close(): Promise<void>;
}

/** Opens the options page as the console (any extension page has the extension's API). */
export async function openExtensionConsole(context: BrowserContext, extensionId: string): Promise<ExtensionConsole> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // Strings, not functions: tsx's name-keeping helpers do not exist in the page.
  return {
    async tabIdOf(url) {
      return (await page.evaluate(`chrome.tabs.query({}).then((tabs) => { const t = tabs.filter((t) => t.url === ${JSON.stringify(url)}).pop(); return t ? t.id : null; })`)) as number | null;
    },
    async tabDossier(tabId) {
      const reply = (await page.evaluate(`chrome.runtime.sendMessage({ dossier: 'getTabDossier', data: { tabId: ${Number(tabId)} } })`)) as { ok?: TabDossier | null; error?: string };
      if (reply?.error) throw new Error(reply.error);
      return reply?.ok ?? null;
    },
    close: () => page.close(),
  };
}

/** One disagreement of a page, in a line: kind, this page's figure, the other source's. */
export function describeDisagreement(dossier: TabDossier, c: PageConflict): string {
  const a = dossier.analysis;
  const claim = a?.claims.find((x) => x.id === c.claim);
  const fig = claim ? a?.figures[claim.figure] : undefined;
  const other = `${c.other.figureText || c.other.value} (${c.other.source}${c.other.publishedAt ? `, ${c.other.publishedAt}` : ''})`;
  return `${c.kind}: “${fig?.text ?? claim?.value ?? '?'}” here vs “${other}”`;
}
