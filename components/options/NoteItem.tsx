import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Note } from '../../lib/factbase/schema';
import { textFragmentUrl } from '../../lib/platform/text-fragment';

/** Props of `NoteItem`. */
export interface NoteItemProps {
  /** The saved note shown. */
  note: Note;
  /** Saves the edited note (text and tags); rejects with a message when it cannot. */
  onSave: (note: Note) => Promise<void>;
  /** Deletes the note (the library offers Undo). */
  onDelete: (note: Note) => void;
}

/** Tags as typed: comma-separated, trimmed, without empties or repeats (case ignored). */
function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const t = raw.trim().slice(0, 100);
    if (t && !seen.has(t.toLocaleLowerCase())) {
      seen.add(t.toLocaleLowerCase());
      out.push(t);
    }
  }
  return out;
}

// Storing a new note stamps it again a moment after it was made: only a later change is an edit.
const EDIT_AFTER_MS = 5_000;
const wasEdited = (n: Note): boolean => Date.parse(n.updatedAt) - Date.parse(n.createdAt) > EDIT_AFTER_MS;

/** One saved note: the quote, the note, tags and the page; edited inline. */
export function NoteItem({ note, onSave, onDelete }: NoteItemProps): JSX.Element {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `note-${note.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSave({ ...note, text, tags: parseTags(tags) });
      setEditing(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const date = note.publishedAt ?? null;
  return (
    <li class="note" data-note-id={note.id}>
      <blockquote class="quote">{note.quote}</blockquote>
      {editing ? (
        <form onSubmit={(e) => void save(e)} class="note-edit">
          <label for={`${base}-text`}>Note</label>
          <textarea id={`${base}-text`} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <label for={`${base}-tags`}>Tags (comma-separated)</label>
          <input id={`${base}-tags`} type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          <div class="row">
            <button type="submit" disabled={busy}>
              Save
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setText(note.text);
                setTags(note.tags.join(', '));
              }}
            >
              Cancel
            </button>
          </div>
          {error ? <p role="alert">Could not save: {error}</p> : null}
        </form>
      ) : (
        <>
          {note.text ? <p class="note-text">{note.text}</p> : <p class="muted small">No note.</p>}
          {note.tags.length > 0 ? (
            <ul class="tags" aria-label="Tags">
              {note.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <p class="small muted">
        <cite>{note.title || note.url}</cite>
        {note.outlet ? ` · ${note.outlet}` : ''}
        {date ? ` · ${date}` : ''} · saved {note.createdAt.slice(0, 10)}
        {wasEdited(note) ? `, edited ${note.updatedAt.slice(0, 10)}` : ''}
      </p>
      {!editing ? (
        <div class="row">
          <a href={textFragmentUrl(note.url, note.quote)} target="_blank" rel="noopener noreferrer">
            Open<span class="visually-hidden"> {note.title || 'the page'} at the highlight</span>
          </a>
          <button type="button" onClick={() => setEditing(true)}>
            Edit<span class="visually-hidden"> note</span>
          </button>
          <button type="button" onClick={() => onDelete(note)}>
            Delete<span class="visually-hidden"> note</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
