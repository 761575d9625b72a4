/**
 * Drawing saved highlights on a page: each note's quote is anchored in the article text (exact,
 * or fuzzy when the page changed a little) and wrapped in `<dossier-mark data-kind="saved">`;
 * notes that no longer match are reported, never dropped.
 */
import type { SavedSpan } from '../anchor/anchor.dom';
import { savedMarkSpecs } from './saved-specs';
import { anchorQuote, figureEdit, type FigureEdit } from '../anchor/quote-selector';
import { isExcludedInPage } from './exclude.dom';
import type { Note } from '../factbase/schema';
import { collectText, type TextMap } from './text-map.dom';
import { MARK_TAG, wrapMarks, yieldToPage } from './wrap.dom';

/** Where each note stands on the page now. */
export interface SavedOnPage {
  found: { note: Note; start: number; end: number; exact: boolean; edit: FigureEdit | null }[];
  missing: Note[];
}

/** The article's text map including the text inside Dossier's own marks (so offsets match the first pass). */
export function articleMap(root: Element): TextMap {
  return collectText(root, (el) => el.localName !== MARK_TAG && isExcludedInPage(el));
}

/** Anchors and draws the notes in `root`; returns what was found and what was not. */
export async function drawSavedNotes(root: Element, notes: readonly Note[]): Promise<SavedOnPage> {
  const result: SavedOnPage = { found: [], missing: [] };
  if (notes.length === 0) return result;
  const map = articleMap(root);
  const spans: SavedSpan[] = [];
  for (const note of notes) {
    const at = anchorQuote(map.text, note.selectors);
    if (!at) {
      result.missing.push(note);
    } else {
      const now = map.text.slice(at.start, at.end);
      result.found.push({ note, start: at.start, end: at.end, exact: at.exact, edit: at.exact ? null : figureEdit(note.quote, now) });
      spans.push({ noteId: note.id, start: at.start, end: at.end });
    }
    // A note that is not found costs a full fuzzy search: give the page its turn between notes.
    await yieldToPage();
  }
  await wrapMarks(map, savedMarkSpecs(spans));
  return result;
}
