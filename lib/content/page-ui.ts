/**
 * The hand-over between the content script and its page UI. The UI (cards, the selection saver,
 * saving and drawing saved highlights, with Preact) is a second script, `entrypoints/page-ui/`,
 * that the background injects into the tab's isolated world the first time a page needs it
 * (lib/content/README.md). Both scripts share that world's global object, which the page's own
 * scripts cannot see; the UI puts itself in one slot of it, named here, and the content script
 * takes it from there.
 */
import type { Note } from '../factbase/schema';
import type { Session } from './session.dom';

/** Where a page's saved notes were found now (the `notesAnchored` report without its URL). */
export interface SavedHighlightsReport {
  found: string[];
  missing: string[];
  edited: { id: string; before: string[]; after: string[] }[];
}

/** What the page UI offers the content script once it has loaded. */
export interface PageUi {
  /** Draws the cards and the selection saver into the session's shadow root, until the session's signal aborts. */
  mount(session: Session): void;
  /** Anchors the page's saved notes in its article text, draws them, and says where each was found. */
  drawSavedHighlights(session: Session, notes: readonly Note[]): Promise<SavedHighlightsReport>;
}

const SLOT = '__dossierPageUi';

type WithSlot = typeof globalThis & { [SLOT]?: PageUi };

/** Called by the page UI's script when it runs: puts the UI where the content script looks for it. */
export function offerPageUi(ui: PageUi): void {
  (globalThis as WithSlot)[SLOT] = ui;
}

/** The page UI, once its script has run in this isolated world; else null. */
export function offeredPageUi(): PageUi | null {
  return (globalThis as WithSlot)[SLOT] ?? null;
}
