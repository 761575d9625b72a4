/**
 * The state of one page pass that the content script and the page UI share (through a `Store`),
 * and the pure steps that change it.
 */
import type { ActorType } from '../factbase/schema';
import type { PageAnalysis } from '../messaging/views';

/**
 * What woke the page UI: the mark the reader hovered, focused, clicked or pressed Enter on while
 * the UI was still loading, so the first card opens as if the UI had been there all along.
 */
export interface Wake {
  /** The mark (a `<dossier-mark data-index>`). */
  mark: Element;
  /** Pinned open (a click, Enter or Space), rather than open while hovered or focused. */
  pin: boolean;
  /** Focus goes into the card (Enter or Space), as the card layer does for a key press. */
  focusCard: boolean;
}

/** The shared state of one pass over the page. */
export interface PageState {
  /** The page's analysis (null until it arrives, or when the page has no article text). */
  analysis: PageAnalysis | null;
  /** Counts the reader's requests to save the selection (shortcut, context menu): each new value opens the note editor. */
  saveRequest: number;
  /** The mark that woke the page UI, if a mark did. */
  wake: Wake | null;
}

/** The state before the pass has an analysis. */
export const INITIAL_PAGE_STATE: PageState = { analysis: null, saveRequest: 0, wake: null };

/**
 * The analysis once an unknown name was added to the fact base: every unknown mention of it (a
 * short form standing for it too) becomes the new actor. Also returns those mentions' indexes.
 */
export function withAddedActor(analysis: PageAnalysis, name: string, actorId: string, type: ActorType): { analysis: PageAnalysis; indexes: number[] } {
  const same = (a: PageAnalysis['actors'][number]): boolean => a.actorId === null && (a.text === name || a.refersTo === name);
  const indexes = analysis.actors.flatMap((a, i) => (same(a) ? [i] : []));
  return { analysis: { ...analysis, actors: analysis.actors.map((a) => (same(a) ? { ...a, actorId, canonical: name, type } : a)) }, indexes };
}

/** How many of the page's claims another source's figure conflicts with (not updates or scope differences). */
export function conflictedClaims(analysis: PageAnalysis): number {
  return new Set(analysis.conflicts.filter((c) => c.kind === 'conflict').map((c) => c.claim)).size;
}
