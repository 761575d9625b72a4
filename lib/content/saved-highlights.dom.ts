/**
 * The page's saved highlights (in the page UI's script, loaded only on pages that have notes):
 * each note is anchored in the article text, exactly or fuzzily when the page changed a little,
 * and drawn; the report says which were found, which were not (kept, never dropped) and which
 * figures changed since they were saved.
 */
import type { Note } from '../factbase/schema';
import { drawSavedNotes } from '../marks/saved.dom';
import type { SavedHighlightsReport } from './page-ui';
import type { Session } from './session.dom';

/** Draws the notes in the session's article and reports where each was found. */
export async function drawSavedHighlights(session: Session, notes: readonly Note[]): Promise<SavedHighlightsReport> {
  if (!session.root) return { found: [], missing: notes.map((n) => n.id), edited: [] };
  const saved = await drawSavedNotes(session.root, notes);
  return {
    found: saved.found.map((f) => f.note.id),
    missing: saved.missing.map((n) => n.id),
    edited: saved.found.filter((f) => f.edit).map((f) => ({ id: f.note.id, before: f.edit!.before.slice(0, 20), after: f.edit!.after.slice(0, 20) })),
  };
}
