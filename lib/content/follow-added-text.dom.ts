/**
 * Text the page adds after the pass (infinite scroll, live updates, a late article body): a
 * MutationObserver on the article notices it, and once the page has been quiet for a moment the
 * new text alone is analysed as the page's next part and marked. The observer and its timer go
 * with the pass's signal.
 *
 * The new text is read by the first pass's article-body rules: the same text builder and the
 * same exclusions (`isExcludedInPage`: the command line's, whose measures are the same in every DOM,
 * and what the page's CSS hides), so a newsletter,
 * related-links or ad box a script puts into the article later is left out, as the command line
 * leaves it out of the same DOM (test/e2e/script-pages.e2e.ts).
 */
import { appendAnalysis } from '../engine/merge';
import { annotateAdded, markProcessed, type AnnotateDeps } from '../marks/annotate.dom';
import { MARK_TAG } from '../marks/wrap.dom';
import type { Session } from './session.dom';
import { debounced } from './timers';

// Text the page adds later is looked at once it has been quiet this long.
const ADDED_TEXT_DEBOUNCE_MS = 800;

/** What following added text needs: the background's analysis, and what to refresh after new marks. */
export interface AddedTextDeps extends AnnotateDeps {
  /** Called after marks were added for new text (and the state's analysis extended). */
  onAdded: () => void;
}

/** True when a mutation is the page's new content, not Dossier's own marks or UI. */
export function isPageChange(record: Pick<MutationRecord, 'target' | 'addedNodes'>): boolean {
  const t = record.target as Element;
  if (t.nodeType === 1 && (t.localName === MARK_TAG || t.closest?.('dossier-ui'))) return false;
  return Array.from(record.addedNodes).some((n) => n.nodeType === 3 || (n.nodeType === 1 && (n as Element).localName !== MARK_TAG));
}

/** Watches the session's article for added text until the session's signal aborts. */
export function followAddedText(session: Session, deps: AddedTextDeps): void {
  const root = session.root;
  if (!root || session.signal.aborted) return;
  let part = 0;
  let busy = false;
  const annotateLater = async (): Promise<void> => {
    const analysis = session.state.get().analysis;
    if (!analysis || busy || session.signal.aborted) return;
    busy = true;
    try {
      const base = { actors: analysis.actors.length, figures: analysis.figures.length };
      const added = await annotateAdded(root, session.processed, deps, part + 1, base, session.signal);
      if (added && !session.signal.aborted) {
        part++;
        // The latest analysis: an actor may have been added from a card meanwhile.
        const now = session.state.get();
        session.state.set({ ...now, analysis: appendAnalysis(now.analysis ?? analysis, added.analysis) });
        deps.onAdded();
      }
      markProcessed(root, session.processed);
    } catch {
      // The page changed under us or the background is gone: try again on the next change.
    } finally {
      busy = false;
    }
  };
  const later = debounced(session.signal, ADDED_TEXT_DEBOUNCE_MS, () => void annotateLater());
  const observer = new MutationObserver((records) => {
    if (records.some(isPageChange)) later.schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  session.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
