import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Note } from '../../lib/factbase/schema';
import type { ExportFile, Request } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorPicker } from './ActorPicker';
import { NoteItem } from './NoteItem';
import { NotesTransfer } from './NotesTransfer';
import { UndoToast } from './UndoToast';

/** Props of `NotesLibrary`. */
export interface NotesLibraryProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file. */
  download: (file: ExportFile) => void;
  /** Bumped when data changed elsewhere on the page (an import), so the list reloads. */
  revision: number;
  /** Tells the page that notes changed (counts reload). */
  onChanged: () => void;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };
type Filter = Request<'listNotes'>;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The saved notes: search, filters, sort, inline editing, delete with Undo, exports and backup import. */
export function NotesLibrary({ send, download, revision, onChanged }: NotesLibraryProps): JSX.Element {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);
  const [tag, setTag] = useState('');
  const [host, setHost] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<NonNullable<Filter['sort']>>('created');
  const [order, setOrder] = useState<NonNullable<Filter['order']>>('desc');
  const [notes, setNotes] = useState<Load<Note[]>>({ state: 'loading' });
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [reload, setReload] = useState(0);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(text.trim()), 200);
    return () => clearTimeout(t);
  }, [text]);

  useEffect(() => {
    let live = true;
    const filter: Filter = { sort, order };
    if (debounced) filter.text = debounced;
    if (actor) filter.actorId = actor.id;
    if (tag) filter.tag = tag;
    if (host.trim()) filter.host = host.trim();
    if (from) filter.from = from;
    if (to) filter.to = to;
    setNotes((n) => (n.state === 'ready' ? n : { state: 'loading' }));
    send('listNotes', filter).then(
      (value) => live && setNotes({ state: 'ready', value }),
      (e: unknown) => live && setNotes({ state: 'error', message: message(e) }),
    );
    return () => {
      live = false;
    };
  }, [send, debounced, actor, tag, host, from, to, sort, order, reload, revision]);

  useEffect(() => {
    send('allTags', {}).then(setTags, () => setTags([]));
  }, [send, reload, revision]);

  const refresh = useCallback(() => {
    setReload((r) => r + 1);
    onChanged();
  }, [onChanged]);

  const save = async (note: Note): Promise<void> => {
    await send('saveNote', { note });
    refresh();
  };

  const remove = async (note: Note): Promise<void> => {
    try {
      const gone = await send('deleteNote', { id: note.id });
      setDeleted(gone);
      setNotice('Note deleted.');
      refresh();
    } catch (e) {
      setNotice(`Could not delete the note: ${message(e)}`);
    }
  };

  const undo = async (): Promise<void> => {
    const note = deleted;
    setDeleted(null);
    if (!note) return;
    try {
      await send('restoreNote', { note });
      setNotice('Note restored.');
      refresh();
    } catch (e) {
      setNotice(`Could not restore the note: ${message(e)}`);
    }
  };

  const dismiss = useCallback(() => {
    setNotice(null);
    setDeleted(null);
  }, []);

  const filtered = Boolean(debounced || actor || tag || host.trim() || from || to);
  const ids = notes.state === 'ready' ? notes.value.map((n) => n.id) : null;

  return (
    <section aria-labelledby="notes-h" id="notes" class="panel">
      <h2 id="notes-h">Saved notes</h2>
      <form class="filters" role="search" aria-label="Find notes" onSubmit={(e) => e.preventDefault()}>
        <div class="field wide">
          <label for="notes-search">Search quotes and notes</label>
          <input id="notes-search" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="notes-search" />
        </div>
        <div class="field">
          <ActorPicker send={send} id="notes-actor" label="Actor" picked={actor} onPick={(a) => setActor(a ? { id: a.id, name: a.name } : null)} />
        </div>
        <div class="field">
          <label for="notes-tag">Tag</label>
          <select id="notes-tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t.tag} value={t.tag}>
                {t.tag} · {t.count} note{t.count === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="notes-host">Site</label>
          <input id="notes-host" type="text" value={host} placeholder="e.g. rferl.org" onInput={(e) => setHost(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="notes-from">Saved from</label>
          <input id="notes-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="notes-to">Saved until</label>
          <input id="notes-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="notes-sort">Sort by</label>
          <select id="notes-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as typeof sort)}>
            <option value="created">Date saved</option>
            <option value="updated">Date edited</option>
            <option value="title">Page title</option>
          </select>
        </div>
        <div class="field">
          <label for="notes-order">Order</label>
          <select id="notes-order" value={order} onChange={(e) => setOrder(e.currentTarget.value as typeof order)}>
            <option value="desc">Descending</option>
            <option value="asc">Ascending</option>
          </select>
        </div>
      </form>

      <NotesTransfer send={send} download={download} ids={ids} onImported={refresh} />

      {notice ? <UndoToast message={notice} onUndo={deleted ? () => void undo() : undefined} onDismiss={dismiss} /> : null}

      {notes.state === 'loading' ? <p role="status">Loading notes…</p> : null}
      {notes.state === 'error' ? <p role="alert">Could not load the notes: {notes.message}</p> : null}
      {notes.state === 'ready' && notes.value.length === 0 ? (
        <p class="empty" data-testid="notes-empty">
          {filtered ? 'No note matches these filters.' : 'No saved notes yet. Select text in an article and choose “Save” to keep a claim with a note.'}
        </p>
      ) : null}
      {notes.state === 'ready' && notes.value.length > 0 ? (
        <>
          <p class="muted small" data-testid="notes-count" data-count={notes.value.length}>
            {notes.value.length} note{notes.value.length === 1 ? '' : 's'}
            {filtered ? ' match' : ''}
          </p>
          <ul class="notes" aria-label="Notes">
            {notes.value.map((n) => (
              <NoteItem key={`${n.id}:${n.updatedAt}`} note={n} onSave={save} onDelete={(x) => void remove(x)} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
