import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where the selection ends on screen, and its text. */
export interface SelectionInfo {
  top: number;
  left: number;
  text: string;
}

/** Props of `SelectionSaver`. */
export interface SelectionSaverProps {
  /** The document whose article selections can be saved. */
  doc: Document;
  /** The current selection if it lies in the article (and can be saved), else null. */
  readSelection: () => SelectionInfo | null;
  /** Remembers the selection to save (called before focus moves to the editor). */
  captureSelection: () => boolean;
  /** Saves the captured selection with a note and tags. */
  save: (noteText: string, tags: string[]) => Promise<void>;
  /** Tags in use, for suggestions. */
  loadTags: () => Promise<{ tag: string; count: number }[]>;
  /** Set to a number to open the editor for the current selection (keyboard shortcut, context menu). */
  openRequest: number;
}

/** The floating "save" button for a selection and the quick note editor, in the shadow root. */
export function SelectionSaver({ doc, readSelection, captureSelection, save, loadTags, openRequest }: SelectionSaverProps): JSX.Element | null {
  const [sel, setSel] = useState<SelectionInfo | null>(null);
  const [editing, setEditing] = useState<SelectionInfo | null>(null);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let timer: number | undefined;
    const update = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setSel(readSelection()), 120);
    };
    doc.addEventListener('selectionchange', update);
    doc.addEventListener('mouseup', update);
    // A selection made before the saver was loaded (the selection is what loads it) counts too.
    update();
    return () => {
      window.clearTimeout(timer);
      doc.removeEventListener('selectionchange', update);
      doc.removeEventListener('mouseup', update);
    };
  }, [doc, readSelection]);

  const open = (): void => {
    const info = readSelection();
    if (!info || !captureSelection()) {
      setStatus('Select some of the article’s text first.');
      return;
    }
    setEditing(info);
    setStatus(null);
    void loadTags().then((t) => setSuggestions(t.map((x) => x.tag)), () => undefined);
    window.setTimeout(() => noteRef.current?.focus(), 0);
  };

  useEffect(() => {
    if (openRequest > 0) open();
    // Only a new request opens the editor.
  }, [openRequest]);

  if (editing) {
    return (
      <div
        class="card editor"
        role="dialog"
        aria-label="Save highlight to Dossier"
        style={{ top: `${Math.min(editing.top + 8, window.innerHeight - 260)}px`, left: `${Math.max(8, Math.min(editing.left, window.innerWidth - 348))}px`, width: '340px' }}
        onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
      >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const tagList = tags.split(',').map((t) => t.trim()).filter(Boolean);
          save(note, tagList).then(
            () => {
              setEditing(null);
              setNote('');
              setTags('');
              setSel(null);
              setStatus('Saved to Dossier.');
              window.setTimeout(() => setStatus(null), 2500);
            },
            (err: unknown) => setStatus(`Could not save: ${err instanceof Error ? err.message : String(err)}`),
          );
        }}
      >
        <div class="kind">Save highlight</div>
        <blockquote class="small">{editing.text.length > 200 ? `${editing.text.slice(0, 200)}…` : editing.text}</blockquote>
        <label class="field">
          Note
          <textarea ref={noteRef} data-testid="note-text" rows={3} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        </label>
        <label class="field">
          Tags (comma-separated)
          <input data-testid="note-tags" list="dossier-tags" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          <datalist id="dossier-tags">
            {suggestions.map((t) => <option key={t} value={t} />)}
          </datalist>
        </label>
        {status ? <p role="alert" class="small">{status}</p> : null}
        <div class="row">
          <button type="submit" data-testid="note-save">Save</button>
          <button type="button" class="secondary" onClick={() => setEditing(null)}>Cancel</button>
        </div>
      </form>
      </div>
    );
  }
  return (
    <>
      {sel ? (
        <button
          type="button"
          class="save-button"
          data-testid="save-highlight"
          style={{ top: `${Math.min(sel.top + 6, window.innerHeight - 40)}px`, left: `${Math.max(8, Math.min(sel.left, window.innerWidth - 160))}px` }}
          // Capture before the click moves focus (and the page's selection with it).
          onMouseDown={(e) => e.preventDefault()}
          onClick={open}
        >
          Save to Dossier
        </button>
      ) : null}
      {status ? <div class="toast" role="status">{status}</div> : null}
    </>
  );
}
