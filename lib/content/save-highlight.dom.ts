/**
 * Saving a highlighted claim (in the page UI's script): the selection is captured as offsets in
 * the article text, snapped to whole words, before focus moves to the note editor; saving makes
 * the note (quote selectors, the actors and claims it covers), stores it through the background
 * and draws it as a saved highlight at once.
 */
import { rangeToOffsets } from '../anchor/anchor.dom';
import { snapToWords } from '../anchor/snap-words';
import { markProcessed } from '../marks/annotate.dom';
import { articleMap, drawSavedNotes } from '../marks/saved.dom';
import { randomId } from '../notes/ids';
import { makeNote } from '../notes/make-note';
import { sendMessage } from '../platform/messages';
import { articleSelection, type ArticleSelection } from './selection.dom';
import type { Session } from './session.dom';

/** The selection saver's actions for one session. */
export interface HighlightSaving {
  /** The current selection if it lies in the article (and can be saved), else null. */
  readSelection: () => ArticleSelection | null;
  /** Remembers the selection to save (called before focus moves to the editor); false when there is none. */
  captureSelection: () => boolean;
  /** Saves the captured selection with a note and tags, and draws it. */
  save: (noteText: string, tags: string[]) => Promise<void>;
  /** Tags in use, for suggestions. */
  loadTags: () => Promise<{ tag: string; count: number }[]>;
}

/** The selection saver's actions over the session's article. */
export function highlightSaving(session: Session): HighlightSaving {
  let captured: { start: number; end: number; text: string } | null = null;
  return {
    readSelection: () => articleSelection(session.doc, session.root),
    captureSelection: () => {
      const sel = session.doc.getSelection();
      const root = session.root;
      if (!root || !sel || sel.rangeCount === 0) return false;
      const map = articleMap(root);
      const at = rangeToOffsets(map, sel.getRangeAt(0));
      // Whole words only: a drag that cuts a word saves the whole word.
      captured = at ? { ...snapToWords(map.text, at.start, at.end), text: map.text } : null;
      return captured !== null;
    },
    save: async (noteText, tags) => {
      const root = session.root;
      if (!captured || !root) throw new Error('the selection is gone; select the text again');
      const a = session.state.get().analysis;
      const { actors, figures } = session.firstPart;
      const note = makeNote({
        page: {
          url: session.url,
          title: a?.source.title ?? session.doc.title,
          outlet: a?.source.outlet ?? null,
          publishedAt: a?.source.publishedAt ?? null,
        },
        text: captured.text,
        start: captured.start,
        end: captured.end,
        // The first part's offsets refer to the same article text as the map (the later parts' do not).
        actors: a?.actors.slice(0, actors) ?? [],
        claims: a ? a.claims.filter((c) => c.figure < figures).map((c) => ({ id: c.id, start: a.figures[c.figure]!.start, end: a.figures[c.figure]!.end })) : [],
        noteText,
        tags,
        now: new Date(),
        newId: randomId,
      });
      await sendMessage('saveNote', { note });
      captured = null;
      await drawSavedNotes(root, [note]);
      markProcessed(root, session.processed);
    },
    loadTags: () => sendMessage('allTags', {}),
  };
}
