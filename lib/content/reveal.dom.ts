/**
 * Showing the reader one mark the popup or side panel points at: scroll it to the middle of the
 * view, flash an outline, and give it focus (which opens its card).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_TAG } from '../marks/wrap.dom';

/** Which mark: the n-th actor or figure of the analysis, or a saved note's highlight. */
export interface MarkRef {
  kind: 'actor' | 'figure' | 'saved';
  index: number;
  noteId?: string;
}

const FLASH_MS = 1500;

/** The CSS selector of the mark a reference points at. */
export function markSelector({ kind, index, noteId }: MarkRef): string {
  if (kind === 'saved' && noteId) return `${MARK_TAG}[data-kind="saved"][data-note-ids~="${CSS.escape(noteId)}"]`;
  if (kind === 'figure') return `${MARK_TAG}[data-kind="figure"][data-index="${index}"]`;
  // An actor index may be a name not in the fact base: those are marked "unknown".
  return `${MARK_TAG}[data-kind="actor"][data-index="${index}"], ${MARK_TAG}[data-kind="unknown"][data-index="${index}"]`;
}

/** Scrolls to the mark, flashes it and focuses it; false when the page has no such mark. */
export function revealMark(ctx: ContentScriptContext, doc: Document, ref: MarkRef): boolean {
  const mark = doc.querySelector<HTMLElement>(markSelector(ref));
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // A short flash, then the mark's own look again.
  const previous = mark.style.getPropertyValue('outline');
  mark.style.setProperty('outline', '3px solid #c53030', 'important');
  ctx.setTimeout(() => mark.style.setProperty('outline', previous), FLASH_MS);
  mark.focus({ preventScroll: true });
  return true;
}
